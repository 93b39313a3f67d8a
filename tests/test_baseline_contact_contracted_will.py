"""A call planned with will contracted ("I'll call X tonight") is a planned phone call, as
"will call" is; in four surroundings. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

_TITLE = "Remarks by President Anna Berg of Latvia"


@pytest.mark.parametrize(
    "text",
    [
        # plain
        "I'll call President Ivo Kask of Estonia tonight.",
        # a fronted adverbial, a typographic apostrophe
        "After the meeting, I\u2019ll call President Ivo Kask of Estonia.",
        # the speaker named as a transcript turn's
        "PRESIDENT BERG: I'll call President Ivo Kask of Estonia tonight.",
        # one clause of two
        "PRESIDENT BERG: We discussed sanctions, and I'll call President Ivo Kask of Estonia "
        "tonight.",
    ],
)
def test_a_call_with_will_contracted_is_planned(text: str) -> None:
    (call,) = extract(text, title=_TITLE, source="President of Latvia").diplomatic_contacts
    assert [a.name for a in call.participants][1:] == ["Ivo Kask"]
    assert (call.mode, call.status) == ("phone_call", "planned")
