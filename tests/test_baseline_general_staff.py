"""A General Staff named bare is the one of the state whose text it is, as "the Ministry
of Defence" is its ministry: every state's forces have one. Named with its state's word
("the Ukrainian General Staff") it is that body, not an officer ranked General; in a text
of no state it is no one the rules can name. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, body_named, extract, positions

UA_GENERAL_STAFF = body_named("Ukrainian General Staff")


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        (
            "The General Staff said that Russian troops must leave Ukrainian territory.",
            KYIV,
            UA_GENERAL_STAFF,
        ),
        (
            "On Monday the General Staff stressed that Kyiv must stop shelling Donbas.",
            KREMLIN,
            "Russian General Staff",
        ),
        (
            "The Ukrainian General Staff said that Russia must withdraw its forces.",
            None,
            UA_GENERAL_STAFF,
        ),
        (
            "Yesterday the Russian General Staff demanded that Kyiv stop shelling Donbas.",
            None,
            "Russian General Staff",
        ),
    ],
)
def test_a_general_staff_is_its_states(text: str, source: str | None, holder: str) -> None:
    assert [h for h, _, _ in positions(extract(text, "Update", source))] == [holder]


def test_a_bare_general_staff_in_a_text_of_no_state_is_no_one() -> None:
    text = "The General Staff said that Russian troops must leave Ukrainian territory."
    assert positions(extract(text)) == []


def test_an_officer_ranked_general_keeps_his_name() -> None:
    text = "General Anna Kowal said that Russia must withdraw its forces from Ukraine."
    assert [h for h, _, _ in positions(extract(text))] == ["Anna Kowal"]
