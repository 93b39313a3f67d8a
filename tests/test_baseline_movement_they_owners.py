"""A "they" subject moving forces right after a state's movement in the same paragraph is
that state (``paragraph_owner.they_owner``): "Russia now has 100,000 troops near the border.
And this week they've moved more tactical groups toward it." Speakers name a state by
"they"; with no other party named since, the one whose movement was just told is meant."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

Row = tuple[str, str, str]


def movements(text: str, source: str | None = None) -> list[Row]:
    return [
        (m.actor.name, m.activity, m.forces)
        for m in extract(text, source=source).military_movements
    ]


@pytest.mark.parametrize(
    ("text", "source", "carried"),
    [
        # (a) a White House transcript, contracted "they've", a fronted time adverbial
        (
            "THE PRESIDENT: Russia now has some 90,000 troops near the Ukrainian border. "
            "Over the past ten days, they've moved four more tactical groups toward Kharkiv.",
            WHITE_HOUSE,
            ("Russia", "deploy", "four more tactical groups"),
        ),
        # (b) a Kremlin text: the other party, named by its capital, the uncontracted form
        (
            "Vladimir Putin: Kiev has concentrated up to 40,000 troops along the contact line. "
            "Since then, they have sent two more brigades to Mariupol.",
            KREMLIN,
            ("Ukraine", "deploy", "two more brigades"),
        ),
        # (c) a news report, the owner named by its adjective, "they will" (planned)
        (
            "Belarusian troops were deployed near the Polish border on Monday. "
            "They will send another 3,000 soldiers to Grodno next week.",
            None,
            ("Belarus", "deploy", "another 3,000 soldiers"),
        ),
        # (d) a Kyiv statement, the second clause of a sentence after ", and"
        (
            "Russia has stationed new missile units in Crimea. Yesterday the border guard "
            "reported more movement, and they have moved 30 tanks closer to Kherson.",
            KYIV,
            ("Russia", "deploy", "30 tanks"),
        ),
    ],
)
def test_they_after_a_states_movement_is_that_state(
    text: str, source: str | None, carried: Row
) -> None:
    assert carried in movements(text, source)


_BUILD_UP = "Russia has massed 90,000 troops near the Ukrainian border."


@pytest.mark.parametrize(
    "text",
    [
        # a new paragraph may have moved on to another party
        f"{_BUILD_UP}\n\nThey have moved four more tactical groups toward Kharkiv.",
        # another party named in between: "they" may be that one
        f"{_BUILD_UP} Poland is alarmed. They have moved four more tactical groups toward Lublin.",
        # a supply's recipient is a party too: "they" may be the one who received
        "The United States delivered 300 Javelins to Ukraine last week. "
        "They have moved four more brigades toward Kharkiv.",
        # too far back: three sentences on
        f"{_BUILD_UP} The talks failed. The mood is grim. Nobody knows more. "
        "They have moved four more tactical groups toward Kharkiv.",
    ],
)
def test_they_is_nobodys_where_another_may_be_meant(text: str) -> None:
    assert [
        m for m in movements(text) if m[2] == "four more tactical groups" or "brigades" in m[2]
    ] == []
