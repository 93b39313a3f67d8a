"""Stance by construction, from grammar rather than from labelled sentences: negation over
a verb of rejecting, a threat as the holder's own act beside a warning, and a participle
before "by" that describes rather than takes a stance. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "stance", "topic"),
    [
        # Keeping a measure in reserve is a threat (CAMEO 13), not a rejection.
        ("France did not rule out further sanctions.", "threaten", "further sanctions"),
        # Not rejecting, not opposing: the holder takes the proposal's side.
        ("Germany does not reject the idea of a no-fly zone.", "support", "idea of a no-fly zone"),
        ("Poland has never opposed the talks in Istanbul.", "support", "talks in Istanbul"),
        # A cue that is itself a negation keeps its class.
        (
            "Germany will not accept any change of borders by force.",
            "oppose",
            "any change of borders by force",
        ),
    ],
)
def test_negation_between_subject_and_verb_turns_a_rejection(
    sentence: str, stance: str, topic: str
) -> None:
    ((_, found, about),) = positions(extract(sentence))
    assert (found, about) == (stance, topic)


def test_a_threat_made_is_the_holders_threat() -> None:
    assert positions(extract("Russia threatened to cut gas supplies to Europe.")) == [
        ("Russia", "threaten", "cut gas supplies to Europe")
    ]


def test_a_warning_and_a_threat_in_one_sentence_are_two_items() -> None:
    """Granularity rule 1: two stances in one sentence are two items."""
    draft = extract(
        "France warned Russia against any further escalation and threatened severe sanctions."
    )
    assert [(stance, topic) for _, stance, topic in positions(draft)] == [
        ("warn", "Russia against any further escalation"),
        ("threaten", "severe sanctions"),
    ]


def test_threatens_without_an_infinitive_describes_a_charge() -> None:
    ((_, stance, _),) = positions(extract("Poland said Russia threatens the security of Europe."))
    assert stance == "accuse"


def test_a_participle_before_by_is_no_cue() -> None:
    """ "allies feeling threatened by Russia" describes them; the topic is what the holder
    announced, not "by Russia"."""
    draft = extract(
        "France announced it will send 500 more troops to Romania, whose leaders feel "
        "threatened by Russia."
    )
    assert all(not topic.startswith("by ") for _, _, topic in positions(draft))


def test_a_condition_governs_the_clauses_coordinated_after_it() -> None:
    """ "If X, A and B": the warning (A) and the punitive measure (B) are two items, and B
    is a threat because the opening condition scopes over it too."""
    draft = extract(
        "Poland said that if Russia attacks Lithuania, Moscow will bear the responsibility, "
        "and it will face crippling sanctions."
    )
    assert [stance for _, stance, _ in positions(draft)] == ["warn", "threaten"]


def test_a_measure_taken_beside_a_warning_is_a_commitment() -> None:
    # The holder's own measure ("it"): another party's measure foretold is a warning
    # (test_baseline_stance_measures.py).
    draft = extract(
        "France warned of a humanitarian catastrophe, and it will impose new sanctions."
    )
    assert [stance for _, stance, _ in positions(draft)] == ["warn", "commit"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A view the speaker reports of another party is that party's (the guide).
        (
            "France said that Russia had demanded new security guarantees.",
            ("Russia", "demand", "new security guarantees"),
        ),
        (
            "France said that NATO supports Ukraine's sovereignty.",
            ("NATO", "support", "Ukraine's sovereignty"),
        ),
        # A modal or a word of conduct after the party is the speaker's own stance.
        (
            "France said Russia must withdraw its forces.",
            ("France", "demand", "Russia must withdraw its forces"),
        ),
        ("France said Russia violated the ceasefire.", ("France", "accuse", "ceasefire")),
    ],
)
def test_a_stance_reported_of_another_party_is_that_partys(
    sentence: str, expected: tuple[str, str, str]
) -> None:
    assert positions(extract(sentence)) == [expected]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # The holder refuses: a rejection (CAMEO 12).
        ("Germany refused to send heavy weapons to the region.", "oppose"),
        ('"We refuse to negotiate under threats," the Polish Prime Minister said.', "oppose"),
        # Another party's refusal, told by the holder: a charge.
        ("Germany said Russia refused to hold talks on the ceasefire.", "accuse"),
    ],
)
def test_a_refusal_is_a_rejection_by_its_subject_and_a_charge_by_others(
    sentence: str, stance: str
) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


def test_two_cue_words_joined_by_and_head_one_phrase() -> None:
    """ "unprovoked and unjustified attack" is one charge; "welcomed the agreement and
    rejected the demands" two clauses."""
    assert positions(
        extract("Poland condemned Russia's unprovoked and unjustified attack on Ukraine.")
    ) == [("Poland", "accuse", "Russia's unprovoked and unjustified attack on Ukraine")]
    assert [
        s
        for _, s, _ in positions(
            extract("Poland welcomed the agreement and rejected the new demands.")
        )
    ] == ["support", "oppose"]


def test_carrying_on_takes_the_stance_of_what_is_carried_on() -> None:
    """Aspect ("continues to") is no stance of its own when a stance verb follows."""
    assert positions(
        extract("Poland said that Russia continues to sabotage the ceasefire agreement.")
    ) == [("Poland", "accuse", "ceasefire agreement")]
    ((_, stance, _),) = positions(extract("France will continue to provide weapons to Ukraine."))
    assert stance == "commit"


def test_a_measure_imposed_by_another_is_no_commitment_of_the_holder() -> None:
    """A passive punitive verb ("imposed by the West") names another party's measure."""
    ((_, stance, _),) = positions(
        extract("Hungary said the sanctions imposed by the West were illegitimate.")
    )
    # Judged illegitimate, the West's sanctions are a decision rejected (``measures_judged``).
    assert stance == "oppose"
