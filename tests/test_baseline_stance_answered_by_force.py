"""A step foretold to be answered by force is a threat (CAMEO 13; the guide's verb test,
"Force promised on a condition": respond, retaliate → `threaten`). The step may be any
attempt, any strike or whoever comes: the quantified subject is the condition. "Will be
answered by all the might of our navy", "will be answered with force", "answered in kind",
and "will get a response" as "will receive a response" already reads. The cue of an answer
by force runs to its clause's end, so the topic names the step answered. An answer by
anything but force ("the letter will be answered by the ministry") threatens nothing. A
charge named in the subject under "any" or "every" ("any aggression will receive a
response", "every provocation will be answered in kind") is an act supposed, not done
(``governing``): the predicate decides, as a conditional's main clause judges an act before
it happens; one owned by a party ("Russia's aggression") is charged.
"""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text).positions]


def _topics(text: str) -> list[str]:
    return [p.topic for p in extract(text).positions if p.stance == "threaten"]


@pytest.mark.parametrize(
    "text",
    [
        # (a) reported, answered by the force of an army
        "Norwegian Defence Minister Ola Brekke said that any attempt to seize Norwegian land "
        "would be answered by the entire force of the Norwegian army.",
        # (b) quoted, postposed reporting clause, answered with force
        '"Any step across the border will be answered with force," Norwegian Defence '
        "Minister Ola Brekke said.",
        # (c) a pronoun after a first mention, answered in kind
        "Norwegian Defence Minister Ola Brekke visited the northern garrison on Monday. He "
        "said that every provocation on the frontier will be answered in kind.",
        # (d) whoever comes, who will get a response
        "Norwegian Defence Minister Ola Brekke said that whoever crosses our border carrying "
        "arms will get a response they will not forget.",
    ],
)
def test_a_step_answered_by_force_is_a_threat(text: str) -> None:
    assert _read(text)[-1:] == [("Ola Brekke", "threaten")]


def test_the_topic_names_the_step_answered() -> None:
    text = (
        "Norwegian Defence Minister Ola Brekke said that any attempt to seize Norwegian land "
        "would be answered by the entire force of the Norwegian army."
    )
    topics = _topics(text)
    assert topics
    assert topics[0].startswith("any attempt to seize Norwegian land")


def test_a_response_got_after_a_pledge_of_its_own() -> None:
    # Two clauses: a pledge to defend, then the response whoever comes will get.
    text = (
        "Norwegian Defence Minister Ola Brekke said that Norway will protect its independence, "
        "and whoever enters our territory armed will get a firm response from the navy."
    )
    assert ("Ola Brekke", "threaten") in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # An answer by a body, not by force: a letter or a question answered.
        "Norwegian Defence Minister Ola Brekke said that the letter from Moscow would be "
        "answered by the ministry next week.",
        "Norwegian Defence Minister Ola Brekke said that the questions of the deputies will be "
        "answered with a detailed report.",
        # A reply got, not a response to a step.
        "Norwegian Defence Minister Ola Brekke said that the deputies will get an answer to "
        "their letter on Friday.",
    ],
)
def test_an_answer_that_is_no_force_threatens_nothing(text: str) -> None:
    assert all(stance != "threaten" for _, stance in _read(text))


@pytest.mark.parametrize(
    "text",
    [
        # (a) a charge under "any", answered by a response received
        "Norwegian Defence Minister Ola Brekke said that any aggression against Norway will "
        "receive an immediate response.",
        # (b) under "every", after a fronted adverbial
        "On Tuesday, Norwegian Defence Minister Ola Brekke said that every provocation on the "
        "frontier would be answered in kind.",
        # (c) quoted, postposed reporting clause
        '"Any attack on our ships will be met with a firm response," Norwegian Defence '
        "Minister Ola Brekke said.",
    ],
)
def test_a_supposed_act_answered_is_a_threat_not_a_charge(text: str) -> None:
    assert _read(text) == [("Ola Brekke", "threaten")]


@pytest.mark.parametrize(
    "text",
    [
        # An act owned by a party is done, and charged.
        "Norwegian Defence Minister Ola Brekke said that Russia's aggression against Ukraine "
        "will receive a firm response.",
        # "any" as the object of a condemnation: condemned, whatever it is.
        "Norwegian Defence Minister Ola Brekke condemned any aggression against Ukraine.",
    ],
)
def test_an_act_owned_or_condemned_stays_a_charge(text: str) -> None:
    assert _read(text)[:1] == [("Ola Brekke", "accuse")]


@pytest.mark.parametrize(
    "text",
    [
        # A reply got from a body: no step answered.
        "Norwegian Defence Minister Ola Brekke welcomed the talks in Geneva and said that "
        "Norway will get a response from the alliance next week.",
        # A question answered by a press office whose name holds "forces".
        "Norwegian Defence Minister Ola Brekke welcomed the talks in Geneva and said that the "
        "deputies' questions would be answered by the armed forces press office.",
        # A courtesy returned in kind.
        "Norwegian Defence Minister Ola Brekke welcomed the talks in Geneva and said that the "
        "Swedish offer of cooperation would be answered in kind.",
    ],
)
def test_a_reply_got_or_returned_is_no_threat(text: str) -> None:
    assert [(h, s) for h, s in _read(text) if s != "other"] == [("Ola Brekke", "support")]


def test_a_response_received_to_proposals_is_a_reply() -> None:
    text = (
        "Norwegian Defence Minister Ola Brekke welcomed the talks in Geneva and said that "
        "Moscow will receive a response from Oslo to its proposals next week."
    )
    assert [(h, s) for h, s in _read(text) if s != "other"] == [("Ola Brekke", "support")]
