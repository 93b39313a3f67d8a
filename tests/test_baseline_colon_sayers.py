"""What follows the colon of a frame naming another person is that person's position.

"The President has been clear: …", "I want to repeat what the Chancellor has said: …": a
speaker restates a named person's words after a colon, and the content is that person's,
relayed, not the speaker's own. Each frame is tested in a briefing of another publisher,
of another party, with the person named another way and in another sentence shape; the
look-alikes (a department or a state named in the frame, two sayers, a person inside
another subject of the frame, the speaker's own clause after the content) keep the speaker's holder.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _briefing(label: str, answer: str) -> str:
    return (
        f"{label}: Good afternoon, everyone.\n\n"
        "Q Thanks. What is your answer to the latest moves on the border?\n\n"
        f"{label}: {answer}\n"
    )


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "holder", "stance"),
    [
        # (a) a White House briefing, "has been crystal clear:", a conditional threat
        (
            _briefing(
                "MS. REED",
                "And I would just add that the President has been crystal clear: if Russia "
                "moves on Kyiv, we will impose severe sanctions on its banks.",
            ),
            "Press Briefing by Press Secretary Anna Reed",
            WHITE_HOUSE,
            "President of the United States",
            "threaten",
        ),
        # (b) a Kremlin briefing, a named president, an aside before the colon
        (
            _briefing(
                "DMITRY ORLOV",
                "President Vladimir Putin has been very clear, and I will repeat it: Russia "
                "demands that NATO stop its expansion to the east.",
            ),
            "Briefing by Presidential Press Secretary Dmitry Orlov",
            KREMLIN,
            "Vladimir Putin",
            "demand",
        ),
        # (c) a Kyiv briefing, the speaker's repeat of another's words, an addressee
        (
            _briefing(
                "SERHIY MARCHUK",
                "I also want to repeat what President Volodymyr Zelenskyy has said to our "
                "partners: Ukraine must receive air defence systems now.",
            ),
            "Briefing by Spokesperson Serhiy Marchuk",
            KYIV,
            "Volodymyr Zelenskyy",
            "demand",
        ),
        # (d) another shape: "has said it many times:" opening the sentence
        (
            _briefing(
                "MS. REED",
                "The President has said it many times: we support the sovereignty and "
                "territorial integrity of Moldova.",
            ),
            "Press Briefing by Press Secretary Anna Reed",
            WHITE_HOUSE,
            "President of the United States",
            "support",
        ),
    ],
)
def test_the_content_after_the_colon_is_the_named_persons(
    text: str, title: str, source: str, holder: str, stance: str
) -> None:
    assert (holder, stance) in _held(text, title, source)


_REED = "Press Briefing by Press Secretary Anna Reed"


def test_a_department_named_in_the_frame_leaves_it_to_the_speakers_side() -> None:
    text = _briefing(
        "MS. REED",
        "We'd reiterate what the State Department has said: Americans in Moldova should "
        "leave now, while commercial flights are available.",
    )
    held = _held(text, _REED, WHITE_HOUSE)
    assert held
    assert all(h == "United States" for h, _ in held)


def test_two_sayers_in_the_frame_are_left_as_they_are() -> None:
    text = _briefing(
        "MS. REED",
        "The President has said it, and Chancellor Karl Brenner has been clear: if Russia "
        "invades, the pipeline will not go forward.",
    )
    assert ("President of the United States", "threaten") not in _held(text, _REED, WHITE_HOUSE)


def test_a_person_inside_another_subject_of_the_frame_is_no_sayer() -> None:
    text = _briefing(
        "MS. REED",
        "Russia's reply to the President has been very clear: Moscow demands that NATO "
        "withdraw its forces from Romania.",
    )
    held = _held(text, _REED, WHITE_HOUSE)
    assert all(h != "President of the United States" for h, _ in held)


def test_the_speakers_own_clause_after_the_content_stays_the_speakers() -> None:
    text = _briefing(
        "MS. REED",
        "And I would add that the President has been very clear: if Russia goes further, the "
        "United States and its partners will impose heavy costs on Moscow, and we are ready "
        "to do that in the first hour.",
    )
    held = _held(text, _REED, WHITE_HOUSE)
    assert ("President of the United States", "threaten") in held
    assert ("President of the United States", "commit") not in held


def test_a_person_told_in_the_frames_tail_leaves_the_sayer_his_words() -> None:
    # The one told ("said to President Putin") is named after the sayer, in the frame.
    text = _briefing(
        "MS. REED",
        "I want to repeat what the President has said to President Putin: Russia must pull "
        "its forces back from Moldova's border.",
    )
    assert _held(text, _REED, WHITE_HOUSE) == [("President of the United States", "demand")]


def test_two_sayers_joined_before_the_verb_are_left_as_they_are() -> None:
    # Look-alike: the first of two sayers is no frame's sayer alone; named alone, he is.
    alone = "Chancellor Karl Brenner has been clear: we condemn the attack on Moldova's border."
    joined = alone.replace("has been", "and the President have been")
    assert _held(_briefing("MS. REED", alone), _REED, WHITE_HOUSE) == [("Karl Brenner", "accuse")]
    held = _held(_briefing("MS. REED", joined), _REED, WHITE_HOUSE)
    assert ("Karl Brenner", "accuse") not in held


def test_content_already_the_sayers_keeps_whoever_relays_it() -> None:
    # Look-alike for the early exit (every claim over the content already the sayer's): an
    # official relays the President's words, and the frame repeats whose they are; cut out
    # again, the content would lose the official who relays it.
    text = (
        "SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone. The President has made his "
        "decision, and he told the allies so today.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: The President has been crystal clear: he will not "
        "send American troops to fight in Ukraine.\n"
    )
    draft = extract(text, "Background Press Call by Senior Administration Officials", WHITE_HOUSE)
    relayed = [
        (p.holder.name, p.via.role if p.via else None)
        for p in draft.positions
        if "troops" in p.topic
    ]
    assert relayed
    assert all(via is not None for _, via in relayed)
