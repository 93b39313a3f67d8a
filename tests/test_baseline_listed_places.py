"""A party listed after one named as a place is a place too ("end users in Russia and
Belarus", "membership in the EU and NATO"): neither is whom the view is aimed at
(``targets._named_as_place``). In four surroundings (publisher, party, way of naming the
holder, sentence shape), with look-alikes: an owner or a state's adjective after "and"
names a party of its own. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract

_BRIEFING = "Press Briefing by Press Secretary Jen Psaki"


def _targets(text: str, title: str | None, source: str | None) -> list[str | None]:
    found = extract(text, title, source).positions
    return [None if p.target is None else p.target.name for p in found]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a White House briefing: two states after "in"
        (
            "MS. PSAKI: Commerce is also adding 91 military end users in Russia and Belarus to "
            "the Entity List.",
            _BRIEFING,
            WHITE_HOUSE,
        ),
        # (b) a Kyiv address reported: an organisation after a place
        (
            "Volodymyr Zelenskyy said that Ukraine will not abandon its path towards "
            "membership in the EU and NATO because of threats.",
            "Address by the President of Ukraine",
            KYIV,
        ),
        # (c) a news report of a Baltic leader: three places, a comma and "and"
        (
            "Estonian Prime Minister Kaja Kallas said Estonia would send aid to the refugees in "
            "Poland, Moldova and Romania.",
            None,
            None,
        ),
        # (d) a place after a goal of forces: "into Moldova and Georgia"
        (
            "MS. PSAKI: These forces are not going into Moldova and Georgia.",
            _BRIEFING,
            WHITE_HOUSE,
        ),
    ],
)
def test_a_party_listed_with_a_place_is_no_target(
    text: str, title: str | None, source: str | None
) -> None:
    assert _targets(text, title, source) == [None]


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an owner after "and" names the party whose conduct is charged
        (
            "MS. PSAKI: We condemn the tensions in Eastern Europe and Russia's role in them.",
            "Russia",
        ),
        # a state's adjective after "and"
        (
            "MS. PSAKI: We condemn the violence in the Donbas and Russian attempts to stage a "
            "pretext.",
            "Russia",
        ),
    ],
)
def test_an_owner_or_an_adjective_after_and_stays_the_target(text: str, target: str) -> None:
    assert _targets(text, _BRIEFING, WHITE_HOUSE) == [target]
