"""The idiom "so to speak" comments on the speaker's own wording: its "to speak" is no
infinitive of a contact to come, so it plans no contact; "to speak with" after a verb of
planning still does. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Chancellor Vogel met President Darin in Vienna, so to speak, as a go-between.", None),
        (
            "On Monday President Darin hosted Chancellor Vogel in Vienna, so to speak, as a"
            " go-between.",
            KREMLIN,
        ),
    ],
)
def test_so_to_speak_plans_no_contact(text: str, source: str | None) -> None:
    found = contacts(text, source=source)
    assert found
    assert all(status == "held" for _p, _m, status in found)


def test_to_speak_after_a_verb_of_planning_is_planned() -> None:
    found = contacts(
        "Chancellor Vogel plans to speak with President Darin in Vienna.", source=WHITE_HOUSE
    )
    assert found
    assert all(status == "planned" for _p, _m, status in found)
