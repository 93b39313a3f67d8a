"""A patrol named in the purpose infinitive of a movement ("send two jets to Bulgaria to
strengthen NATO air policing") is the deployment's aim, not a second movement: the
deployment is told, the patrol is not. A patrol that is the clause's own verb, or one told
with no movement before it, stays a patrol. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements

Row = tuple[str, str]


def _rows(text: str, source: str | None) -> list[Row]:
    return [(m.actor.name, m.activity) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # (a) a news report, a decision reported, "to strengthen"
        (
            "Norway has decided to send four F-35 fighters to Romania to strengthen NATO air "
            "policing over the Black Sea, its defence ministry said.",
            None,
            "Norway",
        ),
        # (b) a White House readout, a plan welcomed, "to reinforce" with the owner's genitive
        (
            "The President welcomed Spain's plan to deploy six fighter jets to Bulgaria to "
            "reinforce NATO's air policing mission next month.",
            WHITE_HOUSE,
            "Spain",
        ),
        # (c) a Kyiv readout, the present progressive, "to support"
        (
            "The Prime Minister informed that Belgian F-16s are moving to Estonia to support "
            "the enhanced air policing mission of the Alliance.",
            KYIV,
            "Belgium",
        ),
        # (d) a Kremlin text, another's forces, "to bolster" the air policing patrols
        (
            "The United States has sent eight more jets to Poland to bolster air policing "
            "patrols along our borders.",
            KREMLIN,
            "United States",
        ),
    ],
)
def test_a_patrol_as_a_movements_purpose_is_the_deployment_only(
    text: str, source: str | None, owner: str
) -> None:
    rows = _rows(text, source)
    assert (owner, "deploy") in rows
    assert [r for r in rows if r[1] == "patrol"] == []


@pytest.mark.parametrize(
    "text",
    [
        # an infinitive that is no purpose: the patrol goes on as its own movement (guard:
        # the verbs of purpose)
        "Poland sent four F-16 fighters to Lithuania and continues to conduct air policing "
        "over the Baltic states.",
        # no movement told before the purpose (guard: a movement before it in the sentence)
        "Italian jets will begin to reinforce NATO air policing over Romania on Monday.",
    ],
)
def test_a_patrol_told_on_its_own_stays_a_patrol(text: str) -> None:
    assert [r for r in _rows(text, None) if r[1] == "patrol"] != []
