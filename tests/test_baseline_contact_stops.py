"""Contacts that did not happen: talks whose own predicate says they stopped ("the talks
with Russia had stalled", "negotiations broke down") are off, not held, as "broke off"
already makes them; a trip warned or advised against ("warned against travel to
Belarus", "advises citizens not to travel to Russia") is a travel advisory and no visit.
In four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts


@pytest.mark.parametrize(
    ("text", "title", "source", "participants"),
    [
        # (a) a news text, a reported speaker, a past perfect and the noun's modifier
        (
            "Foreign Minister Anna Berg said on Monday that the talks with Russia had stalled.",
            None,
            None,
            ["Anna Berg", "Russia"],
        ),
        # (b) a Kyiv readout, the parties named by their capitals, "broke down"
        (
            "Negotiations between Kyiv and Moscow broke down in April.",
            "Readout",
            KYIV,
            ["Ukraine", "Russia"],
        ),
        # (c) a White House speaker's own "our talks", a perfect with an adverb
        (
            "Our talks with President Ivan Petrov have effectively collapsed.",
            "Remarks by President Dana Holt",
            WHITE_HOUSE,
            ["Dana Holt", "Ivan Petrov"],
        ),
        # (d) a Kremlin text, a phrase of coming to a halt after a preposition phrase
        (
            "The consultations with the United States on strategic stability ground to a "
            "halt last year, the Kremlin said.",
            "Statement",
            KREMLIN,
            None,
        ),
    ],
)
def test_talks_that_stopped_are_not_held(
    text: str, title: str | None, source: str | None, participants: list[str] | None
) -> None:
    found = contacts(text, title, source)
    assert all(status != "held" for _, _, status in found)
    if participants is not None:
        assert (participants, "talks", "cancelled") in found


def test_talks_that_resumed_are_held() -> None:
    # Look-alike: a verb of going on again, not of stopping.
    found = contacts("Chancellor Lena Brandt said her talks with President Ivan Petrov resumed.")
    assert all(status == "held" for _, _, status in found)


def test_a_stop_in_another_clause_keeps_the_talks_held() -> None:
    # Look-alike: the stopping verb is another clause's ("after the offensive stalled").
    found = contacts(
        "President Dana Holt held talks with President Ivan Petrov after the offensive stalled."
    )
    assert (["Dana Holt", "Ivan Petrov"], "talks", "held") in found


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a news text, a ministry, "warned … against travel to"
        ("The Foreign Office warned on Monday against travel to Belarus.", None, None),
        # (b) a White House text, "advises … not to travel to"
        (
            "The State Department advises American citizens not to travel to Russia.",
            "Statement",
            WHITE_HOUSE,
        ),
        # (c) a Kyiv text, a person cautioning against a visit, with a determiner
        (
            "Foreign Minister Olena Koval cautioned against any visit to Minsk by officials.",
            "Statement",
            KYIV,
        ),
        # (d) a reported advisory in a subordinate clause, a gerund trigger
        (
            "Chancellor Lena Brandt said the government had urged ministers against "
            "travelling to Moscow this month.",
            None,
            None,
        ),
    ],
)
def test_a_trip_warned_against_is_no_visit(
    text: str, title: str | None, source: str | None
) -> None:
    assert [mode for _, mode, _ in contacts(text, title, source) if mode == "visit"] == []


def test_a_trip_despite_warnings_is_a_visit() -> None:
    # Look-alike: the trip is made; the warnings are only its circumstance.
    found = contacts("Chancellor Lena Brandt travelled to Belarus despite warnings from her party.")
    assert (["Lena Brandt", "Belarus"], "visit", "held") in found


def test_a_warning_before_a_visit_keeps_the_visit() -> None:
    # Look-alike: "warned against escalation before her visit": the warning's object is
    # another noun, and the visit stands.
    found = contacts(
        "Chancellor Lena Brandt warned against escalation during her visit to Kyiv on Friday."
    )
    assert [names for names, mode, _ in found if mode == "visit"] == [["Lena Brandt", "Ukraine"]]
