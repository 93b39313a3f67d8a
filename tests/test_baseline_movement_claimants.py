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


# A document in someone's own name: the person who signs an address or statement, or the
# group that issues a joint statement, asserts what it tells.
_HOLT = "Statement by President Dana Holt on the Crisis in Europe"
_NOWAK = "Address by President of Ukraine Marek Nowak to the nation"
_JOINT = "Joint Statement of the Heads of State of Estonia, Latvia and Ukraine"
_SIGNED = (
    "We, the Presidents of the Republic of Estonia, the Republic of Latvia and Ukraine, "
    "condemn the aggression. "
)


@pytest.mark.parametrize(
    ("title", "source", "text", "owner", "claimant"),
    [
        (
            _HOLT,
            WHITE_HOUSE,
            "Russia has moved another 10,000 troops to the border with Ukraine.",
            "Russia",
            "Dana Holt",
        ),
        (
            _HOLT,
            WHITE_HOUSE,
            "I welcome the news. Lithuania has sent Stinger missiles to Ukraine.",
            "Lithuania",
            "Dana Holt",
        ),
        (_NOWAK, KYIV, "Tonight the occupiers shelled Kharkiv again.", "Russia", "Marek Nowak"),
        (
            _NOWAK,
            KYIV,
            "Poland has delivered a new batch of mortars to Ukraine.",
            "Poland",
            "Marek Nowak",
        ),
        (
            _JOINT,
            KYIV,
            _SIGNED + "Russian forces shelled Kharkiv overnight.",
            "Russia",
            "Estonia, Latvia and Ukraine",
        ),
        (
            _JOINT,
            KYIV,
            _SIGNED + "Germany has sent 1,000 anti-tank weapons to Ukraine.",
            "Germany",
            "Estonia, Latvia and Ukraine",
        ),
    ],
)
def test_a_movement_told_by_the_one_who_signs_the_document_is_claimed_by_them(
    title: str, source: str, text: str, owner: str, claimant: str
) -> None:
    assert claimants_titled(text, source, title) == [(owner, claimant)]


@pytest.mark.parametrize(
    ("title", "source", "text", "owner"),
    [
        # Their own side's forces, a signer's included.
        (
            _HOLT,
            WHITE_HOUSE,
            "I have ordered 2,000 more American troops to Poland.",
            "United States",
        ),
        (_NOWAK, KYIV, "Our soldiers pushed the invaders back from three hamlets.", "Ukraine"),
        (_JOINT, KYIV, _SIGNED + "Latvia has sent Stinger missiles to Ukraine.", "Latvia"),
        # A spokesperson's statement and a fact sheet are the narrator's voice.
        (
            "Statement by Press Secretary Ann Lee on the Crisis in Europe",
            WHITE_HOUSE,
            "Russia has moved another 10,000 troops to the border with Ukraine.",
            "Russia",
        ),
        (
            "Fact Sheet: Support for Ukraine",
            WHITE_HOUSE,
            "Russia has moved another 10,000 troops to the border with Ukraine.",
            "Russia",
        ),
        # A readout narrates.
        (
            "Readout of President Holt's Call with President Nowak of Poland",
            WHITE_HOUSE,
            "The leaders discussed how Russia has moved another 10,000 troops to the border.",
            "Russia",
        ),
    ],
)
def test_own_forces_a_spokespersons_statement_fact_sheet_or_readout_claim_nothing(
    title: str, source: str, text: str, owner: str
) -> None:
    assert claimants_titled(text, source, title) == [(owner, None)]


def claimants_titled(text: str, source: str, title: str) -> list[tuple[str, str | None]]:
    return [
        (m.actor.name, m.claimed_by.name if m.claimed_by else None)
        for m in movements(text, source, title=title)
    ]
