"""A possessive determiner before a group is part of the subject's noun phrase, as before
a titled name: "our Western partners keep repeating that Russia is about to attack" is the
partners' view, which the speaker reports (the guide: views a speaker attributes to others
are those others' positions), not the speaker's own charge. "Our" itself is no subject,
and a body of the speaker's own state after it ("our Government") stays the speaker's voice.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, held_via

_MEETING = "Meeting with permanent members of the Security Council"


def _kremlin(answer: str) -> str:
    return f"Vladimir Orlov: Good afternoon, colleagues.\n\n{answer}\n"


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a Kremlin meeting, a verb of saying after "keep"
        (
            _kremlin("Our Western partners keep repeating that Russia is about to attack."),
            _MEETING,
            KREMLIN,
            ("Western partners", None),
        ),
        # (b) another publisher and side: a President's remarks, a verb of believing
        (
            "THE PRESIDENT: Good afternoon.\n\nOur European partners are convinced that the "
            "sanctions will work.\n",
            "Remarks by President Dana Holt on Russia and Ukraine",
            WHITE_HOUSE,
            ("European partners", None),
        ),
        # (c) another way of naming the group: colleagues, after a fronted adverbial
        (
            _kremlin(
                "At the same time, our Western colleagues insist that Russia has massed troops "
                "near the border."
            ),
            _MEETING,
            KREMLIN,
            ("Western colleagues", None),
        ),
        # (d) another shape: an address with no speaker labels, "my" and a plain verb
        (
            "My Western partners say that Russia will attack in February.",
            "Address by the President of Ukraine Volodymyr Zelenskyy",
            "President of Ukraine",
            ("Western partners", None),
        ),
    ],
)
def test_a_group_after_a_possessive_holds_what_it_says(
    text: str, title: str, source: str, held: tuple[str, str | None]
) -> None:
    assert held_via(text, title, source) == [held]


def test_the_speakers_own_government_stays_theirs() -> None:
    # Look-alike: "our Government" is the speaker's own voice, not a third party.
    text = _kremlin("Our Government insists that NATO must stop its expansion.")
    assert held_via(text, _MEETING, KREMLIN) == [("Vladimir Orlov", None)]


def test_a_group_told_by_the_speaker_is_no_subject() -> None:
    # Look-alike: "our Western partners" as the object of the speaker's telling.
    text = _kremlin("We have told our Western partners that Russia is not going to attack anyone.")
    assert [h for h, _ in held_via(text, _MEETING, KREMLIN)] == ["Vladimir Orlov"]
