"""What a position is about and towards whom, from grammar and the annotation guide: a
topic keeps the words that give it its polarity, names the proposition rather than the
words after the cue, and a capital that names a thing is no target. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _topic(sentence: str) -> tuple[str, str]:
    ((_, stance, topic),) = positions(extract(sentence))
    return stance, topic


_INTRO = "Norwegian Foreign Minister Per Olsen spoke on Monday. "


def _last_topic(sentence: str) -> str:
    return [t for _, _, t in positions(extract(_INTRO + sentence))][-1]


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # A prohibiting or refusing cue keeps itself: cut after it, the topic reverses.
        (
            "Olsen said on Monday that an order will prohibit new investment in the region.",
            "prohibit new investment in the region",
        ),
        ("Olsen said Norway will ban new imports from Belarus.", "ban new imports from Belarus"),
        (
            '"Belarus refused to hold a border meeting today," Olsen said.',
            "refused to hold a border meeting",
        ),
        # A negation before the cue stays with it, with the preposition governing it.
        (
            '"But under no circumstances will we give in to provocations," Olsen said.',
            "under no circumstances will we give in to provocations",
        ),
    ],
)
def test_a_negating_cue_keeps_its_polarity_in_the_topic(sentence: str, topic: str) -> None:
    assert _last_topic(sentence) == topic


def test_a_stance_that_states_the_polarity_keeps_no_negation() -> None:
    """Opposition already says "not": the topic is what is opposed."""
    assert _topic(
        "Foreign Minister Per Olsen said Norway rejects the plan to close the border."
    ) == (
        "oppose",
        "plan to close the border",
    )


def test_a_negated_cue_with_nothing_after_it_leaves_the_topic_to_what_follows() -> None:
    """ "don't worry, the talks must go on": the negation alone names nothing."""
    _, topic = _topic(
        '"Don\'t worry, the talks on security must go on," Foreign Minister Per Olsen said.'
    )
    assert "worry" not in topic


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # A predicate nominal is said of its subject: the subject is the proposition.
        (
            "Olsen stressed any further incursion into Lithuanian territory would be a tragic "
            "miscalculation.",
            "any further incursion into Lithuanian territory",
        ),
        (
            'Olsen said an attack on Lithuania would be "a disaster for the world".',
            "attack on Lithuania",
        ),
        # An expletive subject leaves the proposition to the words after it.
        (
            "Olsen warned there is a distinct possibility Belarus could close the border.",
            "there is a distinct possibility Belarus could close the border",
        ),
    ],
)
def test_a_predicate_nominal_takes_its_subject(sentence: str, topic: str) -> None:
    assert _last_topic(sentence) == topic


def test_a_verb_of_telling_skips_its_addressee() -> None:
    draft = extract(
        "Norwegian Foreign Minister Per Olsen told reporters that the deployment was "
        "temporary and limited."
    )
    ((_, _, topic),) = positions(draft)
    assert topic.startswith("deployment was temporary")


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        # A quoted word inside the phrase ends no topic.
        (
            'Olsen said there is "deep concern" about the "unprecedented" build-up of '
            "Belarusian troops on the border.",
            "unprecedented build-up of Belarusian troops on the border",
        ),
        # Nor does an abbreviation's full stop.
        (
            "Olsen said on Friday he would brief a small number of U.S. senators on Poland.",
            "brief a small number of U.S. senators on Poland",
        ),
    ],
)
def test_a_topic_runs_over_quoted_words_and_abbreviations(sentence: str, topic: str) -> None:
    assert _last_topic(sentence) == topic


@pytest.mark.parametrize(
    "thing", ["the Minsk Agreements", "the Lisbon Declaration", "the Minsk agreements"]
)
def test_a_capital_before_a_capitalised_thing_is_no_state(thing: str) -> None:
    """ "the Minsk Agreements" names a document, not Belarus (the guide's target is a party
    whose conduct the position is about)."""
    draft = extract(f"Foreign Minister Per Olsen said Norway supports {thing}.")
    (position,) = draft.positions
    assert position.target is None


def test_a_capital_as_a_place_still_names_its_state() -> None:
    draft = extract("Foreign Minister Per Olsen said Norway opposes the new plans of Minsk.")
    (position,) = draft.positions
    assert position.target is not None
    assert position.target.name == "Belarus"


def test_a_party_named_as_a_place_is_no_target() -> None:
    """The guide's target is a party whose conduct the position is about; "tensions in
    Eastern Europe" says where."""
    draft = extract(
        "Foreign Minister Per Olsen expressed his deep concern about the ongoing tensions "
        "in Eastern Europe."
    )
    (position,) = draft.positions
    assert position.target is None


def test_a_party_inside_a_relative_clause_is_no_target() -> None:
    """Praise for the allies' unity, which surprised Belarus: Belarus is not praised."""
    draft = extract(
        "Foreign Minister Per Olsen praised the unity of the allies, which surprised Belarus."
    )
    (position,) = draft.positions
    assert position.target is None


def test_a_measure_under_a_condition_keeps_the_measure() -> None:
    """ "will respond decisively if Belarus closes the border": the condition says when,
    the cue what is threatened."""
    assert _last_topic(
        "Olsen said Norway will respond decisively if Belarus closes the border."
    ) == ("respond decisively if Belarus closes the border")


def test_a_speakers_frame_is_not_the_topic() -> None:
    """ "I want to emphasise that …" frames what is said, as a verb of saying does."""
    topic = _last_topic(
        '"I want to emphasise that all disputes must be resolved through talks with '
        'Lithuania," Olsen said.'
    )
    assert topic.startswith("all disputes must be resolved")


def test_a_relative_clause_cue_is_said_of_its_antecedent() -> None:
    """ "the transit policy, which contradicts free movement": what is opposed is the
    policy, not the principle it contradicts."""
    assert (
        _last_topic(
            "Olsen said Belarus hides behind references to the so-called transit policy, which "
            "contradicts the principle of free movement."
        )
        == "so-called transit policy"
    )


@pytest.mark.parametrize(
    ("sentence", "topic"),
    [
        (
            '"If Belarus walks away from diplomacy, Belarus will bear the responsibility," '
            "Olsen said.",
            "Belarus will bear the responsibility",
        ),
        (
            '"If they call themselves neighbours, they must open the border," Olsen said.',
            "open the border",
        ),
        # A condition right after the cue goes with it when nothing else names the warning.
        (
            '"There will be, sadly, a tragedy if the escalation begins," Olsen said.',
            "tragedy if the escalation begins",
        ),
    ],
)
def test_an_opening_condition_leaves_the_topic_to_the_main_clause(
    sentence: str, topic: str
) -> None:
    assert _last_topic(sentence) == topic


def test_a_party_inside_an_aside_is_no_target() -> None:
    """ "threatened retaliatory measures if its demands - including a pledge not to admit
    Lithuania - are not met": Lithuania is named in an aside, not threatened."""
    draft = extract(
        "Belarus has threatened retaliatory measures if its demands - including a pledge not "
        "to admit Lithuania - are not met."
    )
    (position,) = draft.positions
    assert position.target is None
