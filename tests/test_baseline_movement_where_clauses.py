"""A trigger in a relative "where" clause whose subject is forces tells of those forces at
the place before it, not of the main clause's subject, who only tells of the place: "the
President informed the Chancellor about the situation in the Brest region, where more than
5,000 additional servicemen have arrived" is no Ukrainian deployment. Four surroundings
(another publisher, party, way of naming the teller, sentence shape: a source set off by
commas), and look-alikes: forces that name their state in the clause, or a "where" clause
with a subject of its own that is no forces, keep their owner. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


@pytest.mark.parametrize(
    ("text", "source", "teller"),
    [
        # A presidential readout, the teller named by office.
        (
            "The President informed the Chancellor about the situation in the Brest region,"
            " where more than 5,000 additional servicemen have arrived since January.",
            KYIV,
            "Ukraine",
        ),
        # A source set off by commas inside the relative clause.
        (
            "During the call, the President informed about the concentration of Russian troops"
            " near Gomel, where, according to the Ukrainian side, over 7,000 additional"
            " servicemen have arrived since February.",
            KYIV,
            "Ukraine",
        ),
        # Another publisher, a minister named by name, "briefed … on".
        (
            "Secretary Austin briefed the senators on the situation in Belarus, where, according"
            " to our estimates, some 30,000 additional troops have arrived this month.",
            WHITE_HOUSE,
            "United States",
        ),
        # A third publisher, "reported on".
        (
            "Sergei Shoigu reported on the situation in the Baltic states, where some 2,000"
            " additional troops have arrived since January.",
            KREMLIN,
            "Russia",
        ),
    ],
)
def test_forces_in_a_where_clause_are_not_the_tellers(
    text: str, source: str | None, teller: str
) -> None:
    assert teller not in [m.actor.name for m in movements(text, source) if m.activity == "deploy"]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # Forces naming their state.
        (
            "Sergei Shoigu reported on the situation in Lithuania, where about 4,000 more NATO"
            " troops have arrived over the past month.",
            KREMLIN,
            "NATO",
        ),
        (
            "The Ministry of Defence of Ukraine reported on the Kharkiv region, where Ukrainian"
            " units have arrived to reinforce the defence.",
            KYIV,
            "Ukraine",
        ),
        # A "where" clause whose subject is the teller himself.
        (
            "The President spoke about Kharkiv, where he has sent two more brigades.",
            KYIV,
            "Ukraine",
        ),
    ],
)
def test_forces_named_or_sent_in_a_where_clause_keep_their_owner(
    text: str, source: str | None, owner: str
) -> None:
    assert [m.actor.name for m in movements(text, source)] == [owner]
