"""A punitive measure readied in a relative clause after its noun is held ready, a threat
("the sanctions we've prepared will be swift"; the guide: measures are `threaten` while
announced for later as deterrence); one's own measure forsworn is a commitment ("we will
not impose sanctions on Russia"; the guide, "No plans": what a party states it will not do),
and refusing to join others' measures rejects their policy (`oppose`). Each construction in
the four surroundings of the shape matrix, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import stances


@pytest.mark.parametrize(
    "text",
    [
        # (a) a leader's remarks, quoted, "we have"
        'Prime Minister Anna Berg said: "We have told Moscow plainly: the sanctions '
        "we've prepared with our neighbours will be quick and they will be harsh.\"",
        # (b) a government statement, another verb of readying, a plural body
        'The British government said in a statement: "The restrictions we have drawn up with '
        "our G7 partners would hit Russia's oil revenues.\"",
        # (c) a fronted adverbial, "that" opening the relative clause, an adverb in it
        "Speaking in Tokyo, Prime Minister Kenji Sato said the export controls that we have "
        "already put together with Washington would cut Russia off from chips.",
        # (d) postposed attribution, no modal of taking in the clause
        '"The sanctions we have lined up are the toughest ever," Foreign Minister Eva Holm of '
        "Sweden said.",
    ],
)
def test_a_measure_readied_after_its_noun_is_a_threat(text: str) -> None:
    assert stances(text) == ["threaten"]


@pytest.mark.parametrize(
    "text",
    [
        # Another party's measure readied: the speaker's judgement of it, no threat of theirs.
        "Russian Foreign Minister Ivan Orlov said the sanctions the European Union has "
        "prepared against Russia are unlawful.",
        # A measure taken, not readied.
        'Swedish Foreign Minister Eva Holm said: "The sanctions we have imposed are working."',
    ],
)
def test_a_measure_not_readied_by_the_speaker_is_no_threat(text: str) -> None:
    assert "threaten" not in stances(text)


@pytest.mark.parametrize(
    "text",
    [
        # (a) a transcript's "we", a concessive "whatever" that is no condition
        'Serbian President Marko Ilic said: "Serbia will remain neutral. We will not impose '
        'sanctions on Russia, whatever pressure we face."',
        # (b) reported, "would never", a named capital
        "In Belgrade, President Marko Ilic told reporters that Serbia would never impose "
        "sanctions on Russia.",
        # (c) a measure noun with its own verb, another publisher's party
        "Hungarian Prime Minister Janos Kiss said Budapest will not introduce an embargo on "
        "Russian gas, whatever Brussels decides.",
        # (d) postposed, contracted
        '"We won\'t impose any sanctions on our neighbour," Kazakh President Nurlan Abenov said.',
    ],
)
def test_ones_own_measure_forsworn_is_a_commitment(text: str) -> None:
    assert stances(text)[-1] == "commit"


@pytest.mark.parametrize(
    "text",
    [
        "Serbian President Marko Ilic said Serbia will not join any sanctions against "
        "Moscow, however hard it is pressed.",
        "Hungarian Prime Minister Janos Kiss said Hungary would never take part in an embargo "
        "on Russian gas.",
        '"We won\'t take part in the embargo," Kazakh President Nurlan Abenov said.',
        "Slovak Prime Minister Jan Novak said Slovakia has not joined the new sanctions against "
        "Russia.",
    ],
)
def test_refusing_to_join_others_measures_opposes_them(text: str) -> None:
    assert stances(text) == ["oppose"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "Not only" adds a measure: the condition still makes it a threat.
        (
            'Ukrainian President Petro Koval said: "If Russia invades, there will be not only '
            'sanctions but an embargo on its oil."',
            "threaten",
        ),
        # … and so does "not only" before a measure's own verb.
        (
            'Polish President Adam Lis said: "We will not only impose sanctions but also expel '
            'Russian diplomats if Russia invades."',
            "threaten",
        ),
        # A negation in the condition's clause, closed by a comma, leaves the measure taken.
        (
            'Polish President Adam Lis said: "If Russia does not withdraw, sanctions will follow."',
            "threaten",
        ),
        # Readiness negated is still readiness: "will not hesitate to impose".
        (
            "Slovak Prime Minister Jan Novak said Slovakia will not hesitate to impose "
            "sanctions if Russia invades.",
            "threaten",
        ),
    ],
)
def test_negations_that_forswear_no_measure(text: str, stance: str) -> None:
    assert stances(text) == [stance]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # A measure another party will not escape or avoid is still the speaker's warning.
        (
            "US Secretary of State Ruth Hale said Russia will not escape sanctions if it "
            "invades Ukraine.",
            "warn",
        ),
        (
            "German Chancellor Karl Weber said Moscow will not avoid sanctions if it crosses "
            "the border.",
            "warn",
        ),
        # Going further than a measure threatens more, it forswears nothing.
        (
            'Polish President Adam Lis said: "We will not stop at sanctions if Russia invades."',
            "threaten",
        ),
    ],
)
def test_a_negated_verb_that_takes_no_measure_forswears_none(text: str, stance: str) -> None:
    assert stances(text) == [stance]


@pytest.mark.parametrize(
    "text",
    [
        "Serbian President Marko Ilic said Serbia will not join any military alliance.",
        "Slovak Prime Minister Jan Novak said Slovakia will not join the talks.",
    ],
)
def test_not_joining_what_is_no_measure_is_no_rejection_of_one(text: str) -> None:
    assert "oppose" not in stances(text)


def test_two_measures_told_in_turn_are_two_items() -> None:
    """The guide: one item per distinct measure, also when a speaker names them in two
    sentences running."""
    text = (
        'President Ivan Petrov said: "If Russia crosses the border, our response will impose '
        "severe costs on its economy. The export controls we've prepared with Japan would cut "
        'Russia off from advanced chips."'
    )
    assert stances(text) == ["threaten", "threaten"]
