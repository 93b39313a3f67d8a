"""Where forces go, whole: names listed before the one head they share ("the Volyn, Rivne
and Zhytomyr regions"), a place named by a staff's noun of area after its town ("the Mozyr
area", "the Kyiv direction"), and the state a facility or an area lies in ("Ämari Air Base in
Estonia", "the area of Rzeszów in southeastern Poland"). Each in four surroundings
(publisher, party, way of naming, sentence shape), with the look-alikes that must keep their
old cut: an area with its own "near" postmodifier, a time after a facility ("in March"), a
list of states with no shared head. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def destinations(text: str, source: str | None = None) -> list[str | None]:
    return [m.destination for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # Three names and a plural head, a Ukrainian service.
        (
            "The State Border Guard Service has sent more units to the Sumy, Poltava and"
            " Kharkiv regions.",
            KYIV,
            "the Sumy, Poltava and Kharkiv regions",
        ),
        # Two names, a Kremlin text, "areas".
        (
            "Over the past week, Kyiv has brought about 2,000 foreign mercenaries to the"
            " Odessa and Nikolayev areas.",
            KREMLIN,
            "the Odessa and Nikolayev areas",
        ),
        # A news report, a passive, the districts.
        (
            "Two Belarusian brigades have been moved to the Brest and Pinsk districts.",
            None,
            "the Brest and Pinsk districts",
        ),
        # A White House text, a place named after a facility's state.
        (
            "The United States will send 400 more soldiers to the Adazi and Tapa areas.",
            WHITE_HOUSE,
            "the Adazi and Tapa areas",
        ),
    ],
)
def test_names_sharing_one_head_are_one_place(text: str, source: str | None, expected: str) -> None:
    assert destinations(text, source) == [expected]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        ("Belarus has moved two mechanised battalions to the Gomel area.", None, "the Gomel area"),
        (
            "Russia has brought another 5,000 troops to the Kharkiv direction.",
            KYIV,
            "the Kharkiv direction",
        ),
        (
            "New units of the Russian army have been redeployed from Omsk to the Klintsy zone.",
            WHITE_HOUSE,
            "the Klintsy zone",
        ),
        (
            "Last week, Ukraine moved two of its battalions to the Kupiansk district.",
            KYIV,
            "the Kupiansk district",
        ),
    ],
)
def test_a_town_and_its_noun_of_area_are_one_place(
    text: str, source: str | None, expected: str
) -> None:
    assert destinations(text, source) == [expected]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        (
            "The United States will deploy six F-16 fighter jets to Lielvarde Air Base in Latvia.",
            None,
            "Lielvarde Air Base in Latvia",
        ),
        (
            "Britain has moved 300 soldiers to the Tapa Training Area in Estonia.",
            WHITE_HOUSE,
            "the Tapa Training Area in Estonia",
        ),
        (
            "The Pentagon will move 900 soldiers of the 3rd Infantry Division to the area of"
            " Przemyśl in southeastern Poland.",
            None,
            "the area of Przemyśl in southeastern Poland",
        ),
        (
            "Ukraine shall deploy ten mobile units to the border with Moldova in the Odesa and"
            " Vinnytsia regions.",
            KYIV,
            "the border with Moldova in the Odesa and Vinnytsia regions",
        ),
    ],
)
def test_the_state_a_facility_or_area_lies_in_is_part_of_it(
    text: str, source: str | None, expected: str
) -> None:
    assert destinations(text, source) == [expected]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # An area with its own postmodifier keeps it (guard: "near" completes the head).
        (
            "Russia has moved a further 6,000 troops to areas near Kursk over the weekend.",
            None,
            "areas near Kursk",
        ),
        # A month after a facility is a time, not its state (guard: the calendar).
        (
            "The United States will deploy six F-16 fighter jets to Lielvarde Air Base in March.",
            None,
            "Lielvarde Air Base",
        ),
        # States listed with no shared head stay a list of states.
        (
            "Germany will send 500 soldiers to Lithuania and Latvia.",
            WHITE_HOUSE,
            "Lithuania and Latvia",
        ),
    ],
)
def test_lookalikes_keep_their_cut(text: str, source: str | None, expected: str) -> None:
    assert destinations(text, source) == [expected]
