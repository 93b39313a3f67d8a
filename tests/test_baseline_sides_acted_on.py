"""A side acted on ("thanked the British side", "asked the German side", "assistance
provided by the British side") is its state, as the guide writes targets and counterparts;
a side that opens its clause ("The Turkish side stressed …") speaks, and in a leaders'
readout is its leader. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract


def targets(text: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (p.holder.name, p.target.name if p.target else None, p.target.kind if p.target else None)
        for p in extract(text, source=KYIV).positions
    ]


CALL = "Volodymyr Zelenskyy had a phone call with British Prime Minister Boris Johnson. "


@pytest.mark.parametrize(
    ("text", "state"),
    [
        # (a) plain
        (
            CALL + "Volodymyr Zelenskyy thanked the British side for its support of Ukraine's "
            "sovereignty.",
            "United Kingdom",
        ),
        # (b) after a fronted adverbial
        (
            CALL + "After the call, Volodymyr Zelenskyy thanked the British side for the "
            "anti-tank weapons.",
            "United Kingdom",
        ),
        # (c) the actor named by a pronoun after a first mention
        (
            "Volodymyr Zelenskyy spoke with German Chancellor Olaf Scholz. He asked the German "
            "side to stop buying Russian oil.",
            "Germany",
        ),
        # (d) the second verb of two
        (
            "Volodymyr Zelenskyy spoke with German Chancellor Olaf Scholz and asked the German "
            "side to stop buying Russian oil.",
            "Germany",
        ),
        # (d) a postposed reporting clause, the actor named by office
        (
            CALL + "The President thanked the British side for its support of Ukraine's "
            "sovereignty, the Office said.",
            "United Kingdom",
        ),
    ],
)
def test_a_side_acted_on_is_its_state(text: str, state: str) -> None:
    # Without the rule the side is the one person of its state named: Johnson, Scholz. The
    # side thanked "for its support of …" holds that support too (test_baseline_thanked_for_its).
    assert targets(text)[0] == ("Volodymyr Zelenskyy", state, "state")
    assert all(holder == state for holder, _, _ in targets(text)[1:])


def test_a_side_opening_its_clause_after_and_speaks_for_its_leader() -> None:
    # "and" opens the clause: read as acted on, the holder would be the state.
    draft = extract(
        "Vladimir Putin had a telephone conversation with President of Turkey Recep Tayyip "
        "Erdogan, and the Turkish side stressed the need for a ceasefire.",
        "Telephone conversation with President of Turkey Recep Tayyip Erdogan",
        KREMLIN,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        ("Recep Tayyip Erdogan", "demand")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "In the opinion of the Russian side, Norway is sabotaging the agreements.",
        "According to the Russian side, Norway is sabotaging the agreements.",
    ],
)
def test_a_side_named_as_the_source_speaks(text: str) -> None:
    # After "of" or "to", read as acted on, the holder would be the state.
    draft = extract(
        "Vladimir Putin had a telephone conversation with Prime Minister of Norway Jonas Lind. "
        + text,
        "Telephone conversation with Prime Minister of Norway Jonas Lind",
        KREMLIN,
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [("Vladimir Putin", "accuse")]
