"""A claim branded a falsehood is disputed (the guide: disputing a claim is `deny`;
CAMEO 016), whichever verb brands it and whether the falsehood comes before the claim
("dismissed as propaganda Moscow's claims that …") or is said of it ("the allegation that
… is yet another lie"); rejecting reports is rejecting claims. A claimant named as the
claim's possessor ("Moscow's claims that …") also holds the claim itself, its own position
(`stances_named`). Each in the four surroundings of the shape matrix, with look-alikes.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(text: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(text))]


def _held(text: str) -> list[tuple[str, str]]:
    return [(holder, stance) for holder, stance, _ in positions(extract(text))]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # (a) plain
        (
            "Latvia dismissed as propaganda Moscow's claims that Latvian troops had crossed the "
            "border.",
            [("Latvia", "deny"), ("Russia", "accuse")],
        ),
        (
            "Lithuania said the story that its troops had entered Belarus was a lie.",
            [("Lithuania", "deny")],
        ),
        # (b) a fronted adverbial
        (
            "On Monday, the Estonian Foreign Ministry branded as disinformation Russian claims "
            "that Estonia was hosting secret laboratories.",
            # the claim's owner accuses the party it names (claim_nouns)
            [("Estonian government", "deny"), ("Russia", "accuse")],
        ),
        # (c) a spokesperson, and a pronoun after a first mention
        (
            "Moldovan government spokesperson Ana Rusu rejected reports that Moldova had closed "
            "its border with Ukraine.",
            [("Moldovan government", "deny")],
        ),
        (
            "Ukrainian Foreign Minister Ivan Petrenko spoke to reporters in Kyiv. He called as "
            "fabrication the Russian reports that Ukraine had shelled the dam.",
            [("Ivan Petrenko", "deny")],
        ),
        # (d) postposed
        (
            "Moscow's allegation that Kyiv shelled the dam is yet another lie, Ukrainian Foreign "
            "Minister Ivan Petrenko said.",
            [("Ivan Petrenko", "deny"), ("Russia", "accuse")],
        ),
    ],
)
def test_a_claim_branded_a_falsehood_is_denied(text: str, held: list[tuple[str, str]]) -> None:
    assert _held(text) == held


def test_the_denial_as_the_second_clause_is_its_own_item() -> None:
    text = (
        "Latvia condemned the shelling of the city and rejected reports that its troops had "
        "fired first."
    )
    assert _stances(text) == ["accuse", "deny"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # Branded unlawful, an act is condemned; a proposal rejected is opposed.
        ("Latvia described as illegal the annexation of the peninsula.", "accuse"),
        ("Latvia rejected the proposal to hold the talks in Minsk.", "oppose"),
        # "Lies" as a verb of place.
        ("Poland said the village lies near the border with Belarus.", "other"),
    ],
)
def test_look_alikes_deny_nothing(text: str, stance: str) -> None:
    assert _stances(text) == [stance]
