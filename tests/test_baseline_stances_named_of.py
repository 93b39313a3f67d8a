"""Another party's voiced stance named in the of-genitive is its own position, as in the
s-genitive ("Germany's decision", "Moscow's ultimatum"): "the commitment of Poland to
supply …", "the demands of Russia that …", and a position named with its stance after the
possessor, "the steady position of the Alliance in support of …", "the principled
position of NATO on commitment to the open door policy" (the guide: views a speaker
attributes to others are those others' positions). A stance named as absent ("Without the
support of the CSTO, …") and a position with no stance word after it hold none.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, held_stances

_MINISTER = "Foreign Minister Olena Marchenko of Ukraine"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) plain
        (
            f"{_MINISTER} welcomed the commitment of Poland to supply more air defence systems.",
            [("Olena Marchenko", "support"), ("Poland", "commit")],
        ),
        # (b) after a fronted adverbial
        (
            f"On Tuesday, {_MINISTER} rejected the demands of Russia that Ukraine give up Crimea.",
            [("Olena Marchenko", "oppose"), ("Russia", "demand")],
        ),
        # (c) a pronoun after a first mention; a position, its stance after the possessor.
        # The speaker noting NATO's commitment to its open door takes that policy's side
        # (dev 46 labels it `support`; ``stance_senses``: the open door upheld).
        (
            f"{_MINISTER} spoke in Kyiv on Monday. She noted the principled position of NATO on"
            " commitment to the open door policy.",
            [("Olena Marchenko", "support"), ("NATO", "commit")],
        ),
        # (d) in a quotation, the reporting clause after it
        (
            "“We welcome the steady position of the Alliance in support of the sovereignty"
            f" of Ukraine,” {_MINISTER} said.",
            [("Olena Marchenko", "support"), ("NATO", "support")],
        ),
    ],
)
def test_a_stance_named_in_the_of_genitive_is_its_possessors(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


def test_a_stance_named_as_absent_is_nobodys() -> None:
    held = held_stances(
        "KASYM TOKAROV: Without the support of the CSTO, the situation in Kazakhstan could have"
        " gone in a completely different way.",
        "Meeting with President Kasym Tokarov of Kazakhstan",
        KREMLIN,
    )
    assert all(holder != "CSTO" for holder, _ in held)


def test_a_position_with_no_stance_word_after_it_is_nobodys() -> None:
    assert held_stances(f"{_MINISTER} noted the position of the Alliance on the matter.") == [
        ("Olena Marchenko", "other")
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"{_MINISTER} praised the support of Poland by the European Union.",
        f"{_MINISTER} welcomed the condemnation of Russia at the United Nations.",
    ],
)
def test_the_party_supported_or_condemned_is_not_the_one_that_voiced_it(text: str) -> None:
    """The objective genitive: what follows the possessor is no object of its stance."""
    assert all(holder == "Olena Marchenko" for holder, _ in held_stances(text))
