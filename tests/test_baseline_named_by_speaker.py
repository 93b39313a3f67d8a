"""A "he" or "she" opening a second clause after the speaker's own "I" or "we" stands for the
person the speaker named (``second_clauses._named_by_speaker``): "I spoke with President
Tamm on Monday, and she made clear that …" is Tamm's view, not the speaker's. With two
persons named, the one who opens a clause of their own; with two and neither a subject,
nobody (precision first). Invented sentences only.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) White House remarks, a name, "made clear that"
        (
            "PRESIDENT REED: I spoke with Chancellor Anna Berg this morning, and she made clear "
            "that Germany will impose sanctions on Russian banks if Russia invades Ukraine.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            ("Anna Berg", "threaten"),
        ),
        # (b) a Kremlin transcript, another party, "assured me that"
        (
            "Vladimir Putin: I spoke with President Sadyr Japarov yesterday, and he assured me "
            "that Kyrgyzstan supports the talks in Geneva.",
            "Press statements following Russian-Kazakh talks",
            KREMLIN,
            ("Sadyr Japarov", "support"),
        ),
        # (c) a briefing: two persons named, the one who opens a clause
        (
            "MS. HOLT: I won't go into private talks, but National Security Advisor Tom Reyes "
            "raised the convoy with Minister Chen Ling when they spoke on Sunday, and he made "
            "clear that any company that helps Russia evade our controls would face penalties.",
            "Press Briefing by Press Secretary Dana Holt",
            WHITE_HOUSE,
            ("Tom Reyes", "commit"),
        ),
        # (d) a Kyiv address, "we" for the first subject
        (
            "Volodymyr Zelenskyy: We met Prime Minister Mari Tamm in Kyiv today, and she "
            "stressed that Estonia condemns the shelling of Kharkiv.",
            "Address by the President of Ukraine",
            KYIV,
            ("Mari Tamm", "accuse"),
        ),
    ],
)
def test_he_or_she_after_the_speaker_is_the_person_named(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held in _held(text, title, source)


def test_two_persons_and_neither_a_subject_are_nobodys_he() -> None:
    # "he" could be Tamm or Berg: the clause stays the speaker's, as before.
    held = _held(
        "PRESIDENT REED: I spoke with President Jan Tamm and Chancellor Otto Berg this "
        "morning, and he made clear that Europe will impose sanctions on Russian banks if "
        "Russia invades Ukraine.",
        "Remarks by President Reed on Ukraine",
        WHITE_HOUSE,
    )
    assert held
    assert all(holder == "Reed" for holder, _ in held)


@pytest.mark.parametrize(
    "text",
    [
        # Only "he" and "she": "they" may be the states the persons lead, or anyone.
        "PRESIDENT REED: I spoke with Chancellor Anna Berg this morning, and they made clear "
        "that Germany will impose sanctions on Russian banks if Russia invades Ukraine.",
        # "she shares this view" says nothing of its own.
        "PRESIDENT REED: Russia must pull its forces back from the border. I spoke with "
        "Chancellor Anna Berg this morning, and she shares this view entirely.",
    ],
)
def test_they_or_a_bare_agreement_is_no_view_of_the_person_named(text: str) -> None:
    held = _held(text, "Remarks by President Reed on Ukraine", WHITE_HOUSE)
    assert "Anna Berg" not in {holder for holder, _ in held}
