"""What unnamed others say ("Some have written that …") is no view of the speaker's.

"Some have written that the government is getting ready to leave Kyiv", "Others have claimed
that …": an indefinite pronoun as the subject of a verb of saying reports others' claim,
which the speaker usually answers; it is nobody's position the rules can name, in a
transcript's turn as in a statement's or an address's own voice. Tested in an address, a
briefing, a written statement and with "media" named; the look-alikes (a group named by
its words, a "they" the address speaks of, the speaker's own "we say") keep their holder.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract

_ADDRESS = "Address by the President of Ukraine Volodymyr Zelenskyy"
_REED = "Press Briefing by Press Secretary Anna Reed"


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) an address, "Some have written that"
        (
            "Dear Ukrainians! Some have written that the government is preparing to leave Kyiv.",
            _ADDRESS,
            KYIV,
        ),
        # (b) a briefing's turn, "Others have claimed that"
        (
            "MS. REED: Good afternoon.\n\nQ Thanks.\n\nMS. REED: Others have claimed that "
            "Russia is preparing to attack Moldova.\n",
            _REED,
            WHITE_HOUSE,
        ),
        # (c) a written statement in one name, "Some say that"
        (
            "Some say that Russia is preparing to attack Moldova. We will keep watching.",
            "Statement by President Dana Holt on Moldova",
            WHITE_HOUSE,
        ),
        # (d) another shape: "Some media have written that", in an address
        (
            "Dear Ukrainians! Some media have written that Russia is preparing to attack Kyiv.",
            _ADDRESS,
            KYIV,
        ),
    ],
)
def test_unnamed_others_saying_is_nobodys_position(text: str, title: str, source: str) -> None:
    assert "accuse" not in {stance for _, stance in _held(text, title, source)}


def test_a_group_named_by_its_words_is_left_to_the_rules_after() -> None:
    text = "Dear Ukrainians! Some Western capitals have claimed that Russia is preparing to attack."
    assert ("Volodymyr Zelenskyy", "accuse") in _held(text, _ADDRESS, KYIV)


def test_an_addresss_they_with_no_antecedent_stays_the_voices() -> None:
    text = (
        "Dear Ukrainians! They say whatever they need to say, because they cannot explain to "
        "their own people why their sons are dying in a war of aggression."
    )
    assert _held(text, _ADDRESS, KYIV) != []


def test_the_speakers_own_saying_stays_theirs() -> None:
    text = "Dear Ukrainians! We say that Russia is preparing to attack Kyiv."
    assert ("Volodymyr Zelenskyy", "accuse") in _held(text, _ADDRESS, KYIV)
