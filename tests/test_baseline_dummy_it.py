"""The "it" of an extraposed subject or of a cleft ("It is very important that …", "it is
Russia that …") stands for no party, so it is not the state named before it (Quirk et al.
18.33, 18.25). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.extraction.backends.baseline.mentions import find_mentions

_BEFORE = "Chancellor Anna Weber spoke with Russia on Monday. "


@pytest.mark.parametrize(
    "sentence",
    [
        # (a) plain, with a postposed reporting clause
        "It is very important that disputes are always resolved through dialogue, she said.",
        # (b) after a fronted phrase, in a quotation
        "“In any case, it is very important that disputes are resolved through dialogue,” she "
        "said.",
        # (c) reported, the speaker a pronoun
        "She said it was very important that disputes are always resolved through dialogue.",
        # (d) the second of two clauses
        "She said that talks had been useful and that it was necessary to resolve disputes "
        "through dialogue.",
    ],
)
def test_a_dummy_it_is_not_the_state_before(sentence: str) -> None:
    # Read as a pronoun, "it" would be Russia, the body named last, and the target.
    draft = extract(_BEFORE + sentence)
    assert draft.positions
    assert [p.target for p in draft.positions] == [None] * len(draft.positions)


def test_a_cleft_it_is_no_mention() -> None:
    assert [m.text for m in find_mentions("it is Russia that must step back")] == ["Russia"]


def test_a_referring_it_still_speaks() -> None:
    draft = extract(
        "Russia held an exercise near the border. It said that the drills would end soon."
    )
    assert [p.holder.name for p in draft.positions] == ["Russia"]
