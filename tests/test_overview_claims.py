"""The numbers, names and dates an overview sentence may state: those its evidence holds."""

from __future__ import annotations

import datetime as dt

import pytest

from summarise.overview.claims import evidence_of, unsupported

QUOTES = [
    "Earlier in the day the RAF scrambled fighter jets as four Russian Bear bombers skirted "
    "British airspace.",
    "US President Joe Biden confirmed he will send 3,000 more troops to Eastern Europe.",
    "Mr Johnson visited Kyiv on Tuesday, and the Minsk agreements of 2014 were discussed.",
]
# Published on a Monday.
EVIDENCE = evidence_of([*QUOTES, "Boris Johnson", "Prime Minister"], [dt.date(2022, 1, 31)])


@pytest.mark.parametrize(
    "sentence",
    [
        "The United States will send 3000 more troops to Eastern Europe.",
        "RAF jets intercepted 4 Russian bombers.",
        "Four Bear bombers skirted British airspace.",
        "Russia's bombers flew near the United Kingdom.",
        "President Biden will send troops [M3].",
        "Prime Minister Boris Johnson visited Kyiv on Tuesday.",
        "On Monday, the talks may resume and troops may march.",
        "Johnson spoke on 31 January 2022 about the 2014 Minsk agreements.",
        "In January, Johnson visited Kyiv.",
    ],
)
def test_what_the_evidence_holds_passes(sentence: str) -> None:
    assert unsupported(sentence, EVIDENCE) == []


@pytest.mark.parametrize(
    ("sentence", "missing"),
    [
        ("Biden will send 5,000 more troops.", ["number '5,000'"]),
        ("Five Russian bombers skirted British airspace.", ["number 'five'"]),
        ("Emmanuel Macron visited Kyiv.", ["name 'Emmanuel'", "name 'Macron'"]),
        ("Officials said Johnson visited Kyiv.", ["name 'Officials'"]),
        ("Johnson visited Kyiv on Wednesday.", ["date 'Wednesday'"]),
        ("Johnson visited Kyiv on 12 February.", ["date '12 February'"]),
        ("Johnson visited Kyiv in May.", ["date 'May'"]),
        ("The Minsk agreements date from 2015.", ["date '2015'"]),
    ],
)
def test_what_the_evidence_lacks_is_named(sentence: str, missing: list[str]) -> None:
    assert unsupported(sentence, EVIDENCE) == missing
