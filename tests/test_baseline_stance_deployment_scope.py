"""Forces or a deployment called defensive state the scope of one's own deployment, a
commitment (the guide: Kirby's "not permanent" and "not going to fight in Ukraine" are one
`commit` on the deployments' scope); an exercise or measures called defensive disown a
threat, a denial (``test_baseline_stance_defensive``).
"""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Defence Secretary Mark Hollis said the troops sent to Estonia are defensive.",
        # (b) after a fronted adverbial, a qualifier before the forces, two predicates
        "On Monday, Defence Secretary Mark Hollis said the British forces in Estonia are "
        "defensive and will stay on NATO territory.",
        # (c) a pronoun after a first mention, the deployments named as such
        "Defence Secretary Mark Hollis spoke in Tallinn. He said the deployments were defensive.",
        # (d) one clause of two, with a postposed "…, X said"
        "The forces we have sent to Estonia are defensive, and they will not enter Ukraine, "
        "Defence Secretary Mark Hollis said.",
    ],
)
def test_deployed_forces_called_defensive_are_a_commitment(text: str) -> None:
    assert held_stances(text) == [("Mark Hollis", "commit")]


@pytest.mark.parametrize(
    "text",
    [
        # (e) the moves named by the noun "defensive" qualifies, a pronoun subject
        "Defence Secretary Mark Hollis said the new battalions in Estonia were a response to "
        "Russia, and that these are defensive moves.",
        # (f) a quotation, "moves" as the subject
        'Defence Secretary Mark Hollis said: "These moves to Estonia are defensive."',
    ],
)
def test_moves_called_defensive_are_a_commitment(text: str) -> None:
    assert ("Mark Hollis", "commit") in held_stances(text)
    assert ("Mark Hollis", "deny") not in held_stances(text)


def test_a_defensive_doctrine_stays_a_denial() -> None:
    """Look-alike: the noun after "defensive" is no deployment."""
    text = "Defence Secretary Mark Hollis said NATO's posture in Estonia is defensive doctrine."
    assert held_stances(text) == [("Mark Hollis", "deny")]


@pytest.mark.parametrize(
    "text",
    [
        "Defence Secretary Mark Hollis said the exercise is defensive.",
        # Forces named after the subject's head are not the subject.
        "Defence Secretary Mark Hollis said the drills near our troops are defensive.",
    ],
)
def test_an_exercise_called_defensive_stays_a_denial(text: str) -> None:
    assert held_stances(text) == [("Mark Hollis", "deny")]
