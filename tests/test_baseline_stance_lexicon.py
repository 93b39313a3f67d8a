"""Stance words taken from general event taxonomies, not from labelled sentences: the
CAMEO verb classes as PETRARCH's verb dictionary lists them (praise, reject, appeal and
demand, criticise and accuse, deny, pessimistic comment, intent to cooperate), mapped onto
the schema's stances by the annotation guide. One invented sentence per class of words."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "stance", "topic"),
    [
        # CAMEO 051 "praise or endorse".
        ("Finland lauded the agreement on a ceasefire.", "support", "agreement on a ceasefire"),
        (
            "France saluted the courage of the Ukrainian people.",
            "support",
            "courage of the Ukrainian people",
        ),
        (
            "Sweden favours a negotiated settlement of the conflict.",
            "support",
            "negotiated settlement of the conflict",
        ),
        # CAMEO 052 "defend verbally": another's decision defended.
        (
            "Poland defended the decision to close its airspace to Russian planes.",
            "support",
            "decision to close its airspace to Russian planes",
        ),
        # CAMEO 12 "reject" and 110 "disapprove".
        (
            "Poland rebuffed the proposal to hold a referendum in Crimea.",
            "oppose",
            "proposal to hold a referendum in Crimea",
        ),
        ("Germany ruled out sending troops to Ukraine.", "oppose", "sending troops to Ukraine"),
        (
            "Germany declined to recognise the so-called republics.",
            "oppose",
            "recognise the so-called republics",
        ),
        (
            "Hungary disagreed with the decision to close the pipeline.",
            "oppose",
            "decision to close the pipeline",
        ),
        (
            "Romania voiced its objections to the new security treaty.",
            "oppose",
            "new security treaty",
        ),
        # CAMEO 110 expressed disapproval of a decision: a rejection.
        (
            "Poland is disappointed by the decision to delay the delivery of fighter jets.",
            "oppose",
            "decision to delay the delivery of fighter jets",
        ),
        # CAMEO 02 "appeal" and 10 "demand": pleading, pressing, encouraging a party to act.
        (
            "Romania implored Russia to stop the shelling of Kharkiv.",
            "demand",
            "Russia to stop the shelling of Kharkiv",
        ),
        (
            "France pressed Russia to return to the negotiating table.",
            "demand",
            "Russia to return to the negotiating table",
        ),
        (
            "Poland encouraged both sides to resume the talks.",
            "demand",
            "both sides to resume the talks",
        ),
        (
            "Poland pushed for a humanitarian corridor from Mariupol.",
            "demand",
            "humanitarian corridor from Mariupol",
        ),
        # CAMEO 130 "warn", its nominalisation in the plural.
        (
            "Australia issued new warnings about the risk of a wider war.",
            "warn",
            "risk of a wider war",
        ),
        # CAMEO 111 "criticize or denounce" and 112 "accuse", nominalisations included.
        (
            "The Netherlands deplored the shelling of the hospital in Mariupol.",
            "accuse",
            "shelling of the hospital in Mariupol",
        ),
        (
            "Estonia lambasted the Kremlin for its nuclear blackmail.",
            "accuse",
            "Kremlin for its nuclear blackmail",
        ),
        (
            "France repeated its criticism of the referendum in Crimea.",
            "accuse",
            "referendum in Crimea",
        ),
        # PETRARCH's IGNORE block: disregarding what is owed is a charge.
        (
            "Poland said the Kremlin had ignored the appeals of the Red Cross.",
            "accuse",
            "appeals of the Red Cross",
        ),
        # CAMEO 111 expressed criticism of conduct: a charge.
        (
            "Hungary expressed indignation at the shelling of the power plant.",
            "accuse",
            "shelling of the power plant",
        ),
        # CAMEO 016 "reject accusation": a claim turned down is denied, not opposed; a
        # hostile act disowned is such a claim (intent disclaimed for any other act is a
        # pledge: test_baseline_stance_intent_disclaimed).
        (
            "Hungary stressed that it had no intention of attacking Slovakia.",
            "deny",
            "attacking Slovakia",
        ),
        (
            "Slovakia refuted the claims that it had supplied fighter jets.",
            "deny",
            "supplied fighter jets",
        ),
        (
            "Moldova rejected the allegations that it had closed the border.",
            "deny",
            "closed the border",
        ),
        # CAMEO 012 "pessimistic comment".
        (
            "Lithuania is dismayed by the shelling of the nuclear plant.",
            "concern",
            "shelling of the nuclear plant",
        ),
        # Nominalisations: "his insistence on", "her plea for", "the endorsement of".
        (
            "President Macron repeated his insistence on a ceasefire in Donbas.",
            "demand",
            "ceasefire in Donbas",
        ),
        (
            "President Macron renewed his plea for humanitarian corridors from Mariupol.",
            "demand",
            "humanitarian corridors from Mariupol",
        ),
        (
            "President Macron reiterated France's readiness to impose severe sanctions on Russia.",
            "threaten",
            "severe sanctions on Russia",
        ),
        # CAMEO 03 "express intent to cooperate": undertaking and offering to act.
        (
            "Canada offered to host the next round of talks.",
            "commit",
            "host the next round of talks",
        ),
        (
            "Norway undertook to deliver more anti-tank weapons to Ukraine.",
            "commit",
            "deliver more anti-tank weapons to Ukraine",
        ),
    ],
)
def test_a_general_stance_word_gives_its_class(sentence: str, stance: str, topic: str) -> None:
    ((_, found, about),) = positions(extract(sentence))
    assert (found, about) == (stance, topic)


@pytest.mark.parametrize(
    ("sentence", "stance", "topic"),
    [
        (
            "Japan is concerned by the rising number of civilian casualties.",
            "concern",
            "rising number of civilian casualties",
        ),
        (
            "Poland is encouraged by the progress of the talks in Istanbul.",
            "support",
            "progress of the talks in Istanbul",
        ),
    ],
)
def test_a_feeling_caused_by_something_is_no_passive(
    sentence: str, stance: str, topic: str
) -> None:
    """ "supported by a tanker" describes; "concerned by the casualties" is a stance whose
    stimulus follows "by"."""
    ((_, found, about),) = positions(extract(sentence))
    assert (found, about) == (stance, topic)


@pytest.mark.parametrize(
    "sentence",
    [
        '"It\'s very important to strengthen the eastern flank against Russia," the Polish '
        "Prime Minister said.",
        '"It\u2019s time to end this war," the Polish Prime Minister said.',
    ],
)
def test_it_is_contracted_as_spoken_still_asks(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "demand"


def test_a_verb_of_statement_from_cameo_attributes_the_clause() -> None:
    """CAMEO 010 "make statement": "remarked", "asserted" report what their subject said."""
    assert positions(
        extract("President Macron remarked that the sanctions against Russia must remain.")
    ) == [("Macron", "demand", "sanctions against Russia must remain")]


def test_the_first_persons_stated_intent_is_a_commitment() -> None:
    """Future "be going to" with "we": the speaker's own intent (CAMEO 03)."""
    ((_, stance, topic),) = positions(
        extract('"We\u2019re going to send more air defence to Poland," the French President said.')
    )
    assert (stance, topic) == ("commit", "send more air defence to Poland")


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Poland said it is encouraging that the talks on a ceasefire have resumed.", "support"),
        ("Poland said the progress of the talks was very encouraging.", "support"),
        ("Poland is encouraging both sides to resume the talks.", "demand"),
    ],
)
def test_encouraging_as_adjective_is_optimism_and_as_verb_an_appeal(
    sentence: str, stance: str
) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


def test_naming_another_partys_threat_to_a_third_accuses_it() -> None:
    """CAMEO 111/112: "Belarus's threat to Moldova", "the build-up is a threat to Europe"
    charge the party before "threat"; the party after it is the one threatened."""
    draft = extract(
        "Foreign Minister Anna Kovalenko of Ukraine said: \u201cWe regard the Belarusian "
        "build-up as a threat to Moldova.\u201d"
    )
    ((stance, target),) = [(p.stance, p.target and p.target.name) for p in draft.positions]
    assert (stance, target) == ("accuse", "Belarus")


def test_a_threat_to_the_speaker_stays_a_concern_and_plural_threats_name_none() -> None:
    us = extract(
        "Foreign Minister Anna Kovalenko of Ukraine said: \u201cThese missiles are a threat "
        "to us.\u201d"
    )
    assert [p.stance for p in us.positions] == ["concern"]
    unnamed = extract(
        "Foreign Minister Anna Kovalenko of Ukraine said: \u201cAny threats to our "
        "neighbours, we take seriously.\u201d"
    )
    assert "accuse" not in [p.stance for p in unnamed.positions]
