"""Whose an official is when a guest names them in their own turn of a state's transcript:
"our Foreign Minister X" is the guest's state's; an office alone ("Foreign Minister X will
meet Minister Y") says neither the guest's nor the host's, so neither is given; in the
host's own turn, or named first by the host's narration, the official stays the
publisher's. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _countries(text: str, title: str, source: str) -> dict[str, str | None]:
    contacts = extract(text, title, source).diplomatic_contacts
    return {a.name: a.country for c in contacts for a in c.participants}


@pytest.mark.parametrize(
    ("source", "host", "guest", "line", "official", "state"),
    [
        # (a) plain, a Kremlin transcript, a guest named by full name
        (
            KREMLIN,
            "Vladimir Putin",
            "Prime Minister of Norway Erik Solberg",
            "Erik Solberg: Our Foreign Minister Anne Lie will meet Mr Lavrov in Moscow in April.",
            "Anne Lie",
            "Norway",
        ),
        # (b) another publisher and party, "my" and a different office
        (
            KYIV,
            "Volodymyr Zelenskyy",
            "President of Finland Aino Virtanen",
            "Aino Virtanen: My Defence Minister Mikko Salo will visit Kyiv next week.",
            "Mikko Salo",
            "Finland",
        ),
        # (c) the possessive after a fronted phrase, a White House transcript
        (
            WHITE_HOUSE,
            "Joseph R. Biden",
            "Prime Minister of Estonia Kaja Tamm",
            "Kaja Tamm: On the defence agenda, our Defence Minister Hanno Pevkur will travel "
            "to Washington in May.",
            "Hanno Pevkur",
            "Estonia",
        ),
    ],
)
def test_a_guests_own_official_is_the_guests_state(
    source: str, host: str, guest: str, line: str, official: str, state: str
) -> None:
    text = f"{host} and {guest} made statements for the press.\n\n{host}: Thank you.\n\n{line}\n"
    assert _countries(text, "Statements for the press", source).get(official) == state


def test_an_office_alone_in_a_guests_turn_is_neither_state() -> None:
    """(d) no possessive: the guest's or the host's minister, the office does not say."""
    text = (
        "Vladimir Putin and Prime Minister of Norway Erik Solberg made statements for the "
        "press.\n\nVladimir Putin: Thank you.\n\n"
        "Erik Solberg: Foreign Minister Anne Lie will meet Minister Lavrov in Oslo in March.\n"
    )
    countries = _countries(text, "Statements for the press", KREMLIN)
    assert countries.get("Anne Lie", "absent") is None


def test_in_the_hosts_own_turn_the_official_is_the_publishers() -> None:
    """Look-alike: the host's turn names the host's minister by office alone."""
    text = (
        "Vladimir Putin and Prime Minister of Norway Erik Solberg made statements for the "
        "press.\n\nErik Solberg: Thank you.\n\n"
        "Vladimir Putin: Foreign Minister Sergei Lavrov will meet Ms Lie in Oslo in March.\n"
    )
    assert _countries(text, "Statements for the press", KREMLIN).get("Sergei Lavrov") == "Russia"


def test_an_official_the_narration_named_first_stays_the_publishers() -> None:
    """Look-alike: the host's text introduced the minister before the guest spoke."""
    text = (
        "Vladimir Putin and Prime Minister of Norway Erik Solberg made statements for the "
        "press. Foreign Minister Sergei Lavrov took part in the talks.\n\n"
        "Vladimir Putin: Thank you.\n\n"
        "Erik Solberg: Our Foreign Minister Anne Lie will meet Minister Lavrov in Oslo in March.\n"
    )
    countries = _countries(text, "Statements for the press", KREMLIN)
    assert countries.get("Sergei Lavrov") == "Russia"
    assert countries.get("Anne Lie") == "Norway"
