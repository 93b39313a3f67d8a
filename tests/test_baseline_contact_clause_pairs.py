"""A that-clause whose subject is two people joined by "and" ("It was agreed that Minister
A and Minister B would meet") tells their own contact, not that of the people who agreed:
the clause's first conjunct is its subject and the second its partner, also when the
second bears two titles ("A and Deputy Prime Minister and Foreign Minister B") and when
the contact is a medium the two discuss a matter by ("would discuss the matter by
telephone", a means adjunct of the clause's verb). Each in several surroundings, beside
look-alikes whose matter discussed names a contact that is no occasion of theirs.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts

# Readouts of a call, the document's own occasion, before the sentence under test.
_READOUT = (
    "President Dana Holt of Finland spoke today by phone with Prime Minister Piotr Lis of "
    "Poland about European security. "
)
_KREMLIN_CALL = (
    "Vladimir Putin spoke by phone with Finnish President Dana Holt. "
    "Both leaders exchanged views on Ukraine. "
)
_HELD_CALL = (["Dana Holt", "Piotr Lis"], "phone_call", "held")
_KREMLIN_HELD = (["Vladimir Putin", "Dana Holt"], "phone_call", "held")


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # a verb of meeting, the clause's modal "will", a place naming a third state
        (
            _READOUT + "The two agreed that Secretary of State Ann Reed and Foreign Minister "
            "Jan Nowak of Poland will meet in Brussels next month to coordinate further "
            "steps.",
            WHITE_HOUSE,
            [_HELD_CALL, (["Ann Reed", "Jan Nowak"], "meeting", "planned")],
        ),
        # a holding verb and a noun trigger, "would" after "It was agreed as well"
        (
            _KREMLIN_CALL + "It was agreed as well that Foreign Minister Anna Berg of Finland "
            "and Foreign Minister Sergei Lavrov would hold a telephone conversation "
            "soon.",
            KREMLIN,
            [_KREMLIN_HELD, (["Anna Berg", "Sergei Lavrov"], "phone_call", "planned")],
        ),
        # the second bears two titles joined by "and"
        (
            _KREMLIN_CALL + "It was further agreed that Minister Sergei Lavrov and Deputy "
            "Prime Minister and Foreign Minister Anna Berg of Finland would meet in Helsinki "
            "next month.",
            KREMLIN,
            [_KREMLIN_HELD, (["Sergei Lavrov", "Anna Berg"], "meeting", "planned")],
        ),
        # a matter discussed by a medium, planned
        (
            _READOUT + "It was agreed that Anna Berg of Finland and Jan Nowak of Poland "
            "would discuss the matter by telephone within days.",
            KYIV,
            [_HELD_CALL, (["Anna Berg", "Jan Nowak"], "phone_call", "planned")],
        ),
        # … and the same told in the past after a verb of saying, with two titles
        (
            _READOUT + "The President said that Foreign Minister Anna Berg of Finland and "
            "Deputy Prime Minister and Foreign Minister Jan Nowak of Poland had discussed "
            "the matter by phone on Monday.",
            WHITE_HOUSE,
            [_HELD_CALL, (["Anna Berg", "Jan Nowak"], "phone_call", "held")],
        ),
    ],
)
def test_a_that_clause_pair_holds_its_own_contact(
    text: str, source: str, expected: list[tuple[list[str], str, str]]
) -> None:
    assert contacts(text, "Readout", source) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # the matter discussed names a gathering: no occasion of the two
        "It was agreed that Anna Berg of Finland and Jan Nowak of Poland would discuss "
        "preparations for a summit of the Nordic countries.",
        "It was agreed that Anna Berg of Finland and Jan Nowak of Poland would discuss the "
        "outcome of a visit to Kyiv.",
        "It was agreed that Anna Berg of Finland and Jan Nowak of Poland would discuss the "
        "results of a meeting of NATO.",
    ],
)
def test_a_contact_in_the_matter_discussed_is_none_of_theirs(sentence: str) -> None:
    assert contacts(_READOUT + sentence, "Readout", WHITE_HOUSE) == [_HELD_CALL]
