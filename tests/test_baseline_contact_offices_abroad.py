"""An official a Kremlin or Kyiv text names by an office its own state does not have
("Secretary of State Mark Ellis") is not the publisher's own, so a call or meeting with the
state's minister has two sides, in four surroundings; the state's own secretaries ("Press
Secretary", "Security Council Secretary") stay its own. And "X and I" are the two parties of
a reciprocal verb. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, contacts, extract


def _surnames(found: list[tuple[list[str], str, str]]) -> list[set[str]]:
    return [{name.split()[-1] for name in names} for names, _, _ in found]


@pytest.mark.parametrize(
    ("text", "source", "pair"),
    [
        # a Kremlin readout, a phone call
        (
            "Foreign Minister Sergei Lavrov had a telephone conversation with Secretary of "
            "State Mark Ellis.",
            KREMLIN,
            {"Lavrov", "Ellis"},
        ),
        # a Kyiv text, another party, a meeting
        (
            "Minister of Foreign Affairs of Ukraine Oleh Marchenko met with Secretary of State "
            "Mark Ellis in Kyiv.",
            KYIV,
            {"Marchenko", "Ellis"},
        ),
        # the official named again by honorific: the country learnt once holds
        (
            "Foreign Minister Sergei Lavrov welcomed Secretary of State Mark Ellis. Sergei "
            "Lavrov spoke by phone with Mr Ellis on Monday.",
            KREMLIN,
            {"Lavrov", "Ellis"},
        ),
        # a transcript turn, the medium between the verb and its with-phrase
        (
            "Sergei Lavrov: Yesterday I spoke by phone with Secretary of State Mark Ellis; it "
            "was a long conversation.",
            KREMLIN,
            {"Lavrov", "Ellis"},
        ),
    ],
)
def test_an_office_abroad_is_another_side(text: str, source: str, pair: set[str]) -> None:
    assert pair in _surnames(contacts(text, source=source))


@pytest.mark.parametrize(
    "text",
    [
        "Press Secretary Dmitry Volkov said that Russia is not threatening anyone.",
        "Security Council Secretary Dmitry Volkov said that Russia is not threatening anyone.",
    ],
)
def test_the_states_own_secretaries_stay_its_own(text: str) -> None:
    (position,) = extract(text, source=KREMLIN).positions
    assert position.holder.country == "Russia"


@pytest.mark.parametrize(
    ("text", "source", "pair"),
    [
        # a Kremlin transcript turn, a planned meeting
        (
            "Sergei Lavrov: Mr Ellis and I agreed to meet in Vienna late next week.",
            KREMLIN,
            {"Lavrov", "Ellis"},
        ),
        # a White House remark, another party, a call held
        (
            "THE PRESIDENT: Prime Minister Markova and I spoke by phone on Monday about the "
            "border.",
            "The White House",
            {"PRESIDENT", "Markova"},
        ),
        # the partner by full title, a Kyiv transcript turn, talks
        (
            "Volodymyr Zelenskyy: President of Slovakia Marek Novak and I will hold talks in "
            "Kyiv on Friday.",
            KYIV,
            {"Novak", "Zelenskyy"},
        ),
        # a fronted adverbial
        (
            "Sergei Lavrov: At the same time, Foreign Minister Anna Berg of Finland and I "
            "agreed to meet again in Helsinki.",
            KREMLIN,
            {"Lavrov", "Berg"},
        ),
    ],
)
def test_x_and_i_are_the_two_parties(text: str, source: str, pair: set[str]) -> None:
    found = _surnames(contacts(text, source=source))
    named = pair - {"PRESIDENT"}  # the White House's speaker is named by the document
    assert any(named <= names and len(names) == 2 for names in found)
