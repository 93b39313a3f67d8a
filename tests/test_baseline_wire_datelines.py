"""A news agency's dateline opening a paragraph ("VILNIUS, March 2 —", "KYIV, Ukraine (AP)
—", "MOSCOW, Feb 24 (Reuters) -", "WASHINGTON —", "London, 3 March:") is the place and date
of the report, no part of the sentence after it: the splitter
(``sentences.split_sentences`` through ``loading.datelines.wire_dateline_end``) sets it
apart, so the sentence's subject is the minister named after it, not the city before it.
In four surroundings (publisher and agency style, party, way of naming the speaker,
sentence shape), with look-alikes that stay whole: a capital named in apposition, a
capitalised place and a dash in a sentence's own grammar, a heading in capitals, a heading
with a colon, a dateline-like run in the middle of a paragraph. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions

from summarise.extraction.sentences import split_sentences


def _pieces(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "item"),
    [
        # (a) an unattributed wire: capitals, a written date, an em dash, a titled minister
        (
            "VILNIUS, March 2 — Lithuanian Foreign Minister Gabrielius Landsbergis condemned "
            "the Russian invasion of Ukraine.",
            ("Gabrielius Landsbergis", "accuse", "Russian invasion of Ukraine"),
        ),
        # (b) Reuters style: abbreviated month, agency, a hyphen; a spokesman for his state
        (
            "MOSCOW, Feb 24 (Reuters) - Kremlin spokesman Dmitry Peskov rejected the Western "
            "sanctions as illegitimate.",
            ("Russia", "oppose", "Western sanctions"),
        ),
        # (c) AP style: city and country, agency, no date; a president by title and name
        (
            "WARSAW, Poland (AP) — Polish President Andrzej Duda condemned the shelling of "
            "Kharkiv.",
            ("Andrzej Duda", "accuse", "shelling of Kharkiv"),
        ),
        # (d) a British paper: a capitalised city, day before month, a colon; a demand
        (
            "London, 3 March: Prime Minister Boris Johnson urged Russia to withdraw its troops "
            "from Ukraine.",
            ("Boris Johnson", "demand", "Russia to withdraw its troops from Ukraine"),
        ),
        # (e) the bare city of an American paper, then a Secretary of State's welcome
        (
            "WASHINGTON — Secretary of State Antony Blinken welcomed the decision of the "
            "European Union.",
            ("Antony Blinken", "support", "decision of the European Union"),
        ),
        # (f) the sentence after it opens with a quotation, its speaker after it
        (
            "KYIV, Ukraine (AP) — \u201cWe condemn this barbaric attack,\u201d President "
            "Volodymyr Zelenskyy said.",
            ("Volodymyr Zelenskyy", "accuse", "barbaric attack"),
        ),
    ],
)
def test_the_sentence_after_a_dateline_keeps_its_own_subject(
    text: str, item: tuple[str, str, str]
) -> None:
    assert positions(extract(text)) == [item]


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        (
            "Talks resumed.\nBERLIN, Feb. 7, 2022 (AFP) \u2014 Germany said it would act.",
            ["Talks resumed.", "BERLIN, Feb. 7, 2022 (AFP) \u2014", "Germany said it would act."],
        ),
        (
            "ST. PETERSBURG, Russia \u2014 The governor said the port stayed open.",
            ["ST. PETERSBURG, Russia \u2014", "The governor said the port stayed open."],
        ),
        (
            "Brussels, 24 February (Reuters) \u2013 NATO said it would meet.",
            ["Brussels, 24 February (Reuters) \u2013", "NATO said it would meet."],
        ),
        (
            "NEW YORK, March 1 -- The Council met again.",
            ["NEW YORK, March 1 --", "The Council met again."],
        ),
    ],
)
def test_a_dateline_opening_a_paragraph_is_a_piece_of_its_own(text: str, pieces: list[str]) -> None:
    assert _pieces(text) == pieces


@pytest.mark.parametrize(
    "text",
    [
        # a capital in apposition: a comma and lower-case words, no date, no dash
        "WASHINGTON, the capital, is calm tonight, officials said.",
        # a capitalised place and a dash in the sentence's own grammar (no date, no agency)
        "Kyiv \u2014 Ukraine's capital \u2014 stands firm against the invasion.",
        # "Moscow — and only Moscow — decides": what follows the dash is no sentence's opening
        "Moscow \u2014 and only Moscow \u2014 decides the fate of the talks.",
        # a heading in capitals: nothing in lower case after the dash
        "UKRAINE \u2014 WHAT WE KNOW SO FAR",
        # a heading with a colon and no date
        "UKRAINE: What we know so far about the invasion",
    ],
)
def test_look_alikes_stay_one_sentence(text: str) -> None:
    assert _pieces(text) == [text]


def test_a_dateline_like_run_inside_a_paragraph_is_left_to_the_sentence() -> None:
    text = "Talks ended on Monday. MOSCOW \u2014 The Kremlin said nothing."

    assert _pieces(text) == ["Talks ended on Monday.", "MOSCOW \u2014 The Kremlin said nothing."]
