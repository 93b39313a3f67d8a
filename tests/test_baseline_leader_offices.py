"""A country's "leader" named by no one ("the Russian leader", "the Kremlin leader") is the
office of that country's head as the vocabulary writes it ("President of Russia",
"Chancellor of Germany"), the form a reader and the scorer know, not "Leader of Russia"; a
leader of something else ("the Hungarian opposition leader") is no head of state. In four
surroundings, with a look-alike. Sentences invented for these tests."""

from __future__ import annotations

from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts, extract, positions


def test_a_readout_names_a_contact_with_the_russian_leader() -> None:
    assert contacts(
        "Prime Minister Elina Markova of Bulgaria held talks with the Russian President in "
        "Moscow on Monday.",
        source=KYIV,
    ) == [(["Elina Markova", "President of Russia"], "talks", "held")]


def test_a_white_house_text_names_the_german_leader_as_holder() -> None:
    assert positions(
        extract("The German leader warned that Russia would pay a heavy price.", None, WHITE_HOUSE)
    ) == [("Chancellor of Germany", "warn", "Russia would pay a heavy price")]


def test_a_kremlin_text_names_the_turkish_leader_with_a_parenthetical() -> None:
    assert positions(
        extract("The Turkish leader, in turn, condemned the attack on the pipeline.", None, KREMLIN)
    ) == [("President of Turkey", "accuse", "attack on the pipeline")]


def test_the_kremlin_leader_is_the_president_of_russia() -> None:
    assert contacts(
        "On Friday, Chancellor Klara Voss of Austria spoke by phone with the Kremlin leader."
    ) == [(["Klara Voss", "President of Russia"], "phone_call", "held")]


def test_an_opposition_leader_is_no_head_of_state() -> None:
    # Look-alike: a leader of a party or of the opposition holds no office of the state.
    (meeting,) = contacts(
        "Prime Minister Elina Markova of Bulgaria met the Hungarian opposition leader in "
        "Budapest on Monday."
    )
    assert "Prime Minister of Hungary" not in meeting[0]
