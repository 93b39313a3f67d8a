"""One reading of a frame a colon closes (``colon_frames``), shared by whose words follow
(``colon_sayers``), a condition's stance after it (``conditionals``) and a modal's topic
(``position_topics``). The frame runs from its clause's opening to the first colon a space
follows, with no other clause's end before it: an abbreviation ("The U.S. position") or an
aside between commas ("Our position, I repeat, is simple:") stays inside it, as the topic's
reading already had it, where the condition's reading stopped. A frame pointing to what
another said is relayed, whatever stands in it; frames may follow one another. Invented
sentences, four surroundings, with look-alikes."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, stance_topics

from summarise.extraction.backends.baseline.colon_frames import colon_frame, last_frame


def _briefing(label: str, answer: str) -> str:
    return (
        f"{label}: Good afternoon, everyone.\n\n"
        "Q Thanks. What is your answer to the latest moves on the border?\n\n"
        f"{label}: {answer}\n"
    )


def _held(text: str, title: str | None, source: str | None) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a White House briefing, an abbreviation inside the frame, a pipeline withheld
        (
            _briefing(
                "MS. REED",
                "The U.S. position has not changed: if Russia invades, the pipeline will not "
                "move forward.",
            ),
            "Press Briefing by Press Secretary Anna Reed",
            WHITE_HOUSE,
            ("United States", "threaten"),
        ),
        # (b) a Kremlin briefing, an aside between commas, an inverted condition
        (
            _briefing(
                "DMITRY ORLOV",
                "Our position, and I want to stress this, is simple: should NATO place strike "
                "missiles in Ukraine, there will be no further talks.",
            ),
            "Briefing by Presidential Press Secretary Dmitry Orlov",
            KREMLIN,
            ("Russian government", "threaten"),
        ),
        # (c) a Kyiv publication, a president quoted, the state named in the frame
        (
            "President Olena Kovalenko said: \"Ukraine's answer, as always, is clear: if "
            'Russia attacks, there will be no meeting in Minsk."',
            None,
            KYIV,
            ("Olena Kovalenko", "threaten"),
        ),
        # (d) news, a minister quoted, an aside of time in the frame
        (
            'Foreign Minister Anna Lindqvist said: "Our answer, today as before, is simple: if '
            'Russian troops cross the border, the gas contract will not go ahead."',
            None,
            None,
            ("Anna Lindqvist", "threaten"),
        ),
    ],
)
def test_a_frame_with_an_aside_or_an_abbreviation_announces_the_condition(
    text: str, title: str | None, source: str | None, expected: tuple[str, str]
) -> None:
    assert expected in _held(text, title, source)


def test_a_relayed_frame_with_an_aside_threatens_nothing() -> None:
    # Look-alike: the frame points to what another said, an aside after it.
    text = _briefing(
        "MS. REED",
        "I would point you to what the Secretary said yesterday, in Brussels: if Russia "
        "invades, the pipeline will not move forward.",
    )
    held = _held(text, "Press Briefing by Press Secretary Anna Reed", WHITE_HOUSE)
    assert ("United States", "threaten") not in held


def test_frames_that_follow_one_another_leave_the_proposition_after_the_last() -> None:
    text = _briefing(
        "MS. REED", "Our message is simple: the answer is clear: Russia must withdraw its forces."
    )
    topics = stance_topics(
        "demand", text, "Press Briefing by Press Secretary Anna Reed", WHITE_HOUSE
    )
    assert topics == ["Russia must withdraw its forces"]


@pytest.mark.parametrize(
    ("text", "colon"),
    [
        ("Our position is clear: Russia must withdraw.", 21),
        # The colon of a time closes no frame; the next one does.
        ("At 10:30 the answer was clear: Russia must withdraw.", 29),
    ],
)
def test_the_frame_ends_at_the_first_colon_a_space_follows(text: str, colon: int) -> None:
    frame = colon_frame(text, 0, len(text))
    assert frame is not None
    assert (frame.colon, frame.said, frame.relayed) == (colon, colon + 2, False)


@pytest.mark.parametrize(
    "text",
    [
        # Another clause ends before the colon: no frame opens at the sentence's start.
        "Will they withdraw? Our view: Russia must withdraw.",
        "We asked them; their answer: no.",
        # No space after the colon: a time, not a frame.
        "By 10:30 Russia must withdraw.",
    ],
)
def test_no_frame(text: str) -> None:
    assert colon_frame(text, 0, len(text)) is None


def test_a_chain_is_relayed_when_one_of_its_frames_is() -> None:
    text = "Again: recall what the Secretary said: Russia must withdraw."
    first = colon_frame(text, 0, len(text))
    last = last_frame(text, 0, len(text))
    assert first is not None
    assert not first.relayed
    assert last is not None
    assert last.relayed
    assert last.said == text.index("Russia")
