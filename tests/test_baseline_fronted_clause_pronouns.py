"""A person named in a fronted clause of time ("Yesterday, when we spoke with Chancellor
Weber, I told him …") is who the next sentence's "he" stands for: the clause opens the
sentence and its main clause goes on about that person. A clause of time after its main
clause ("…, the first since 2019, when President Brenn hosted the talks") is background,
and its person is not (``test_baseline_precision``). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, WHITE_HOUSE, holders_of


@pytest.mark.parametrize(
    ("text", "words", "title", "source", "holder"),
    [
        # (a) a head of state's address
        (
            "Last night, when we talked to Chancellor Karl Weber, I briefed him on the "
            "strikes on Kharkiv. He assured me Germany would speed up the work on new "
            "sanctions against Russia.",
            "speed up the",
            "Address by President of Ukraine Ivan Koval",
            KYIV,
            "Karl Weber",
        ),
        # (b) another publisher and party, a transcript turn
        (
            "PRESIDENT HALE: This morning, after I met Prime Minister Ana Silva of Portugal, "
            "we briefed our allies. She said that Portugal will support new sanctions on "
            "Russia.\n",
            "support new sanctions",
            "Remarks by President Hale",
            WHITE_HOUSE,
            "Ana Silva",
        ),
        # (c) the person named by office and name in a news text, "while"
        (
            "On Monday, while Foreign Minister Jan Novak was in Kyiv, the talks went on in "
            "Geneva. He stressed that the talks must end in a ceasefire.",
            "must end in a ceasefire",
            None,
            None,
            "Jan Novak",
        ),
        # (d) another sentence shape: a clause of "before", after a longer adverbial
        (
            "Earlier this morning, before President Oleh Marchuk left for Brussels, the "
            "talks lasted an hour. He warned that Ukraine would never accept the loss of "
            "its territory.",
            "never accept",
            None,
            None,
            "Oleh Marchuk",
        ),
    ],
)
def test_he_stands_for_the_person_of_a_fronted_clause(
    text: str, words: str, title: str | None, source: str | None, holder: str
) -> None:
    assert holders_of(text, words, title, source) == [holder]


def test_a_clause_of_time_after_the_main_clause_stays_background() -> None:
    # The look-alike of (c): the clause follows its main clause's subject.
    found = holders_of(
        "The envoy's trip to Prague was the first since 2019, when Foreign Minister Jan "
        "Novak hosted the talks. He stressed that the talks must end in a ceasefire.",
        "must end in a ceasefire",
    )
    assert found == []


def test_a_short_main_clause_before_the_clause_of_time_keeps_it_background() -> None:
    # A party named before the comma opens the main clause, however short it is.
    found = holders_of(
        "Russia objected, when Foreign Minister Jan Novak hosted the talks. He stressed "
        "that the talks must end in a ceasefire.",
        "must end in a ceasefire",
    )
    assert found == []
