"""What the party a speaker addresses says, told back to it as "You say …", is that party's.

"I wish to address the heads of NATO states again today. … You say you cannot shield
our cities …": the party turned to in the paragraph holds the view the speaker reports, and "you
say you cannot X" is its refusal of what is asked of it (`oppose`). With no party addressed
in the paragraph, "You say …" is nobody's; an address in an earlier paragraph does not
carry; "what they cannot rule out" is no refusal.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


_KYIV_TITLE = "Address by the President of Ukraine"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) Kyiv's address, an organisation's leaders turned to, a demand between
        (
            "I wish to address the heads of NATO states again today. Shield the cities of "
            "Odesa. You say you cannot shield our cities since it would drag you into battle.",
            _KYIV_TITLE,
            KYIV,
            "NATO",
        ),
        # (b) another publisher and party: Moscow's speaker turning to the Alliance
        (
            "Today I would like to say to the leaders of NATO. You say that you cannot give "
            "us legal guarantees on non-enlargement.",
            "Address by the President of the Russian Federation",
            KREMLIN,
            "NATO",
        ),
        # (c) a union turned to with "appeal to", "But" before "you say"
        (
            "I appeal to the European Union. But you say that you can't stop buying Russian "
            "gas this year.",
            _KYIV_TITLE,
            KYIV,
            "EU",
        ),
        # (d) the address after a sentence of its own, the saying two sentences on
        (
            "We are grateful for every shipment. And once again I want to say to the leaders "
            "of NATO. We need aircraft. You say that you cannot send aircraft.",
            _KYIV_TITLE,
            KYIV,
            "NATO",
        ),
    ],
)
def test_you_say_is_the_addressed_partys(text: str, title: str, source: str, holder: str) -> None:
    assert (holder, "oppose") in _held(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # nobody addressed: "you" is not read
        "You say you cannot protect our sky because that would mean a wider war.",
        # the address in an earlier paragraph does not carry
        "I wish to address the heads of NATO states again today.\n\n"
        "You say you cannot protect our sky because that would mean a wider war.",
    ],
)
def test_you_say_with_no_party_addressed_is_no_ones(text: str) -> None:
    assert _held(text, _KYIV_TITLE, KYIV) == []


def test_what_they_cannot_rule_out_is_no_refusal() -> None:
    held = _held(
        "I wish to address the heads of NATO states again today. You say that you cannot "
        "rule out a wider war.",
        _KYIV_TITLE,
        KYIV,
    )
    assert ("NATO", "oppose") not in held
