"""Who claims a movement: the party whose report tells it, by a verb of saying or informing
or by "according to" ("X informed that Belarusian troops shelled Kovel", "According to the
minister, …", "…, the minister said"), the innermost report first; nobody when the document
tells it in its own voice, when the reporter is of the mover's own side, or when the clause
thanks for, welcomes or discusses the movement rather than reporting it. Sentences invented
for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def claimants(text: str, source: str | None) -> list[tuple[str, str | None]]:
    return [
        (m.actor.name, m.claimed_by.name if m.claimed_by else None) for m in movements(text, source)
    ]


@pytest.mark.parametrize(
    ("text", "source", "owner", "claimant"),
    [
        (
            "According to Minister Ivan Petrenko, over the past night Belarusian troops "
            "shelled Kovel.",
            KYIV,
            "Belarus",
            "Ivan Petrenko",
        ),
        (
            "Volodymyr Zelenskyy informed that Belarusian troops had shelled Kovel.",
            KYIV,
            "Belarus",
            "Volodymyr Zelenskyy",
        ),
        (
            "Belarusian troops have moved two battalions to Brest, Minister Ivan Petrenko said.",
            KYIV,
            "Belarus",
            "Ivan Petrenko",
        ),
        (
            "Sergei Shoigu reported that Lithuania had moved 3,000 troops to its border.",
            KREMLIN,
            "Lithuania",
            "Sergei Shoigu",
        ),
        (
            "Prime Minister Dana Holt expressed deep concern over the concentration of "
            "Belarusian troops near the border.",
            WHITE_HOUSE,
            "Belarus",
            "Dana Holt",
        ),
    ],
)
def test_a_movement_reported_by_another_party_is_claimed_by_it(
    text: str, source: str | None, owner: str, claimant: str
) -> None:
    assert claimants(text, source) == [(owner, claimant)]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # The document's own voice.
        ("Belarusian troops shelled Kovel overnight.", KYIV, "Belarus"),
        # A party's report of its own side's forces.
        (
            "Minister Ivan Petrenko said that Ukrainian units have moved to the border.",
            KYIV,
            "Ukraine",
        ),
        # Thanks and welcome take the movement as given.
        (
            "On Friday the President thanked Lithuania for the mortars that arrived in "
            "Kharkiv in March.",
            KYIV,
            "Lithuania",
        ),
        (
            "President Reed welcomed Latvia's decision to transfer Stinger launchers to Moldova.",
            WHITE_HOUSE,
            "Latvia",
        ),
    ],
)
def test_a_movement_told_in_the_documents_voice_thanked_for_or_own_is_claimed_by_nobody(
    text: str, source: str | None, owner: str
) -> None:
    assert claimants(text, source) == [(owner, None)]
