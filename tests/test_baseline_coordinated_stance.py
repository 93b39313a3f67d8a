"""One stance taken twice by one subject, in a bare coordination of its verb phrases, is one
position: "was not going to invade any neighbour and had no intention to move units", "welcomed
the decision and thanked Poland for its support" (the guide: a spokesman's two negations of
one deployment are one commitment; the schema: one item per
distinct fact). Two stances stay two items, and so does a second verb phrase set off by a
comma or reporting a second act ("…, and has agreed to send more troops").
"""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions

_QUOTE_RUSSIA = (
    "Moscow was not going to invade any neighbour and had no intention to move units to the border"
)


@pytest.mark.parametrize(
    ("text", "holder", "stance"),
    [
        # (a) plain: two denials of one subject
        (
            f"Russian Foreign Minister Sergei Orlov said that {_QUOTE_RUSSIA}.",
            "Sergei Orlov",
            "deny",
        ),
        # (b) after a fronted clause: two charges
        (
            "As the talks resumed, Foreign Minister Olena Marchenko of Ukraine condemned the"
            " shelling and denounced the blockade of the port.",
            "Olena Marchenko",
            "accuse",
        ),
        # (c) a pronoun after a first mention
        (
            "Foreign Minister Olena Marchenko of Ukraine spoke in Kyiv on Monday. She"
            " condemned the shelling and denounced the blockade of the port.",
            "Olena Marchenko",
            "accuse",
        ),
        # (c) a state as the subject, with a postposed "…, X said"
        (
            "Ukraine welcomed the decision and thanked Poland for its support, the ministry said.",
            "Ukraine",
            "support",
        ),
        # (d) in a quotation, the speaker after it
        (
            "“We condemn the shelling and denounce the blockade of the port,” Foreign Minister"
            " Olena Marchenko of Ukraine said.",
            "Olena Marchenko",
            "accuse",
        ),
    ],
)
def test_one_stance_taken_twice_in_coordinated_verb_phrases_is_one_position(
    text: str, holder: str, stance: str
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text))] == [(holder, stance)]


def test_the_one_position_names_both_verb_phrases() -> None:
    [(_, _, topic)] = positions(
        extract(f"Russian Foreign Minister Sergei Orlov said that {_QUOTE_RUSSIA}.")
    )
    assert "invade any neighbour" in topic
    assert "move units" in topic


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # two stances stay two items
        (
            "President Jan Kowal of Poland welcomed the decision and called for new sanctions"
            " against Russia.",
            [("Jan Kowal", "support"), ("Jan Kowal", "demand")],
        ),
        # a comma sets the second verb phrase off: read on its own, intent disclaimed for
        # an act not hostile is a pledge (test_baseline_stance_intent_disclaimed)
        (
            "Russian Foreign Minister Sergei Orlov said that Moscow was not going to invade"
            " any neighbour, and had no intention to move units to the border.",
            [("Sergei Orlov", "deny"), ("Sergei Orlov", "commit")],
        ),
        # "have agreed to" reports a second act of the same stance, not a restatement
        (
            "President Jan Kowal of Poland pledged to defend the eastern flank and has agreed"
            " to send more troops to Lithuania.",
            [("Jan Kowal", "commit"), ("Jan Kowal", "commit")],
        ),
    ],
)
def test_two_stances_or_a_verb_phrase_set_off_stay_two_items(
    text: str, found: list[tuple[str, str]]
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text))] == found
