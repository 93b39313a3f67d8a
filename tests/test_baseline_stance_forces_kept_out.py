"""One's own forces kept out of a war ("these forces are not going into Ukraine", "there will
be no British troops fighting in Ukraine") are a commitment on the scope of a deployment
(the guide: Kirby's "not going to fight in Ukraine" is `commit`). The forces are the cue's
subject, so a person's trip ("he is not going to Kyiv") and the future of any other verb
("troops are not going to withdraw") are none. A cue inside a stated circumstance ("in the
face of Russia's aggression") describes the cause, not the holder's stance.
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            "Defence Secretary Mark Hollis said British troops are not going to fight in Ukraine.",
            [("Mark Hollis", "commit")],
        ),
        # (b) after a fronted adverbial, the other verb
        (
            "On Monday, Defence Secretary Mark Hollis said British forces are not going into "
            "Ukraine.",
            [("Mark Hollis", "commit")],
        ),
        # (c) a pronoun after a first mention, the existential form
        (
            "Defence Secretary Mark Hollis spoke in Tallinn. He said there will be no British "
            "troops fighting in Ukraine.",
            [("Mark Hollis", "commit")],
        ),
        # (d) postposed "…, X said", one clause of two, "none of" the forces
        (
            "None of those forces are going into Ukraine, and they will leave when the crisis "
            "ends, Defence Secretary Mark Hollis said.",
            [("Mark Hollis", "commit")],
        ),
    ],
)
def test_forces_kept_out_of_a_war_are_a_commitment(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The future of another verb: "going to" is no place here.
        (
            "Defence Secretary Mark Hollis said Russian troops are not going to withdraw from "
            "Belarus.",
            [("Mark Hollis", "other")],
        ),
        # A person's trip: the forces are the cue's subject.
        ("Defence Secretary Mark Hollis said he is not going to Kyiv this week.", []),
    ],
)
def test_another_verbs_future_or_a_persons_trip_is_no_scope(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


def test_a_cue_in_a_stated_circumstance_is_not_the_holders_stance() -> None:
    text = (
        "Defence Secretary Mark Hollis said the battalion will reinforce Estonia in the face of "
        "Russia's aggression."
    )
    assert all(stance != "accuse" for _, stance in held_stances(text))
