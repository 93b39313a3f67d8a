"""A party's own demands said to be ignored: the predicate's disregard (PETRARCH's IGNORE
block: "ignored", "not taken into account", "have not been satisfied") decides the clause, an
accusation, over the stance noun heading its subject, with modifiers between ("our three key
demands"); and what an apposition between dashes lists is what was asked, a demand of its
own, quoted without the predicate. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions

_DEMANDS = "our key demands \u2013 a ceasefire and the return of prisoners \u2013"
_IGNORED = f"{_DEMANDS} were not taken into account"


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # (a) plain
        (f"Polish President Adam Lis said that {_IGNORED}.", "Adam Lis"),
        # (b) after a fronted adverbial
        (f"After the talks in Geneva, Polish President Adam Lis said that {_IGNORED}.", "Adam Lis"),
        # (c) a pronoun after a first mention
        (
            f"Polish President Adam Lis spoke in Warsaw on Monday. He said that {_IGNORED}.",
            "Adam Lis",
        ),
        # (d) a postposed "…, X said"
        (
            f"\u201c{_DEMANDS[0].upper()}{_DEMANDS[1:]} have been ignored,\u201d Polish "
            "President Adam Lis said.",
            "Adam Lis",
        ),
    ],
)
def test_demands_ignored_are_a_demand_and_a_charge(text: str, holder: str) -> None:
    draft = extract(text)
    assert [(h, s) for h, s, _ in positions(draft)] == [(holder, "demand"), (holder, "accuse")]
    demand, charge = (p.evidence[0].quote for p in draft.positions)
    # The demand quotes what was asked; the charge its whole clause, subject included.
    assert demand.endswith("return of prisoners")
    assert charge.lower().startswith("our key demands")
    assert "account" in charge or "ignored" in charge


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # The subject's head with modifiers between it and its possessive.
        (
            "The Polish Foreign Ministry said that Poland's main security demands have not "
            "been satisfied.",
            "Polish government",
        ),
        # (d) the second clause of a two-clause sentence.
        (
            "Polish President Adam Lis thanked the Lithuanian envoy for the visit, but said "
            "that our three key demands have been ignored.",
            "Adam Lis",
        ),
    ],
)
def test_the_predicate_decides_over_a_modified_stance_noun(text: str, holder: str) -> None:
    assert (holder, "accuse") in [(h, s) for h, s, _ in positions(extract(text))]
    assert "demand" not in [s for _, s, _ in positions(extract(text))]


def test_a_meeting_not_held_is_no_disregard() -> None:
    # "not met" without "been" is a meeting not held (an accusation with it).
    draft = extract("Polish President Adam Lis said that the two ministers have not met since May.")
    assert "accuse" not in [s for _, s, _ in positions(draft)]


def test_a_modal_after_a_modified_noun_is_no_predicate_of_it() -> None:
    # "the ongoing commitment that Poland has to support": "has to" is inside the noun's
    # relative clause; only a head right after its determiner takes a modal predicate
    # (demand without that guard).
    draft = extract(
        "Polish President Adam Lis reaffirmed the ongoing commitment that Poland has to "
        "support the people of Ukraine."
    )
    assert [s for _, s, _ in positions(draft)] == ["commit"]
