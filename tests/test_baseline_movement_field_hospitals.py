"""A field hospital is an army's medical unit moved with its equipment: deployed by its own
side, sent or handed over to another as aid ("a mobile field hospital", "two field
hospitals"; the labels name it as forces in briefings, readouts and statements of many
publishers). Four surroundings (publisher, party, way of naming the owner: the speaker's
ministry, a state, a capital, forces seen moving it; the verb: deploy, send, hand over,
move), and the look-alikes: a hospital that is no field hospital is a building, not forces;
field hospitals after "to" are where something is taken, not what moves; and people
received at one ("to help receive people", "receives refugees") are sheltered, no supply.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_rows


@pytest.mark.parametrize(
    ("text", "source", "row"),
    [
        # A Kremlin text: the speaker's instruction to his ministry, "deploy".
        (
            "Vladimir Putin: I have instructed the Defence Ministry to deploy a field hospital"
            " of the Southern Military District in the Rostov Region.",
            KREMLIN,
            ("Russia", "deploy", "field hospital of the Southern Military District"),
        ),
        # A Kyiv readout: a state, "will send", a planned aid.
        (
            "The Prime Minister of Estonia said that Estonia will send a mobile field hospital"
            " to Ukraine by the end of the month.",
            KYIV,
            ("Estonia", "supply", "mobile field hospital"),
        ),
        # A news report: a capital standing for its state, "handed over".
        (
            "Officials said Vilnius had handed over the first field hospital to the Armed"
            " Forces of Ukraine on Monday.",
            None,
            ("Lithuania", "supply", "field hospital"),
        ),
        # A White House briefing: the adversary's forces seen moving them, "move".
        (
            "We have seen Russian forces move additional field hospitals closer to the"
            " border with Ukraine.",
            WHITE_HOUSE,
            ("Russia", "deploy", "additional field hospitals"),
        ),
    ],
)
def test_a_field_hospital_moved_is_forces(
    text: str, source: str | None, row: tuple[str, str, str]
) -> None:
    assert row in movement_rows(text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A hospital that is a building: medicines sent to it are no forces.
        ("Poland will send medicines to the hospitals of Lviv this week.", None),
        ("Germany has sent doctors to hospitals in western Ukraine.", KYIV),
    ],
)
def test_a_hospital_that_is_no_field_hospital_is_no_forces(text: str, source: str | None) -> None:
    assert movement_rows(text, source) == []


def test_field_hospitals_a_thing_is_taken_to_are_no_forces() -> None:
    text = (
        "Russian forces are massing near Kharkiv. They have moved blood supplies forward to"
        " field hospitals close to the border."
    )
    assert all("hospital" not in row[2] for row in movement_rows(text, KYIV))


def test_people_received_at_a_field_hospital_are_no_supply() -> None:
    text = (
        "Vladimir Putin: I have also instructed the Defence Ministry to deploy a field hospital"
        " of the Southern Military District in Rostov Region to help receive people."
    )
    assert movement_rows(text, KREMLIN) == [
        ("Russia", "deploy", "field hospital of the Southern Military District")
    ]
