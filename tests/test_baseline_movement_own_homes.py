"""A speaker's own forces going home: the possessive of their own home ("returned to their
permanent bases") is the forces' own and names no other party, so the speaker's-own reader
still owns them; and their verb may be the subject's second predicate ("are being loaded onto
trains and will return"). Each in four surroundings (publisher, party, way of naming the
formation, sentence shape), with look-alikes that must give nothing. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

_MEETING = "Meeting with Defence Minister Anton Belov"
_ASKED = "Vladimir Putin: How did the drills go?\n\nAnton Belov: "


def rows(text: str, title: str | None, source: str | None) -> list[tuple[str, str, str, str]]:
    found = extract(text, title, source).military_movements
    return [(m.actor.name, m.activity, m.forces, m.status) for m in found]


@pytest.mark.parametrize(
    ("title", "source", "text", "expected"),
    [
        # plain, a numbered army in a Kremlin transcript
        (
            _MEETING,
            KREMLIN,
            _ASKED + "Units of the 12th Army have already returned to their permanent bases.",
            ("Russia", "withdraw", "Units of the 12th Army", "completed"),
        ),
        # another publisher and party, a division, after a fronted adverbial
        (
            "Remarks by Defence Minister Jan Nowak",
            "Ministry of National Defence of Poland",
            "Jan Nowak: After the drills, two battalions of the 16th Mechanised Division "
            "returned to their barracks in Elbląg.",
            ("Poland", "withdraw", "two battalions of the 16th Mechanised Division", "completed"),
        ),
        # forces named without a formation, going back to their places of deployment
        (
            _MEETING,
            KREMLIN,
            _ASKED + "The engineer battalions are returning to their places of permanent "
            "deployment.",
            ("Russia", "withdraw", "battalions", "ongoing"),
        ),
        # the verb the subject's second predicate
        (
            _MEETING,
            KREMLIN,
            _ASKED + "The motorised rifle units of the 3rd Corps are now being loaded onto "
            "trains and will return to their garrisons on Friday.",
            ("Russia", "withdraw", "units of the 3rd Corps", "planned"),
        ),
    ],
)
def test_a_speakers_forces_going_to_their_own_home_are_his_states(
    title: str, source: str, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert rows(text, title, source) == [expected]


@pytest.mark.parametrize(
    "tail",
    [
        # a possessive of somewhere else: "their border" may be another state's
        "Units of the 12th Army have moved towards their border.",
        # a pronoun subject: a party named before
        "They have already returned to their permanent bases.",
        # a pronoun in the first predicate: whom they met is another party
        "Units of the 12th Army have met them and will return to their garrisons.",
        # a second clause with a subject of its own
        "Units of the 12th Army have left, and they will return to their garrisons.",
    ],
)
def test_no_speakers_own_where_another_party_may_be_meant(tail: str) -> None:
    assert rows(_ASKED + tail, _MEETING, KREMLIN) == []


@pytest.mark.parametrize(
    ("title", "source", "text", "expected"),
    [
        # a Kremlin transcript, a district, after a fronted adverbial
        (
            _MEETING,
            KREMLIN,
            _ASKED + "By the way, the units of the Central Military District that took part "
            "in the drills near Orenburg have completed them and are already returning to "
            "their permanent bases.",
            # "are already returning" is going on (test_baseline_movement_progressive_status)
            ("Russia", "withdraw", "units of the Central Military District", "ongoing"),
        ),
        # a news text, the state by its adjective, a passive first predicate
        (
            None,
            None,
            "After the manoeuvres, the Polish battalions that took part in them have been "
            "inspected by their commanders and will return to their garrisons next week.",
            ("Poland", "withdraw", "Polish battalions", "planned"),
        ),
        # a White House text, the second predicate in the progressive
        (
            None,
            WHITE_HOUSE,
            "As planned, the American units that trained in Norway this winter have "
            "completed their cold-weather course and are returning to their bases.",
            ("United States", "withdraw", "American units", "ongoing"),
        ),
    ],
)
def test_forces_across_a_relative_and_a_first_predicate_are_the_verbs(
    title: str | None, source: str | None, text: str, expected: tuple[str, str, str, str]
) -> None:
    assert expected in rows(text, title, source)


def test_forces_inside_another_subjects_relative_are_not_its_verbs() -> None:
    # the journalists return, not the battalions they visited
    text = (
        "The journalists who visited the Swedish battalions have filed their long reports "
        "from the training area and will return to their bases."
    )
    assert rows(text, "News", None) == []
