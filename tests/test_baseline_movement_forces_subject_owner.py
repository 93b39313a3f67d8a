"""Forces named by their state's adjective as the subject of a movement verb own the
movement of the forces it moves, however far the adjective stands from them: "the Ukrainian
armed forces have massed about 125,000 troops along the line of contact" is Ukraine's
build-up, never the owner of a build-up told the sentence before carried on to it. Four
surroundings (publisher, party, the adjective and forces noun, sentence shape: a frame
before the subject, a time adjunct, a progressive), with the look-alike where the
adjective's forces are not the verb's subject ("Watched by the Ukrainian armed forces
across the river, about 2,000 more troops have concentrated"). Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A Kremlin text, a source frame before the subject, the same activity carried.
        (
            "Russia has concentrated 3,000 troops at the border. Meanwhile, according"
            " to our data, the Ukrainian armed forces have concentrated some 90,000"
            " troops near the contact line.",
            KREMLIN,
            [("Russia", "mass"), ("Ukraine", "mass")],
        ),
        # A news report, a parenthetical frame, Belarus.
        (
            "NATO has massed 40,000 troops in Poland. Meanwhile, we are told, the Belarusian"
            " armed forces have also been massing about 20,000 soldiers along the border with"
            " Lithuania.",
            None,
            [("NATO", "mass"), ("Belarus", "mass")],
        ),
        # A White House text, a time adjunct, "ground forces".
        (
            "The United States has deployed 2,000 troops to Romania. Over the same week the"
            " Russian ground forces have already deployed another 10,000 troops to Crimea.",
            WHITE_HOUSE,
            [("United States", "deploy"), ("Russia", "deploy")],
        ),
        # A Kyiv text, a progressive, Poland.
        (
            "Belarus has moved 5,000 troops to the Brest region. In the north, the Polish armed"
            " forces have now been moving some 3,000 soldiers toward the Suwalki gap.",
            KYIV,
            [("Belarus", "deploy"), ("Poland", "deploy")],
        ),
    ],
)
def test_forces_named_by_their_state_as_subject_own_what_they_move(
    text: str, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert movement_owners(text, None, source) == expected


def test_forces_named_by_a_state_but_not_the_subject_own_nothing() -> None:
    assert movement_owners(
        "Russia has concentrated 3,000 troops at the border. Watched by the Ukrainian armed"
        " forces across the river, about 2,000 more troops have concentrated near Belgorod.",
        None,
        KREMLIN,
    ) == [("Russia", "mass"), ("Russia", "mass")]


def test_forces_the_text_names_as_a_group_are_not_the_states() -> None:
    assert movement_owners(
        "Russia has massed 3,000 troops at the border. The Ukrainian nationalist units"
        " have moved heavy artillery into the residential districts of Mariupol.",
        None,
        KREMLIN,
    ) == [("Russia", "mass")]
