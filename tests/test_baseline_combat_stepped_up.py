"""An attack stepped up or intensified is combat going on, its attacker the subject: "the
Kiev authorities, who have stepped up their shelling of Donetsk" (CAMEO 19's verbs of carrying
on a fight, with "launch", "continue" and "carry out" in the lexicon's launch class). Four
surroundings (publisher, party, way of naming the attacker: a relative's antecedent, an
adjective, the adversary's name, a state; the event noun: shelling, bombardment, offensive),
and the look-alikes: efforts, talks or assistance stepped up are no attack. A predicate
coordinated after its subject's first one shares that subject, however long the first
(Quirk et al. 13.61: "the Kiev authorities were openly ignoring the agreements and were
stepping up the shelling"), also when the first is a judging verb; a party governed by a
preposition ("the talks with Ukraine had stalled and …") is no such subject. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # A Kremlin text: a relative's antecedent, "stepped up the shelling".
        (
            "This is the fault of the Kiev authorities, who have stepped up their shelling of"
            " Gorlovka.",
            KREMLIN,
            "Ukraine",
        ),
        # A Kyiv text: the adversary, "stepped up the bombardment".
        ("The occupiers stepped up the bombardment of Mariupol overnight.", KYIV, "Russia"),
        # A news report: a state, "intensified its offensive".
        (
            "Officials said Ukraine intensified its offensive near Kherson on Tuesday.",
            None,
            "Ukraine",
        ),
        # A White House text: the progressive, "are stepping up the attacks".
        (
            "The President noted that Belarusian units are stepping up the attacks on Ukrainian"
            " positions near the border.",
            WHITE_HOUSE,
            "Belarus",
        ),
    ],
)
def test_an_attack_stepped_up_is_the_subjects_combat(
    text: str, source: str | None, owner: str
) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


@pytest.mark.parametrize(
    "text",
    [
        "Poland has stepped up its diplomatic efforts to end the war.",
        "The two sides intensified talks on a ceasefire.",
        "Canada stepped up its assistance to Ukraine.",
    ],
)
def test_efforts_talks_or_aid_stepped_up_are_no_attack(text: str) -> None:
    assert movement_owners(text) == []


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        (
            "The minister said the Kiev authorities were openly ignoring the agreements and were"
            " stepping up the shelling of Gorlovka.",
            KREMLIN,
            "Ukraine",
        ),
        (
            "The occupiers have blocked the humanitarian corridor and have intensified the"
            " bombardment of Mariupol.",
            KYIV,
            "Russia",
        ),
    ],
)
def test_a_coordinated_predicate_shares_its_subject(text: str, source: str, owner: str) -> None:
    assert movement_owners(text, None, source) == [(owner, "other")]


def test_a_party_after_a_preposition_is_no_first_predicates_subject() -> None:
    assert (
        movement_owners(
            "The minister said that the talks with Ukraine had stalled and were stepping up the"
            " shelling of Donetsk.",
            None,
            KREMLIN,
        )
        == []
    )
