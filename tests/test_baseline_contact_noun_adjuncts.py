"""A contact noun with an owner keeps its with-phrase past a time adjunct, as a verb does
(Quirk et al. 8.13: "met on Tuesday with"): "her video call on Tuesday with X" is a contact
of its own, not the one reported before; in four surroundings. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

_OPENING = "President Anna Berg met the press. "


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        # plain
        (
            "The measures build on her video call on Tuesday with President Ivo Kask of Estonia.",
            "video_call",
        ),
        # a fronted adverbial
        (
            "After the summit, she recalled her meeting last week with President Ivo Kask of "
            "Estonia.",
            "meeting",
        ),
        # the owner named by surname, a dated adjunct
        ("Berg praised her talks on 3 March with President Ivo Kask of Estonia.", "talks"),
        # a postposed source, and one clause of two
        (
            "The measures build on her video call on Tuesday with President Ivo Kask of "
            "Estonia, the ministry said.",
            "video_call",
        ),
        (
            "She thanked the staff, and she recalled her meeting last week with President Ivo "
            "Kask of Estonia.",
            "meeting",
        ),
    ],
)
def test_a_time_adjunct_before_the_with_phrase_keeps_the_parties(text: str, mode: str) -> None:
    (contact,) = extract(
        _OPENING + text,
        title="Statement by the President of Lithuania",
        source="President of Lithuania",
    ).diplomatic_contacts
    assert [a.name for a in contact.participants] == ["Anna Berg", "Ivo Kask"]
    assert (contact.mode, contact.status) == (mode, "held")
