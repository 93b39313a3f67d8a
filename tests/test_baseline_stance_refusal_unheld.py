"""A refusal or a disregard charges only a party: "investors were not interested in Russian
bonds" or "the markets are in no hurry to buy Ukrainian debt" tells of a state of affairs
and charges nobody, and "President Zelensky said Ukraine is not interested in a frozen
conflict", with the speaker's state unknown, may be his own state's refusal, not a charge
(precision first: the guide's `accuse` needs another party charged). Told of another party
by a speaker whose state is known, of a party noun ("some allies"), of a party named
earlier in the clause, of a side ("the other side"), of a definite subject ("the
militants") or of a pronoun, it stays a charge.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, held_stances


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        # (a) a thing as the subject, plain
        (
            "Finance Minister Anna Kowalska said investors were not interested in Russian bonds.",
            None,
            "Anna Kowalska",
        ),
        # (b) another publisher, another party, "in no hurry"
        (
            "Foreign Minister Sergei Orlov said foreign banks were in no hurry to buy Ukrainian"
            " debt.",
            KREMLIN,
            "Sergei Orlov",
        ),
        # (c) a fronted adverbial, "that", "refused"
        (
            "On Monday, Prime Minister Jan Novak said that shipping companies refused to"
            " carry Belarusian potash.",
            None,
            "Jan Novak",
        ),
        # (d) a president whose state is not known, of a state: perhaps his own
        (
            "President Volodymyr Zelensky said Ukraine is not interested in a frozen conflict.",
            None,
            "Volodymyr Zelensky",
        ),
        # (e) a chancellor whose state is not known, "refused"
        (
            "Chancellor Olaf Scholz said Germany refused to send tanks.",
            None,
            "Olaf Scholz",
        ),
    ],
)
def test_refusal_of_no_party_charges_nobody(text: str, source: str | None, holder: str) -> None:
    assert (holder, "accuse") not in held_stances(text, source=source)


@pytest.mark.parametrize(
    "text",
    [
        # said by a speaker whose state is known, of another state
        "Ukrainian Foreign Minister Dmytro Kuleba said Russia is not interested in peace talks.",
        # a speaker whose state is not known, of another side named by its office
        "Foreign Minister Dmytro Kuleba said the Kremlin is not interested in peace talks.",
        # a party noun as the subject
        "Ukrainian Foreign Minister Dmytro Kuleba said some allies were not ready to send tanks.",
        # a definite subject the text names as an actor
        "Ukrainian Foreign Minister Dmytro Kuleba said the militants refused to open"
        " humanitarian corridors.",
        # a side as the subject
        "Ukrainian Foreign Minister Dmytro Kuleba said the other side is not interested in peace"
        " talks.",
        # the party named earlier in the clause, the refusal its second predicate
        "Ukrainian Foreign Minister Dmytro Kuleba said Russia shelled the city and is not"
        " interested in peace talks.",
    ],
)
def test_refusal_of_another_party_stays_a_charge(text: str) -> None:
    assert ("Dmytro Kuleba", "accuse") in held_stances(text)
