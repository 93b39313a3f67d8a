"""A denial told of another side in someone's own words: with what is denied named as
the speaker names it ("Russia denies its crimes"), the speaker charges that side; with it
named neutrally (a word pointing back, the reports of it, "any involvement", a clause),
the denial is the other side's own view, reported. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _items(text: str, title: str, source: str) -> list[tuple[str, str, str | None]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance, p.target.name if p.target else None) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "speaker", "charged"),
    [
        # an address, a second clause after it
        (
            "Russia denies its crimes, but the whole world sees what its army does in our cities.",
            "Address by the President",
            KYIV,
            "President of Ukraine",
            "Russia",
        ),
        # another tense, another side
        (
            "The Kyiv regime denied its shelling of Donetsk, yet every family there knows "
            "the truth.",
            "Address by the President",
            KREMLIN,
            "President of Russia",
            "Ukraine",
        ),
        # a remark in a transcript turn
        (
            "PRESIDENT HOLT: The Kremlin denies its atrocities in the occupied towns.",
            "Remarks by President Dana Holt",
            WHITE_HOUSE,
            "Dana Holt",
            "Russian government",
        ),
    ],
)
def test_a_denial_of_what_the_speaker_names_as_a_wrong_is_the_speakers_charge(
    text: str, title: str, source: str, speaker: str, charged: str
) -> None:
    assert _items(text, title, source) == [(speaker, "accuse", charged)]


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        ("Moscow denied this on Monday.", "Russian government"),
        ("Moscow denied the reports about a second wave of mobilisation.", "Russian government"),
        ("Moscow denied any involvement in the blast at the depot.", "Russian government"),
        ("The Kremlin denies that its battalions are in the Donbas.", "Russian government"),
        ("The Kremlin denied sending more tanks to Belarus.", "Russian government"),
    ],
)
def test_a_denial_of_what_is_named_neutrally_is_the_deniers_own(text: str, denier: str) -> None:
    held = _items(text, "Address by the President", KYIV)
    assert [(h, s) for h, s, _ in held] == [(denier, "deny")]
