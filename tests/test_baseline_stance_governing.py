"""Which cue governs a clause with several: a modifier gives way to the clause's verb, a
subject to what a copula predicates of it, and a warning to the rejection or denial it
reports (the guide: stance by content, not by reporting verb). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # An adjective between a possessive and its noun describes the noun; the verb
        # "threatens" (a charge) states the stance, not "dangerous" (a warning).
        ("Poland said Russia's dangerous escalation threatens the security of Europe.", "accuse"),
        ("Poland said the most dangerous build-up in decades threatens Europe.", "accuse"),
        # A participle before its noun names what was expected, not an appeal.
        ("Chancellor Karl Weber stressed that the talks missed the expected results.", "other"),
        ("Chancellor Karl Weber noted that the proposed talks had not taken place.", "other"),
    ],
)
def test_a_modifier_gives_way_to_the_clauses_verb(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


@pytest.mark.parametrize(
    "sentence",
    [
        "Poland said Russia's demands for security guarantees are totally unacceptable.",
        "Hungary said the proposal was not acceptable.",
    ],
)
def test_what_a_copula_predicates_of_a_subject_is_the_stance(sentence: str) -> None:
    # Russia's own demand is its item (a stance noun another side voiced), not the speaker's.
    found = [stance for holder, stance, _ in positions(extract(sentence)) if holder != "Russia"]
    assert found == ["oppose"]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("France warned that any change of borders by force is unacceptable.", "oppose"),
        ("France warned that the reports of a French deployment were baseless.", "deny"),
        # A warning of a consequence stays a warning.
        ("Poland warned that an attack on Ukraine would be a catastrophe for Europe.", "warn"),
    ],
)
def test_a_warning_that_reports_a_rejection_is_the_rejection(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # A noun followed by its preposition heads its phrase: no modifier.
        ("Chancellor Karl Weber stressed the importance of dialogue.", "demand"),
        # "that" opens a relative clause as often as a noun phrase: "must" stays a verb.
        ("Chancellor Karl Weber said there is work that must be done.", "demand"),
        # An adjective cue alone still carries its class.
        ("Poland condemned the brutal attack on Kharkiv.", "accuse"),
        ("Poland said it was a brutal attack on Kharkiv.", "accuse"),
    ],
)
def test_heads_keep_their_class(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # The guide: condemning another party's action is `accuse`; rejecting a decision,
        # proposal or policy is `oppose`.
        ("Polish President Adam Lis said the shelling of Kharkiv is unacceptable.", "accuse"),
        ("Polish President Adam Lis said Russia's demands are unacceptable.", "oppose"),
        (
            "Polish President Adam Lis said any change of borders by force is unacceptable.",
            "oppose",
        ),
    ],
)
def test_an_act_judged_inadmissible_is_condemned(sentence: str, stance: str) -> None:
    found = [s for holder, s, _ in positions(extract(sentence)) if holder != "Russia"]
    assert found == [stance]


def test_rejecting_a_partys_claims_is_a_denial() -> None:
    """The guide: disputing a claim is `deny`, also when the claim is named by its owner;
    the owner's claim about Poland's conduct is its own charge (``stances_named``)."""
    found = positions(
        extract("Polish President Adam Lis rejected Russia's claims that Poland is arming rebels.")
    )
    assert [(h, s) for h, s, _ in found] == [("Adam Lis", "deny"), ("Russia", "accuse")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivan Kral said the claim that Slovakia plans to attack Hungary is a fabrication.",
        "Ivan Kral said reports that Slovakia intends to close the border are completely false.",
    ],
)
def test_a_claim_judged_false_is_denied_whatever_its_own_words(sentence: str) -> None:
    assert [s for _, s, _ in positions(extract(sentence))] == ["deny"]
