"""Another party said not to be going to keep an agreement is charged with it: "the
authorities in Kiev are just not going to implement the Minsk agreements", "Kiev is not
prepared to honour its commitments" (CAMEO 111/112: not keeping an agreement or a duty, as
"are not fulfilling", "never implemented" already were). The negated intent may stand
between the negation and the verb of keeping: "not going to", "not prepared to", "not
willing to". One's own negated plan ("We are not going to implement this plan in one
day") pledges nothing of the kind, and another verb ("publish") charges no one.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract, positions

_MEETING = "Meeting with Foreign Minister Sergei Orlov"


@pytest.mark.parametrize(
    ("text", "title", "source", "topic"),
    [
        # (a) plain, in a transcript turn
        (
            "SERGEI ORLOV: The authorities in Kiev are just not going to implement the Minsk"
            " agreements.",
            _MEETING,
            KREMLIN,
            "Minsk agreements",
        ),
        # (b) after a fronted clause, another verb of keeping
        (
            "SERGEI ORLOV: As everyone can see, Kiev is not prepared to honour its commitments"
            " under the agreements.",
            _MEETING,
            KREMLIN,
            "commitments under the agreements",
        ),
        # (c) the minister named, reported, the party another way
        (
            "Russian Foreign Minister Sergei Orlov said on Monday that the Ukrainian side was not"
            " willing to comply with the Minsk agreements.",
            None,
            None,
            "Minsk agreements",
        ),
        # (d) the second clause of two
        (
            "SERGEI ORLOV: The talks were long, and the other side is not going to abide by the"
            " ceasefire.",
            _MEETING,
            KREMLIN,
            "ceasefire",
        ),
    ],
)
def test_another_party_not_going_to_keep_an_agreement_is_charged(
    text: str, title: str | None, source: str | None, topic: str
) -> None:
    [(holder, stance, found)] = positions(extract(text, title, source))
    assert (holder, stance) == ("Sergei Orlov", "accuse")
    assert found.endswith(topic)


@pytest.mark.parametrize(
    "text",
    [
        # another verb: nothing kept or broken
        "SERGEI ORLOV: The ministry is not going to publish the figures.",
        # one's own plan, negated
        "SERGEI ORLOV: We are not going to implement this plan in one day.",
    ],
)
def test_other_verbs_or_ones_own_plan_charge_no_one(text: str) -> None:
    assert positions(extract(text, _MEETING, KREMLIN)) == []
