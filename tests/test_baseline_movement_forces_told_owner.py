"""Forces with no owner, right after a sentence that tells one state's forces, are that
state's (``forces_told_owner``): the writer names the party once and then only its forces,
even when the sentence before reports no movement the rules read ("bring in", "bring up").
Carried only when nothing else can be meant: the sentence just before, in the same
paragraph, names forces and one party only; the forces are the subject of their own verb;
and this sentence names no other party. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

Row = tuple[str, str]


def deployed(text: str, source: str | None = None) -> list[Row]:
    draft = extract(text, source=source)
    return [(m.actor.name, m.activity) for m in draft.military_movements if m.activity == "deploy"]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # (a) a news text, the state by name, an intransitive verb
        (
            "Officials say Russia keeps bringing in reinforcements. A column of about 200 "
            "vehicles moved south towards Chernihiv on Sunday.",
            None,
            "Russia",
        ),
        # (b) another publisher and party, named by its capital, a passive
        (
            "We continue to see Minsk bring up reserves. Three more battalions have been "
            "moved towards the border.",
            WHITE_HOUSE,
            "Belarus",
        ),
        # (c) a party's own report naming the other side "the enemy", a fronted source
        (
            "In the eastern direction, the enemy is trying to bring up reserves. According "
            "to the General Staff, two battalion tactical groups have been moved from the "
            "Belgorod region of Russia towards Kupiansk.",
            KYIV,
            "Russia",
        ),
        # (d) the other side in a Russian text, forces named with a count, a fronted adverbial
        (
            "The enemy has 40,000 troops near Donetsk. Over the past week, two more "
            "brigades have arrived in the area.",
            KREMLIN,
            "Ukraine",
        ),
    ],
)
def test_unowned_forces_are_the_state_told_just_before(
    text: str, source: str | None, owner: str
) -> None:
    assert (owner, "deploy") in deployed(text, source)


@pytest.mark.parametrize(
    "text",
    [
        # two parties in the sentence before: either may be meant
        "Russia and Belarus keep bringing in reinforcements. A column of about 200 vehicles "
        "moved south towards Chernihiv on Sunday.",
        # the sentence before tells of no forces: its party need not be the one moving
        "Russia denies any plan to attack. A column of about 200 vehicles moved south "
        "towards Chernihiv on Sunday.",
        # a new paragraph may have moved on to another party
        "Officials say Russia keeps bringing in reinforcements.\n\nA column of about 200 "
        "vehicles moved south towards Chernihiv on Sunday.",
        # another party named in the sentence itself
        "Officials say Russia keeps bringing in reinforcements. A column of about 200 "
        "vehicles moved south towards Chernihiv on Sunday, and Poland protested.",
    ],
)
def test_no_owner_is_carried_where_another_may_be_meant(text: str) -> None:
    assert deployed(text) == []


def test_the_forces_moved_by_someone_else_are_not_carried() -> None:
    # The forces the object of a verb: its subject, whoever it is, moved them.
    text = (
        "Officials say Russia keeps bringing in reinforcements. Commanders sent a column of "
        "about 200 vehicles south towards Chernihiv on Sunday."
    )
    assert deployed(text) == []


def test_a_state_named_as_where_is_no_other_party() -> None:
    # "the Gomel region of Belarus" names a place; "the leaders of Belarus" a party.
    told = "In the northern direction, the enemy is trying to bring up reserves. "
    where = told + (
        "Two battalion tactical groups have been moved from the Gomel region of Belarus "
        "towards Ivankiv."
    )
    party = told + (
        "Two battalion tactical groups have been moved towards Ivankiv, the leaders of "
        "Belarus confirmed."
    )
    assert deployed(where, KYIV) == [("Russia", "deploy")]
    assert deployed(party, KYIV) == []


def test_a_stock_kept_is_no_forces() -> None:
    # "reserves" of gold or oil are what a state keeps, not forces it sends in.
    forces = "Officials say Russia keeps bringing up reserves. "
    stock = "Officials say Russia keeps drawing on its gold reserves. "
    moved = "A column of about 200 vehicles moved south towards Chernihiv on Sunday."
    assert deployed(forces + moved) == [("Russia", "deploy")]
    assert deployed(stock + moved) == []
