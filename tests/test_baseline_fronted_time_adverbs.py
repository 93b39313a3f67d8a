"""An adverb of time or sequence opening a sentence with no comma after it ("Later I will
meet …", "Meanwhile Russia moved …", Quirk et al. 8.78) is a fronted adjunct: the subject
after it still opens the clause, as after "But" or "Then". The comma was the only way in
before; each category in turn, with the comma form beside it. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, contacts, extract, positions


@pytest.mark.parametrize(
    "opening", ["Later I will", "Later, I will", "Next I will", "Soon I will", "Afterwards I will"]
)
def test_a_fronted_adverb_leaves_the_speaker_the_contacts_side(opening: str) -> None:
    text = f"{opening} meet President Andrzej Duda in Warsaw."
    assert contacts(text, "Remarks by President Dana Holt", WHITE_HOUSE) == [
        (["Dana Holt", "Andrzej Duda"], "meeting", "planned")
    ]


def test_a_fronted_adverb_before_a_titled_holder() -> None:
    text = "Later Foreign Minister Anna Berg of Finland condemned the shelling of Kharkiv."
    assert [(h, s) for h, s, _ in positions(extract(text, "Update", WHITE_HOUSE))] == [
        ("Anna Berg", "accuse")
    ]


def test_a_fronted_adverb_before_a_movements_owner() -> None:
    draft = extract("Meanwhile Russia moved 3,000 troops to the border with Finland.")
    assert [(m.actor.name, m.activity) for m in draft.military_movements] == [("Russia", "deploy")]


def test_a_time_noun_after_next_is_still_a_time() -> None:
    # "Next week" is a time phrase, not the adverb: the subject after it as before.
    text = "Next week the President will meet President Andrzej Duda in Warsaw."
    assert contacts(text, "Remarks by President Dana Holt", WHITE_HOUSE) == [
        (["Dana Holt", "Andrzej Duda"], "meeting", "planned")
    ]
