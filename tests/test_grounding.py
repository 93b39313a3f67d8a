"""Grounding: quotes are found at the strictest tier that fits, with true offsets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from helpers import SEED_FILES

from summarise.extraction.grounding import (
    MIN_FUZZY_CHARS,
    GroundingIndex,
    _Normalised,
    ground_extraction,
    ground_labels,
    normalise,
)
from summarise.extraction.sentences import split_sentences
from summarise.schema import ArticleExtraction, Evidence, ExtractionDraft, is_grounded

SEED_000 = SEED_FILES[0].read_text(encoding="utf-8")

ARTICLE = (
    "The Prime Minister expressed his \u201cdeep concern\u201d about the tensions \u2013 and urged "
    "restraint.\n\nHe said: \u201cRussia\u2019s current hostile activity on the Ukrainian border "
    "must end.\u201d Around 3,000 more troops will be sent to Poland and Germany\u2026 "
    "officials said."
)


def locate(quote: str, text: str) -> Evidence:
    return GroundingIndex(text).locate(quote)


def found(evidence: Evidence, text: str = ARTICLE) -> str:
    assert evidence.start is not None
    assert evidence.end is not None
    return text[evidence.start : evidence.end]


def test_exact_match_records_offsets() -> None:
    evidence = locate("urged restraint.", ARTICLE)
    assert evidence.match == "exact"
    assert found(evidence) == "urged restraint."
    assert evidence.quote == "urged restraint."


def test_surrounding_whitespace_in_the_quote_is_not_part_of_the_span() -> None:
    evidence = locate("  urged restraint.\n", ARTICLE)
    assert evidence.match == "exact"
    assert found(evidence) == "urged restraint."


def test_earliest_occurrence_wins() -> None:
    text = "He said no. Later: he said no. Again, He Said No."
    assert locate("he said no.", text).start == 19
    assert locate("HE SAID NO.", text).start == 0


@pytest.mark.parametrize(
    ("quote", "span"),
    [
        (
            'his "deep concern" about',
            "his \u201cdeep concern\u201d about",
        ),
        (
            "the tensions - and urged",
            "the tensions \u2013 and urged",
        ),
        (
            "urged restraint. He said:",
            "urged restraint.\n\nHe said:",
        ),
        (
            "RUSSIA'S CURRENT   HOSTILE activity",
            "Russia\u2019s current hostile activity",
        ),
        (
            "Poland and Germany... officials said.",
            "Poland and Germany\u2026 officials said.",
        ),
    ],
)
def test_normalised_match_maps_back_to_the_original_span(quote: str, span: str) -> None:
    evidence = locate(quote, ARTICLE)
    assert evidence.match == "normalised"
    assert found(evidence) == span


def test_every_kind_of_whitespace_normalises_to_one_space() -> None:
    spaces = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
    assert normalise(f"a{spaces}b") == "a b"
    for space in spaces:
        assert normalise(f"a{space}b") == "a b"


@pytest.mark.parametrize(
    "text",
    [
        ARTICLE,
        SEED_000,
        "Die Stra\u00dfe  \u200b  nach\u00a0Kiew\u2026 \u00c9TAT \u0130stanbul",
        "\ufb01ne \u03a3\u039f\u03a3 \u1e9e \u0149",
        "soft\u00adhyphen,\u2060 word\u2014joiner \u2018quoted\u2019  \t\n end",
    ],
)
def test_quote_normaliser_agrees_with_the_article_normaliser(text: str) -> None:
    assert normalise(text) == _Normalised(text).text


def test_case_folding_that_changes_length_keeps_offsets_true() -> None:
    text = "Die Stra\u00dfe nach Kiew war gesperrt."
    evidence = locate("die strasse nach kiew", text)
    assert evidence.match == "normalised"
    assert found(evidence, text) == "Die Stra\u00dfe nach Kiew"


def test_one_typo_in_a_sixty_character_quote_grounds_fuzzy_with_true_offsets() -> None:
    sentence = "Russia\u2019s current hostile activity on the Ukrainian border must end."
    typo = sentence.replace("hostile", "hostle")
    assert len(typo) >= 60
    evidence = locate(typo, ARTICLE)
    assert evidence.match == "fuzzy"
    assert found(evidence) == sentence


def test_a_missing_space_in_the_article_grounds_fuzzy() -> None:
    quote = "defended the nation\u2019s right to sign up to the military alliance. His spokesman"
    evidence = locate(quote, SEED_000)
    assert evidence.match == "fuzzy"
    assert found(evidence, SEED_000) == quote.replace(". His", ".His")


@pytest.mark.parametrize(
    "quote",
    [
        "The Prime Minister warned that Russia would face severe sanctions if it invaded.",
        "Boris Johnson said Britain would send more troops to Estonia next week.",
        "The Kremlin said the talks with Downing Street had been constructive.",
    ],
)
def test_a_fabricated_sentence_is_not_grounded(quote: str) -> None:
    evidence = locate(quote, SEED_000)
    assert evidence.match == "none"
    assert evidence.start is None
    assert evidence.end is None
    assert not evidence.grounded


def test_a_changed_figure_is_not_grounded_however_close_the_rest() -> None:
    quote = "US President Joe Biden confirmed he will send 3,500 more troops to Eastern Europe"
    assert locate(quote.replace("3,500", "3,000"), SEED_000).match == "exact"
    assert locate(quote, SEED_000).match == "none"


def test_a_short_near_miss_is_not_grounded() -> None:
    quote = "deep concerns"
    assert len(quote) < MIN_FUZZY_CHARS
    assert locate(quote, ARTICLE).match == "none"


def test_a_blank_quote_is_not_grounded() -> None:
    assert locate(" \n ", ARTICLE).match == "none"


def test_real_sentences_of_seed_000_ground_at_their_positions() -> None:
    index = GroundingIndex(SEED_000)
    quotes = {
        "Russia fiercely opposes Ukraine joining NATO.": "exact",
        "The Prime Minister stressed any further Russian incursion into Ukrainian territory "
        "would be a tragic miscalculation.": "exact",
        "Earlier in the day the RAF scrambled fighter jets as four Russian Bear bombers "
        "skirted British airspace.": "exact",
        '"chronic sabotage of the Minsk agreements" - a treaty drawn up in 2014': "normalised",
        "But the Russians were intercepted by Typhoons, which took to the skies from "
        "RAF Lossimouth.": "fuzzy",
    }
    for quote, kind in quotes.items():
        evidence = index.locate(quote)
        assert evidence.match == kind, quote
        assert normalise(found(evidence, SEED_000))[:20] == normalise(quote)[:20]


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_every_seed_sentence_grounds_exactly_at_its_own_offsets(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    index = GroundingIndex(text)
    for start, end in split_sentences(text):
        sentence = text[start:end]
        evidence = index.locate(sentence)
        assert evidence.match == "exact"
        # An earlier verbatim repeat (a duplicated caption) is a legitimate first match.
        assert evidence.start == text.find(sentence)
        assert found(evidence, text) == sentence


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda p: p.name[:3])
def test_every_retyped_seed_sentence_grounds_normalised_at_the_same_span(seed: Path) -> None:
    text = seed.read_text(encoding="utf-8")
    index = GroundingIndex(text)
    for start, end in split_sentences(text):
        sentence = text[start:end]
        evidence = index.locate(normalise(sentence).upper())
        assert evidence.match in {"exact", "normalised"}
        assert normalise(found(evidence, text)) == normalise(sentence)


def draft_data() -> dict[str, Any]:
    actor = {"name": "Boris Johnson", "kind": "person"}
    return {
        "positions": [
            {
                "holder": actor,
                "stance": "concern",
                "topic": "tensions",
                "evidence": [{"quote": "expressed his \u201cdeep concern\u201d"}],
            },
            {
                "holder": actor,
                "stance": "threaten",
                "topic": "invasion",
                "evidence": [{"quote": "Johnson threatened to invade Moscow tomorrow."}],
            },
        ],
        "military_movements": [
            {
                "actor": {"name": "United States", "kind": "state"},
                "activity": "deploy",
                "forces": "3,000 more troops",
                "status": "planned",
                "evidence": [
                    {"quote": "Around 3,000 more troops will be sent"},
                    {"quote": "3,000 MORE TROOPS"},
                ],
            }
        ],
        "diplomatic_contacts": [],
    }


def test_ground_extraction_grounds_every_quote_and_keeps_the_ungrounded() -> None:
    draft = ExtractionDraft.model_validate(draft_data())
    grounded = ground_extraction(draft, ARTICLE, "article-1")
    assert grounded.article_id == "article-1"
    concern, invented = grounded.positions
    assert concern.evidence[0].match == "exact"
    assert found(concern.evidence[0]) == "expressed his \u201cdeep concern\u201d"
    assert is_grounded(concern)
    assert invented.evidence[0].match == "none"
    assert not is_grounded(invented)
    assert invented.topic == "invasion"
    movement = grounded.military_movements[0]
    assert [e.match for e in movement.evidence] == ["exact", "normalised"]
    assert movement.forces == "3,000 more troops"
    assert draft.positions[0].evidence[0].quote == concern.evidence[0].quote


def test_ground_labels_fills_quote_only_evidence_and_keeps_stored_offsets() -> None:
    data = draft_data()
    data["military_movements"][0]["evidence"][1] = {
        "quote": "3,000 MORE TROOPS",
        "start": 1,
        "end": 2,
        "match": "fuzzy",
    }
    label = ArticleExtraction.model_validate({**data, "article_id": "label-1"})
    grounded = ground_labels(label, ARTICLE)
    assert grounded.article_id == "label-1"
    assert grounded.positions[0].evidence[0].match == "exact"
    assert grounded.positions[1].evidence[0].match == "none"
    first, stored = grounded.military_movements[0].evidence
    assert found(first) == "Around 3,000 more troops will be sent"
    assert (stored.start, stored.end, stored.match) == (1, 2, "fuzzy")
