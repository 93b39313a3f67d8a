"""Sentence splitting: boundaries, abbreviations, scraped-text quirks, spans and speed."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import SEED_FILES

from summarise.extraction.sentences import split_sentences


def sentences(text: str) -> list[str]:
    return [text[start:end] for start, end in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He left. She stayed.", ["He left.", "She stayed."]),
        ("Really?! Yes. Why? he asked.", ["Really?!", "Yes.", "Why? he asked."]),
        ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
        ("Gen. Milley and Lt. Col. Vindman spoke.", ["Gen. Milley and Lt. Col. Vindman spoke."]),
        ("Troops, tanks, etc. were moved.", ["Troops, tanks, etc. were moved."]),
        ("He met J. Smith. Then left.", ["He met J. Smith.", "Then left."]),
        ("The U.S. military said so.", ["The U.S. military said so."]),
        ("U.K. Prime Minister Boris Johnson spoke.", ["U.K. Prime Minister Boris Johnson spoke."]),
        ("Aid, e.g. food, i.e. rations. Done.", ["Aid, e.g. food, i.e. rations.", "Done."]),
        ("It grew 3.5 per cent. Next year more.", ["It grew 3.5 per cent.", "Next year more."]),
        (
            "See No. 10 on it. He said no. Then left.",
            ["See No. 10 on it.", "He said no.", "Then left."],
        ),
        ("He flew to the U.S. The talks began.", ["He flew to the U.S.", "The talks began."]),
        ("On Jan. 5 they met.", ["On Jan. 5 they met."]),
        ("It was 2014. 30,000 troops came.", ["It was 2014.", "30,000 troops came."]),
    ],
)
def test_boundaries_and_abbreviations(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_closing_quotes_stay_with_their_sentence() -> None:
    text = "He said: “The talks failed.” The envoy left. “We will return,” she said."
    assert sentences(text) == [
        "He said: “The talks failed.”",
        "The envoy left.",
        "“We will return,” she said.",
    ]


def test_missing_space_after_full_stop_splits_but_not_in_acronyms_or_decimals() -> None:
    text = "He defended the military alliance.His spokesman said 3.5 U.S.Army units."
    assert sentences(text) == [
        "He defended the military alliance.",
        "His spokesman said 3.5 U.S.Army units.",
    ]


def test_lines_are_boundaries_and_blank_lines_vanish() -> None:
    text = "  Headline without stop\n\n\tFirst line. Second  \r\nThird\n   \n"
    assert sentences(text) == ["Headline without stop", "First line.", "Second", "Third"]


def test_blank_text_has_no_sentences() -> None:
    assert split_sentences("") == []
    assert split_sentences(" \n\t \n") == []


def test_seed_000_splits_at_missing_space() -> None:
    text = SEED_FILES[0].read_text(encoding="utf-8")
    found = sentences(text)
    assert "Mr Johnson defended the nation\u2019s right to sign up to the military alliance." in [
        s.removeprefix("But during the phone call, ") for s in found
    ]
    assert any(s.startswith("His spokesman said: “The Prime Minister underscored") for s in found)


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_spans_are_trimmed_ordered_and_cover_all_text(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    spans = split_sentences(text)
    assert spans
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end
        piece = text[start:end]
        assert piece == piece.strip()
        assert not text[previous_end:start].strip(), "non-blank text fell between sentences"
        previous_end = end
    assert not text[previous_end:].strip()
