"""The one-pass scan finds what each lexicon finds on its own, and nothing else."""

from __future__ import annotations

import pytest

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import LexiconPattern
from summarise.extraction.backends.baseline.scan import TextScan

TEXT = (
    "Finland hopes that Russia will return to the table. If Moscow refuses, the Allies "
    "are prepared to impose further sanctions on Tuesday. Sweden sent 300 troops and "
    "spoke by phone with Norway, which denied any plans to withdraw. Nobody phoned back, "
    "a minister said."
)


def lexicons() -> dict[str, LexiconPattern]:
    lexicon = load_lexicon()
    return {
        "speech": lexicon.speech,
        "stances": lexicon.stances,
        "punitive": lexicon.punitive,
        "conditions": lexicon.conditions,
        "activities": lexicon.activities,
        "contact_modes": lexicon.contact_modes,
        "when": lexicon.when,
    }


@pytest.mark.parametrize("name", sorted(lexicons()))
def test_the_scan_agrees_with_each_lexicon(name: str) -> None:
    pattern = lexicons()[name]
    scan = TextScan(TEXT)
    direct = [(m.start(), m.end(), m.lastgroup) for m in pattern.finditer(TEXT)]
    scanned = [(m.start(), m.end(), m.lastgroup) for m in scan.find(pattern, 0, len(TEXT))]
    assert scanned == direct
    assert direct  # the text holds something of every lexicon


def test_a_range_holds_only_matches_wholly_inside_it() -> None:
    scan = TextScan(TEXT)
    speech_at = TEXT.index("spoke by phone")
    inside = scan.find(load_lexicon().contact_modes, speech_at, speech_at + len("spoke by phone"))
    assert [m.group() for m in inside] == ["by phone"]
    assert scan.at(load_lexicon().contact_modes, TEXT.index("by phone"), len(TEXT)) is not None
    assert scan.first(load_lexicon().contact_modes, 0, speech_at) is None
