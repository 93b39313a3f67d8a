"""A body's lower-case form ("the alliance", "the military alliance") is the same body
when it opens a sentence with a capital ("The alliance says …"). Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

_VIEW = "Finland has the right to choose its partners"


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain, opening the sentence
        f"The alliance insists that {_VIEW}.",
        # (b) after a fronted phrase (lower case, as before)
        f"On Monday, the alliance insisted that {_VIEW}.",
        # (c) named another way
        f"The military alliance insists that {_VIEW}.",
        # (d) one clause of two, and postposed
        f"The alliance insists that {_VIEW}, and Sweden agrees.",
        f"{_VIEW}, the alliance insists.",
    ],
)
def test_a_body_opening_a_sentence_is_the_body(sentence: str) -> None:
    assert [(p.holder.name, p.topic) for p in extract(sentence).positions] == [("NATO", _VIEW)]


def test_a_plural_look_alike_names_no_body() -> None:
    assert extract(f"The alliances of the region insist that {_VIEW}.").positions == []
