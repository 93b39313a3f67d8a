"""A state's adjective or genitive before the forces owns them only in their own phrase, or
when the phrase it closes is about forces or their movement: in "Despite Russian protests,
200 more soldiers arrived in Estonia" the protests are Russia's and the soldiers are not,
so with no other owner named there is no item (an owner unsure is no owner). Four
surroundings (publisher, party, way of naming it: adjective, genitive, a capital's name;
sentence shape: a fronted concession, a participle clause, a passive), with the
look-alikes where the closed phrase's head is forces ("As for the British forces, …") or a
movement ("After the Russian exercises, …") and still names whose they are. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A news report, a state adjective, a fronted concession.
        ("Despite Russian protests, 200 more soldiers arrived in Estonia.", None),
        # A White House text, a capital's genitive, "in spite of".
        (
            "In spite of Moscow's objections, 200 more soldiers arrived in Estonia on Monday.",
            WHITE_HOUSE,
        ),
        # A Kyiv text, a genitive of another party, a participle clause, a landing.
        ("Ignoring the Kremlin's warnings, four F-16 fighters landed in Lithuania.", KYIV),
        # A news report, Belarus, "amid", a passive.
        (
            "Amid Belarusian complaints, 150 more soldiers were deployed to the border.",
            None,
        ),
    ],
)
def test_an_owner_word_closed_in_another_phrase_owns_no_forces(
    text: str, source: str | None
) -> None:
    assert movement_owners(text, None, source) == []


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # The closed phrase's head is a movement: the forces are that movement's.
        (
            "After the Russian exercises, the troops returned to their garrisons in Pskov.",
            None,
            [("Russia", "withdraw")],
        ),
        # The closed phrase's head is forces: "as for X forces" names whose they are.
        (
            "As for the British forces, 300 more troops will be sent to Estonia next week.",
            None,
            [("United Kingdom", "deploy")],
        ),
    ],
)
def test_a_closed_phrase_about_forces_or_a_movement_still_names_the_owner(
    text: str, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert movement_owners(text, None, source) == expected


def test_an_owner_word_in_the_forces_own_phrase_still_owns_them() -> None:
    assert movement_owners(
        "Russian paratroopers, 2,000 of them, arrived in Belarus on Monday.", None, KREMLIN
    ) == [("Russia", "deploy")]
