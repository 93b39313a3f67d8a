"""A body the vocabulary knows by a bare name ("the Ministry of Defence", the UK's by name)
with an of-phrase naming a state ("the Ministry of Defence of Ukraine") or a state's
possessive or adjective before it ("Ukraine's Ministry of Defence", "the Ukrainian Ministry
of Defence") is that state's, wherever the
sentence opens (a fronted adverbial had left the of-phrase out). Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.extraction.backends.baseline.mentions import find_mentions


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        # (a) plain
        (
            "The Ministry of Defence of Ukraine will deploy two brigades to the northern border.",
            "Ukraine",
        ),
        # (b) after a fronted adverbial
        (
            "Under the decree, the Ministry of Defence of Ukraine will deploy two brigades to "
            "the northern border.",
            "Ukraine",
        ),
        # (c) another state's ministry, with a verb of saying
        (
            "On Monday, the Ministry of Defence of Poland said it would deploy two brigades to "
            "the border with Belarus.",
            "Poland",
        ),
        # (d) the second clause of two
        (
            "Ukraine closed its airspace, and the Ministry of Defence of Ukraine moved two "
            "brigades to the north.",
            "Ukraine",
        ),
    ],
)
def test_a_ministry_of_a_state_is_that_states(text: str, owner: str) -> None:
    assert [m.actor.name for m in extract(text).military_movements] == [owner]


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            "Ukraine's Ministry of Defence will deploy two brigades to the northern border.",
            "Ukraine",
        ),
        (
            "By this decree, Ukraine's Ministry of Defence shall deploy two brigades to the "
            "northern border.",
            "Ukraine",
        ),
        (
            "Poland's Ministry of Defence said it would deploy two brigades to the border with "
            "Belarus.",
            "Poland",
        ),
        (
            "Within ten days, the Ukrainian Ministry of Defence shall deploy two brigades to "
            "the northern border.",
            "Ukraine",
        ),
        (
            "The Polish Ministry of Defence said it would deploy two brigades to the border "
            "with Belarus.",
            "Poland",
        ),
        # No state named: the vocabulary's by the bare name.
        ("The Ministry of Defence will deploy two brigades to Estonia.", "United Kingdom"),
    ],
)
def test_a_states_possessive_or_adjective_before_a_ministry(text: str, owner: str) -> None:
    assert [m.actor.name for m in extract(text).military_movements] == [owner]


def test_an_of_phrase_naming_no_state_is_not_the_bodys() -> None:
    (m, *_) = find_mentions("Yesterday the Ministry of Defence of Special Operations Command met.")
    assert m.text == "the Ministry of Defence"
