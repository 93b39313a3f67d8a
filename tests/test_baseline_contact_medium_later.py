"""A contact first told with its medium unstated ("X spoke today with Y") and then named by
its medium ("In his call with Y, X …") is one occasion, of the medium the text names: the
guide's one contact per occasion, its mode as the text states it. In four surroundings,
with look-alikes. Sentences invented for these tests.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a readout: "spoke with", then "In his call with"
        (
            "National Security Advisor Tom Hale spoke today with Anna Kovacs, Head of the "
            "Office of the Prime Minister of Hungary. In his call with Ms. Kovacs, Mr. Hale "
            "reaffirmed the commitment of the United States to NATO.",
            WHITE_HOUSE,
            (["Tom Hale", "Anna Kovacs"], "phone_call"),
        ),
        # (b) another publisher, "talked with", then a telephone conversation with
        (
            "Vladimir Putin talked with President of Finland Matti Virtanen. In the telephone "
            "conversation with Matti Virtanen, Vladimir Putin stressed the need for dialogue.",
            KREMLIN,
            (["Vladimir Putin", "Matti Virtanen"], "phone_call"),
        ),
        # (c) another publisher, a video call named after
        (
            "Volodymyr Zelenskyy spoke with Chancellor Otto Weber of Germany. During his video "
            "call with Chancellor Otto Weber, the President thanked Germany for its support.",
            KYIV,
            (["Volodymyr Zelenskyy", "Otto Weber"], "video_call"),
        ),
        # (d) a news text, a day on the first mention only
        (
            "Prime Minister Elina Markova of Bulgaria spoke with President Marek Novak of "
            "Slovakia on Monday. In her call with President Novak, Ms Markova raised the "
            "question of gas supplies.",
            None,
            (["Elina Markova", "Marek Novak"], "phone_call"),
        ),
    ],
)
def test_a_contact_named_by_its_medium_later_is_one(
    text: str, source: str | None, expected: tuple[list[str], str]
) -> None:
    assert [(sides, mode) for sides, mode, _ in contacts(text, "Readout", source)] == [expected]


def test_a_call_ahead_after_one_held_is_another() -> None:
    # Look-alike: the call still ahead is a next occasion of its own (the guide).
    text = (
        "Prime Minister Elina Markova of Bulgaria spoke with President Marek Novak of Slovakia "
        "on Monday. She will have another call with President Novak next week."
    )
    assert [status for _, _, status in contacts(text)] == ["held", "planned"]
