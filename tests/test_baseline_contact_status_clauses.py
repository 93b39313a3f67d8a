"""A status cue after a contact's trigger is its own clause's: "had discussed it with X by
phone, and invited the Chancellor to visit Kyiv" proposes the visit, not the call, which
was held (Quirk et al. 13.7: a coordinated clause with a predicate of its own). In four
surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source", "pair"),
    [
        # (a) a Kyiv readout: a pluperfect call, then an invitation
        (
            "Chancellor Klara Voss of Germany sent aid. The Head of State recalled that on "
            "Sunday he had discussed it with Klara Voss by phone, and invited the Chancellor "
            "to visit Kyiv.",
            KYIV,
            ["Klara Voss"],
        ),
        # (b) a White House readout: a call, then a proposal
        (
            "Marek Novak is the President of Slovakia. President Dana Holt spoke with Marek "
            "Novak today, and proposed a summit of the region's leaders.",
            WHITE_HOUSE,
            ["Marek Novak"],
        ),
        # (c) a Kremlin readout: a meeting, then an invitation in a clause of its own
        (
            "President of Finland Tomas Berg arrived in Moscow. Vladimir Putin met with Tomas "
            "Berg, and invited the Finnish President to visit Sochi in May.",
            KREMLIN,
            ["Tomas Berg"],
        ),
        # (d) a news text: talks held, then an offer
        (
            "Chancellor Karl Huber of Austria came to Sofia. Prime Minister Elina Markova of "
            "Bulgaria held talks with Karl Huber, and offered to host the next round.",
            None,
            ["Karl Huber"],
        ),
    ],
)
def test_a_cue_in_a_later_clause_leaves_the_contact_held(
    text: str, source: str | None, pair: list[str]
) -> None:
    found = contacts(text, "Readout", source)
    assert any(
        status == "held" and mode != "visit" and parties[-1] in pair
        for parties, mode, status in found
    ), found


@pytest.mark.parametrize(
    "text",
    [
        # the cue in the trigger's own clause, before the next clause
        "President Marek Novak of Slovakia will speak by phone with Chancellor Klara Voss of "
        "Germany on Friday, and she will raise the gas dispute.",
        # a list after the trigger is no clause of its own: its predicate's cue counts
        "Slovakia's talks with Germany, Austria, and Poland are planned for May.",
    ],
)
def test_a_cue_of_the_triggers_own_clause_still_counts(text: str) -> None:
    assert all(status != "held" for _p, _m, status in contacts(text))
