"""A sentence naming only a round of a series ("the second round", "a fourth round") after
a contact held in no rounds (a call) tells of other talks: it is no quote of that call, as
it is no occasion of the call's parties (occasions.another_occasion); in four surroundings.
A sentence going on about the call itself keeps its quote there. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

_CALL = (
    "President Ivo Kask of Estonia spoke by phone with Prime Minister Anna Ozola of Latvia "
    "on Monday. "
)


def _quotes(text: str) -> int:
    (call,) = extract(_CALL + text).diplomatic_contacts
    assert (call.mode, call.status) == ("phone_call", "held")
    return len(call.evidence)


@pytest.mark.parametrize(
    "text",
    [
        # plain
        "The Georgian side says the second round produced nothing.",
        # a fronted source
        "According to the Georgian side, the third round of talks ended without a result.",
        # a fronted adverbial and a postposed source
        "After a long pause, a fourth round was held in Vienna on Monday, Georgian media reported.",
        # one clause of two
        "Georgian media reported that the third round had failed, and Armenian media agreed.",
    ],
)
def test_a_round_of_other_talks_is_no_quote_of_the_call(text: str) -> None:
    assert _quotes(text) == 1


@pytest.mark.parametrize(
    "text",
    [
        "The call lasted an hour and also covered the second round of talks.",
        "The call lasted an hour, and the third round was also raised.",
    ],
)
def test_the_call_told_of_again_beside_a_round_keeps_its_quote(text: str) -> None:
    # Look-alike: the call's own noun refers back; a round beside it does not stop that.
    assert _quotes(text) == 2
