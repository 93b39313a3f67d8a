"""A quotation running over several sentences has one speaker throughout: '"… We do not
see any withdrawal. … Russia must pull its troops back," he said' gives its last sentences
to him as much as its first, though its "he said" lies further from the sentence that
named him. And an item restated by a quotation goes on with the quotation's words: its
next sentence restating them joins the item too (``merge``). Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, extract

_LONG_QUOTE = (
    "\u201cThe situation on the border is under control. We see the same forces as before. "
    "We see small rotations and nothing more. Nobody should confuse rotations with a "
    "withdrawal. Russia must pull its troops back from the border,\u201d {pronoun} {verb}."
)


def _demands(text: str, source: str | None) -> list[str]:
    draft = extract(text, source=source)
    return [p.holder.name for p in draft.positions if p.stance == "demand"]


@pytest.mark.parametrize(
    ("opening", "source", "pronoun", "verb", "holder"),
    [
        # (a) a state's readout, the head named with his office
        (
            "President of Ukraine Petro Kovalenko spoke in Kharkiv on Monday.",
            KYIV,
            "he",
            "said",
            "Petro Kovalenko",
        ),
        # (b) a news report of another party's minister, "she added"
        (
            "Foreign Minister Anna Berzina of Latvia spoke to reporters in Riga on Monday.",
            None,
            "she",
            "added",
            "Anna Berzina",
        ),
        # (c) another publisher, the person named bare by surname after his title
        (
            "Secretary of State John Miller spoke to reporters in Brussels. Miller arrived there "
            "on Sunday.",
            WHITE_HOUSE,
            "he",
            "stressed",
            "John Miller",
        ),
        # (d) another sentence shape: the speaker named as the subject of a sentence of
        # saying before the quotation
        (
            "Defence Minister Jan Kowal said the army was ready.",
            None,
            "he",
            "told reporters",
            "Jan Kowal",
        ),
    ],
)
def test_a_long_quotation_keeps_its_speaker_to_its_end(
    opening: str, source: str | None, pronoun: str, verb: str, holder: str
) -> None:
    text = f"{opening} {_LONG_QUOTE.format(pronoun=pronoun, verb=verb)}"
    assert _demands(text, source) == [holder]


def test_a_later_quotation_is_settled_where_it_opens() -> None:
    """A second quotation, opening far from the speaker's last sentence, is not given the
    first quotation's speaker: each is settled where it opens."""
    text = (
        "Defence Minister Jan Kowal said the army was ready. \u201cWe are calm,\u201d he said. "
        "The parade took place on Sunday. The weather was cold. The city was quiet. "
        "Thousands of people came. \u201cRussia must pull its troops back from the border,"
        "\u201d he said."
    )
    assert _demands(text, None) == []


_REJECTED = (
    "{who} rejected the reports that Russia was withdrawing its troops from the border. "
    "\u201cThe reports that Russia is withdrawing its troops are false. It is simply not true,"
    "\u201d {clause}."
)


@pytest.mark.parametrize(
    ("who", "clause", "source"),
    [
        # (a) a news report of a minister
        ("Defence Minister Jan Kowal", "he said", None),
        # (b) a state's readout of its head, another party
        ("President of Ukraine Petro Kovalenko", "the President said", KYIV),
        # (c) a press secretary speaking for her government, "she added"
        ("Press Secretary Karen Doyle", "she added", WHITE_HOUSE),
        # (d) another shape: the reporting clause naming him again
        ("Defence Minister Jan Kowal", "Kowal told reporters", None),
    ],
)
def test_an_item_ending_in_quoted_speech_goes_on_in_it(
    who: str, clause: str, source: str | None
) -> None:
    """A reported denial joined by a quotation restating it ends in the quotation's words,
    so the quotation's next sentence restating those words restates the item: one item."""
    draft = extract(_REJECTED.format(who=who, clause=clause), source=source)
    assert [len(p.evidence) for p in draft.positions if p.stance == "deny"] == [3]


def test_another_point_after_the_restatement_stays_apart() -> None:
    """Only a sentence restating the item's first or latest words joins it: a denial of
    something else, told as another point, is its own item."""
    text = (
        "Defence Minister Jan Kowal rejected the reports that Russia was withdrawing its "
        "troops from the border. \u201cThe reports that Russia is withdrawing its troops are "
        "false. But we also reject the claims that Poland is preparing an offensive,\u201d he "
        "said."
    )
    draft = extract(text)
    assert [len(p.evidence) for p in draft.positions if p.stance == "deny"] == [2, 1]
