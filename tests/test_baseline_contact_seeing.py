""" "See" in its sense of meeting ("Secretary X will see Foreign Minister Y") is a meeting
when a person is named as its object, in four surroundings; seeing things, seeing a
person's words and "glad to see you" are none. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, contacts


@pytest.mark.parametrize(
    ("text", "source", "pair"),
    [
        # plain news, a future with "will"
        (
            "Secretary of State Mark Ellis will see Foreign Minister Ivan Petrov of Bulgaria "
            "in Sofia next week.",
            None,
            {"Mark Ellis", "Ivan Petrov"},
        ),
        # another publisher and party (a Kremlin readout), "is going to"
        (
            "Foreign Minister Sergei Lavrov is going to see Foreign Minister Anna Berg of "
            "Finland in Helsinki on Monday.",
            KREMLIN,
            {"Sergei Lavrov", "Anna Berg"},
        ),
        # the actor named by honorific and surname, the past tense
        (
            "President Marek Novak of Slovakia thanked Bulgaria for its help. Mr Novak saw "
            "Prime Minister Elina Markova of Bulgaria in Sofia on Friday.",
            None,
            {"Marek Novak", "Elina Markova"},
        ),
        # a fronted adverbial, a Kyiv text
        (
            "On Tuesday, Minister of Foreign Affairs of Ukraine Oleh Marchenko saw Foreign "
            "Minister Tomas Kral of the Czech Republic in Prague.",
            KYIV,
            {"Oleh Marchenko", "Tomas Kral"},
        ),
    ],
)
def test_seeing_a_person_is_a_meeting(text: str, source: str | None, pair: set[str]) -> None:
    found = [c for c in contacts(text, source=source) if c[1] == "meeting"]
    assert len(found) == 1
    # People named again by honorific keep the surname the article gave.
    assert {p.split()[-1] for p in pair} == {name.split()[-1] for name in found[0][0]}


@pytest.mark.parametrize(
    "text",
    [
        # a person's words seen: the object is what the person said
        "Foreign Minister Ivan Petrov of Bulgaria saw President Marek Novak's statement as a "
        "step back.",
        "Prime Minister Elina Markova of Bulgaria has seen Chancellor Anna Weber's letter.",
    ],
)
def test_seeing_no_person_is_no_meeting(text: str) -> None:
    assert [c for c in contacts(text) if c[1] == "meeting"] == []


def test_glad_to_see_you_is_the_courtesy_of_a_meeting_not_another() -> None:
    """The one spoken to is no object of "see" as meeting: the courtesy opens an occasion
    the document reports by its own words (or its title), not a second one; nor is a state
    whose act one expects to see."""
    text = (
        "Vladimir Putin: Good afternoon, Mr President. I am glad to see you.\n\n"
        "Marek Novak: Thank you, Mr President. Slovakia values this dialogue.\n\n"
        "Vladimir Putin: We value it too."
    )
    assert [c for c in contacts(text, source=KREMLIN) if c[1] == "meeting"] == []
    assert contacts("We expect to see Russia withdraw its forces from our borders.") == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # plain news, a bare infinitive after the person seen
        (
            "Prime Minister Elina Markova of Bulgaria said she wanted to see President Ivan "
            "Petrov withdraw his troops.",
            None,
        ),
        # another publisher and party (a Kremlin readout), a participle after "of Finland"
        (
            "Foreign Minister Sergei Lavrov said he was pleased to see Foreign Minister Anna "
            "Berg of Finland taking a calmer line.",
            KREMLIN,
        ),
        # the actor named by honorific and surname, the past tense
        (
            "President Marek Novak of Slovakia thanked Bulgaria for its help. Mr Novak saw "
            "Chancellor Anna Weber stand firm against the pressure.",
            None,
        ),
        # a fronted adverbial, a Kyiv text, a participle
        (
            "On Tuesday, Minister of Foreign Affairs of Ukraine Oleh Marchenko saw Prime "
            "Minister Tomas Kral of the Czech Republic signing the accord.",
            KYIV,
        ),
    ],
)
def test_seeing_a_person_do_something_is_no_meeting(text: str, source: str | None) -> None:
    """A person seen with a verb after them (a participle or a bare infinitive) is an event
    perceived, not a meeting; the person seen "on Friday", "this morning" is met."""
    assert [c for c in contacts(text, source=source) if c[1] == "meeting"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Secretary of State Mark Ellis will see Foreign Minister Ivan Petrov on Friday.",
        "Secretary of State Mark Ellis is going to see President Marek Novak this morning.",
        "Secretary of State Mark Ellis will see President Marek Novak again tomorrow.",
        "Secretary of State Mark Ellis will see President Marek Novak face-to-face next week.",
    ],
)
def test_seeing_a_person_then_a_time_is_a_meeting(text: str) -> None:
    assert len([c for c in contacts(text) if c[1] == "meeting"]) == 1
