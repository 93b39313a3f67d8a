"""A punitive measure told in the perfect by its taker ("we have frozen the reserves …",
"we've frozen the assets …") is the taker's `commit` (the guide: a
measure in place is a commitment), as the simple forms "froze", "freezes" already were
(``data/lexicon.toml`` [punitive] action; round 26, acts26: synthetic14 n05, n07).
Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) a President's remarks, "we have" and a relative clause after the object
        (
            "We have frozen the reserves that Russia's Central Bank set aside.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            ("Reed", "commit", "reserves that Russia's Central Bank set aside"),
        ),
        # (b) a contracted "we've" after a fronted phrase of partners
        (
            "Together with our partners, we've frozen the assets of Russian oligarchs.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            ("Reed", "commit", "assets of Russian oligarchs"),
        ),
        # (c) another publisher and party, the state named as the subject, "has"
        (
            "Ukraine has frozen the accounts of companies linked to the Kremlin.",
            "Statement by the President of Ukraine",
            KYIV,
            ("President of Ukraine", "commit", "accounts of companies linked to the Kremlin"),
        ),
        # (d) a press secretary's briefing turn, a department as the subject, "has" and a
        # time after the object
        (
            "HALE: The Treasury has frozen the assets of three Russian banks today.",
            "Press briefing by Press Secretary Karen Hale",
            WHITE_HOUSE,
            ("United States", "commit", "assets of three Russian banks"),
        ),
        # (e) a Kremlin statement, the state named after an opening phrase, "also"
        (
            "In response, Russia has also frozen the assets of the companies concerned.",
            "Statement by President Putin",
            KREMLIN,
            ("Putin", "commit", "assets of the companies concerned"),
        ),
    ],
)
def test_a_measure_told_in_the_perfect_by_its_taker_is_a_commitment(
    text: str, title: str, source: str, held: tuple[str, str, str]
) -> None:
    assert held in positions(extract(text, title, source))


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # an adjective: a conflict or talks frozen, no measure taken
        (
            "A frozen conflict in Donbass suits nobody.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
        ),
        (
            "The settlement in Donbass has remained frozen for years.",
            "Address by the President of Russia",
            KREMLIN,
        ),
        # a passive: talks frozen, no one's measure
        (
            "The talks with Moscow have been frozen since March.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
        ),
        # a participle naming assets frozen before: the speaker's proposal, no measure
        (
            "The frozen assets of the Russian state should not lie idle.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
        ),
    ],
)
def test_frozen_outside_the_perfect_takes_no_measure(text: str, title: str, source: str) -> None:
    assert [p for p in positions(extract(text, title, source)) if p[1] == "commit"] == []
