"""A named person's saying in a relative clause of another's sentence is that person's.

"…, who confirmed that Ankara is prepared to …", "…, who confirmed Poland's readiness to
assist …": the relative "who" stands for the person just named, and what its verb of saying
reports is that person's view, not the speaker's nor the narrator's. The main clause's
holder keeps what comes before the relative clause and what comes after it (", and next week
I will …"). Not a passive ("who was told that"), not an aside of the speaker's ("who, I
believe, …"), not "which he said"; and the verb of saying alone makes no position here.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

_SUPPORT = "readiness to support the talks between the two delegations"


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a narrator's readout, a person named with a long title
        (
            "On Monday, Minister of Defence Oleksii Reznikov held a phone conversation with "
            "Minister of National Defence of Poland Mariusz Blaszczak, who confirmed "
            f"Poland's {_SUPPORT}.",
            "Reznikov holds phone call with Polish counterpart",
            KYIV,
            "Mariusz Blaszczak",
        ),
        # (b) another publisher, another party, an adverb before the verb
        (
            "The President spoke today with Chancellor Karl Brenner of Austria, who also "
            f"reaffirmed Austria's {_SUPPORT}.",
            "Readout of President Biden's Call with Chancellor Brenner of Austria",
            WHITE_HOUSE,
            "Karl Brenner",
        ),
        # (c) a speaker's turn in a transcript, the clause followed by the speaker's own
        (
            "SERGEI LAVROV: Yesterday I had a long conversation with Foreign Minister of "
            "Hungary Peter Szijjarto, who stressed that Budapest is ready to support the "
            "talks, and next week I will travel to Minsk.",
            "Meeting with Foreign Minister Sergei Lavrov",
            KREMLIN,
            "Peter Szijjarto",
        ),
        # (d) the person named with a rank of a border guard, a that-clause
        (
            "The Head of the Service spoke with Commander of the Lithuanian State Border Guard "
            f"Rustamas Liubajevas, who noted that Lithuania confirmed its {_SUPPORT}.",
            "Border guards hold talks",
            KYIV,
            "Rustamas Liubajevas",
        ),
    ],
)
def test_relative_saying_is_the_persons(text: str, title: str, source: str, holder: str) -> None:
    held = _held(text, title, source)
    assert (holder, "support") in held
    assert all(h == holder for h, _ in held)


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # the verb of saying alone: a description, no stance inside
        (
            "We, the Leaders of the G7, met by video conference today, joined by President "
            "Marek Novak of Slovakia, who described to us the situation at the border.",
            "Statement of the Leaders",
            WHITE_HOUSE,
        ),
        # a passive: what others told the person
        (
            "The President spoke with Chancellor Karl Brenner of Austria, who was told that "
            f"the United States confirmed its {_SUPPORT}.",
            "Readout of President Biden's Call with Chancellor Brenner of Austria",
            WHITE_HOUSE,
        ),
    ],
)
def test_lookalikes_are_not_the_persons(text: str, title: str, source: str) -> None:
    held = _held(text, title, source)
    assert all(h not in {"Marek Novak", "Karl Brenner"} for h, _ in held)


def test_the_speakers_own_clause_after_stays_the_speakers() -> None:
    held = _held(
        "SERGEI LAVROV: I spoke with Foreign Minister of Hungary Peter Szijjarto, who "
        "confirmed Hungary's readiness to support the talks, and we are ready to continue "
        "the negotiations with Kiev.",
        "Meeting with Foreign Minister Sergei Lavrov",
        KREMLIN,
    )
    assert ("Peter Szijjarto", "support") in held
    assert ("Sergei Lavrov", "support") in held
