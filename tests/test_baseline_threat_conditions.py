"""A threat's topic names its condition as well as its measure ("sanctions if Russia invades
Ukraine", the guide's own example): the condition's clause, before the measure or after it,
is joined to the topic as written. In four surroundings, with look-alikes: a condition of a
view that is no threat, a "whatever" that concedes, and a "should" after its subject, none
of which is joined. A threat whose clause names no party is aimed at the condition's
subject ("If Russia invades, …"), never at a party the step is done to nor the holder's
own side. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, stance_topics

from summarise.extraction.backends.baseline.threat_conditions import condition_of


@pytest.mark.parametrize(
    ("text", "title", "source", "topic"),
    [
        # (a) a White House statement, the condition opening the sentence
        (
            "If Moldova's border is crossed, we, together with our Allies, will impose severe "
            "and swift costs on Moscow.",
            "Statement by Press Secretary Dana Holt",
            WHITE_HOUSE,
            "severe and swift costs on Moscow if Moldova's border is crossed",
        ),
        # (b) a Kremlin transcript: another party threatening, named by its speaker
        (
            "Vladimir Putin: If NATO moves its strike systems closer to our borders, we will "
            "take retaliatory military-technical measures.",
            "Meeting with Security Council members",
            KREMLIN,
            "military-technical measures if NATO moves its strike systems closer to our borders",
        ),
        # (c) a Kyiv readout, an inverted "should" after "that"
        (
            "Volodymyr Zelenskyy said that, should the aggressor take another step onto "
            "Ukrainian land, Ukraine would impose sanctions on all its banks.",
            "Address by the President",
            KYIV,
            "sanctions on all its banks should the aggressor take another step onto Ukrainian land",
        ),
        # (d) a news report, the condition after the measure
        (
            "The Prime Minister said London would impose much tougher sanctions on Moscow if "
            "Russian troops cross the border.",
            None,
            None,
            "tougher sanctions on Moscow if Russian troops cross the border",
        ),
    ],
)
def test_a_threat_names_its_condition(
    text: str, title: str | None, source: str | None, topic: str
) -> None:
    assert stance_topics("threaten", text, title, source) == [topic]


def test_a_view_that_is_no_threat_keeps_its_topic() -> None:
    # An offer on a condition: its topic is what is offered, the condition no part of it.
    topics = [
        p.topic
        for p in extract(
            "If Russia pulls back its troops, we are ready to resume the talks in Geneva.",
            "Statement by Press Secretary Dana Holt",
            WHITE_HOUSE,
        ).positions
    ]
    assert topics
    assert not any("if" in topic.split() for topic in topics)


def test_whatever_concedes_and_is_no_condition() -> None:
    assert stance_topics(
        "threaten",
        "We will impose severe costs on Russia, whatever Moscow decides.",
        "Statement by Press Secretary Dana Holt",
        WHITE_HOUSE,
    ) == ["severe costs on Russia"]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        # "should" after its subject asks; it states no condition.
        ("We will impose costs on Russia and Moscow should not go further.", None),
        # After a conjunction it is inverted, a condition.
        (
            "We will impose costs on Russia and should Moscow go further, more.",
            "should Moscow go further",
        ),
    ],
)
def test_should_is_a_condition_only_inverted(text: str, joined: str | None) -> None:
    cue = text.index("impose")
    found = condition_of(text, "costs on Russia", (cue, cue + len("impose")), 0, len(text))
    assert (found.said if found is not None else None) == joined


def test_a_condition_already_cut_into_the_topic_is_not_repeated() -> None:
    text = "London will impose sanctions in case of Russian aggression."
    cue = text.index("impose")
    topic = "sanctions case of Russian aggression"
    assert condition_of(text, topic, (cue, cue + 6), 0, len(text)) is None


def test_a_condition_of_one_word_names_nothing() -> None:
    # "if necessary", "if needed": when, not on what condition.
    text = "Warsaw will provide its Ukrainian colleagues with equipment if necessary."
    cue = text.index("provide")
    assert condition_of(text, "equipment", (cue, cue + 7), 0, len(text)) is None


def _threat_targets(text: str, title: str | None, source: str | None) -> list[str | None]:
    return [
        p.target.name if p.target is not None else None
        for p in extract(text, title, source).positions
        if p.stance == "threaten"
    ]


@pytest.mark.parametrize(
    ("text", "title", "source", "target"),
    [
        # (a) a White House statement: the condition's subject opens it
        (
            "If Russia moves its tanks across the border, we will impose severe costs.",
            "Statement by Press Secretary Dana Holt",
            WHITE_HOUSE,
            "Russia",
        ),
        # (b) a Kremlin transcript: an alliance, the condition after the measure
        (
            "Vladimir Putin: We will take retaliatory military-technical measures if NATO "
            "keeps expanding eastward.",
            "Meeting with Security Council members",
            KREMLIN,
            "NATO",
        ),
        # (c) a Kyiv address: a state named by its capital, an inverted "should"
        (
            "Volodymyr Zelenskyy said that, should Minsk let its territory be used for an "
            "attack, Ukraine would impose sanctions on all its banks.",
            "Address by the President",
            KYIV,
            "Belarus",
        ),
        # (d) a news report: the subject after a determiner, named by an adjective
        (
            "The Prime Minister said London would impose much tougher sanctions if the "
            "Russian army crossed the border.",
            None,
            None,
            "Russia",
        ),
    ],
)
def test_a_threat_is_aimed_at_its_conditions_subject(
    text: str, title: str | None, source: str | None, target: str
) -> None:
    assert _threat_targets(text, title, source) == [target]


@pytest.mark.parametrize(
    "text",
    [
        # The party the step is done to is not whom the threat is aimed at.
        "If anyone attacks Moldova, we will respond with everything we have.",
        # The holder's own side named in the condition is no target.
        "If the United States is attacked, we will respond with everything we have.",
    ],
)
def test_no_target_from_a_party_the_step_is_done_to_or_the_holders_own(text: str) -> None:
    assert _threat_targets(text, "Statement by Press Secretary Dana Holt", WHITE_HOUSE) == [None]


@pytest.mark.parametrize(
    ("text", "title", "source", "topic"),
    [
        # (a) a White House statement: a concession opening the sentence
        (
            "Even if Russia does not invade, we will impose sanctions on the pipeline's operator.",
            "Statement by Press Secretary Dana Holt",
            WHITE_HOUSE,
            "sanctions on the pipeline's operator",
        ),
        # (b) a Kremlin transcript: a comparison after the measure and its comma
        (
            "Vladimir Putin: We will take retaliatory military-technical measures, as if "
            "NATO had already moved its strike systems to our borders.",
            "Meeting with Security Council members",
            KREMLIN,
            "military-technical measures",
        ),
        # (c) a Kyiv address: a concession after the measure and its comma
        (
            "Volodymyr Zelenskyy said that Ukraine would impose sanctions on all its banks, "
            "even if Minsk kept its troops at home.",
            "Address by the President",
            KYIV,
            "sanctions on all its banks",
        ),
        # (d) a news report: a concession opening the reported clause
        (
            "The Prime Minister said that even if Moscow pulled back, London would impose "
            "much tougher sanctions on Russian banks.",
            None,
            None,
            "tougher sanctions on Russian banks",
        ),
    ],
)
def test_a_concession_or_a_comparison_is_no_condition(
    text: str, title: str | None, source: str | None, topic: str
) -> None:
    # "even if" concedes, "as if" compares: joined without their first word, either would
    # read as the step's condition ("sanctions … if Russia does not invade").
    assert stance_topics("threaten", text, title, source) == [topic]


def test_a_concession_the_topic_already_runs_into_keeps_its_words() -> None:
    # Look-alike: the topic's cut ends on "even"; joining the rest gives the words as
    # written, not a topic ending on "even".
    assert stance_topics(
        "threaten",
        "We will impose severe costs on Russia even if Europe hesitates.",
        "Statement by Press Secretary Dana Holt",
        WHITE_HOUSE,
    ) == ["severe costs on Russia even if Europe hesitates"]


def test_if_so_names_no_condition() -> None:
    # "If so" points back to a condition said before: nothing of it is joined, not even
    # a dangling "if".
    assert stance_topics(
        "threaten",
        "Russia may invade. If so, we will impose severe costs on its banks.",
        "Statement by Press Secretary Dana Holt",
        WHITE_HOUSE,
    ) == ["severe costs on its banks"]


@pytest.mark.parametrize(
    ("text", "topic"),
    [
        (
            "If Russia invades, we will impose sanctions in case of further attacks.",
            "sanctions in case of further attacks",
        ),
    ],
)
def test_a_topic_that_names_its_condition_takes_no_second(text: str, topic: str) -> None:
    # Look-alike for ``_NAMES_CONDITION``: the cut already holds a condition of its own;
    # the other clause's condition is not joined after it as a second.
    assert stance_topics(
        "threaten", text, "Statement by Press Secretary Dana Holt", WHITE_HOUSE
    ) == [topic]


@pytest.mark.parametrize(
    "text",
    [
        "If they add these markets to our trade we will forget about the sanctions within a month.",
        "If the allies impose sanctions today we lose their deterrent effect by spring.",
    ],
)
def test_an_if_clause_no_comma_closes_before_the_cue_is_not_joined(text: str) -> None:
    # Look-alike for ``_CLOSED``: with no comma the if-clause runs into the consequence;
    # joined, it would carry the consequence's own words ("… we will forget").
    topics = stance_topics("threaten", text, "Statement by Press Secretary Dana Holt", WHITE_HOUSE)
    assert all(" if " not in t for t in topics)


@pytest.mark.parametrize(
    "text",
    [
        "If we impose the sanctions now, we lose their deterrent effect.",
        "Unless we impose severe costs at once, Moscow will not believe us.",
    ],
)
def test_a_cue_inside_its_own_if_clause_takes_no_condition(text: str) -> None:
    # Look-alike for ``found.start() >= cue[1]``: the cue stands inside the condition, which
    # is no condition after it ("sanctions now if we impose the sanctions now").
    topics = stance_topics("threaten", text, "Statement by Press Secretary Dana Holt", WHITE_HOUSE)
    assert all(" if " not in t and " unless " not in t for t in topics)


@pytest.mark.parametrize(
    "text",
    [
        "In the event that Moscow escalates, we will impose severe costs on its banks.",
        "In case of an attack by Russia, we will impose severe costs on its banks.",
        "Should the Kremlin escalate, we will impose severe costs on its banks.",
    ],
)
def test_a_phrase_that_opens_a_condition_leaves_its_subject_first(text: str) -> None:
    # The condition's clause begins after its opener and the phrase's "that" or "of".
    assert _threat_targets(text, "Statement by Press Secretary Dana Holt", WHITE_HOUSE) in (
        ["Russia"],
        ["Russian government"],
        [None],
    )
