"""Shapes of short documents the extractor used to get nothing from (the round-19 census,
``evals/suite/census/rules21-zero-documents.md``). Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, holders


@pytest.mark.parametrize(
    ("lede", "label", "publisher", "head"),
    [
        # (a) Kremlin transcript: the lede's "The President", then his name as the label
        (
            "The President took part in a meeting of the Security Council.",
            "Ivan Sokolov",
            KREMLIN,
            "Ivan Sokolov",
        ),
        # (b) another publisher and party, the label with an interpreter's note
        (
            "The President chaired a meeting of the National Security Council.",
            "Petro Marchenko (retranslated)",
            KYIV,
            "Petro Marchenko",
        ),
        # (c) the lede fronted by a date, the head's office named with its country
        (
            "On Friday, the President of Russia held a meeting with Government members.",
            "Ivan Sokolov",
            KREMLIN,
            "Ivan Sokolov",
        ),
        # (d) the lede two clauses, the head in the second
        (
            "The Board met in Moscow, and the President addressed its members.",
            "Ivan Sokolov",
            KREMLIN,
            "Ivan Sokolov",
        ),
    ],
)
def test_the_first_speaker_of_a_transcript_whose_lede_names_the_office_is_the_head(
    lede: str, label: str, publisher: str, head: str
) -> None:
    text = (
        f"{lede}\n\n{label}: If the hostile line of our neighbours continues, we will take "
        "retaliatory military-technical measures.\n"
    )
    assert holders(extract(text, "Meeting", publisher)) == [head]


def test_a_guest_introduced_with_a_title_is_not_the_head() -> None:
    """Look-alike: the first turn is the guest's, whom the lede named (with a title the
    extractor does not read)."""
    text = (
        "The President met with Governor of Tula Region Ivan Sokolov.\n\n"
        "Ivan Sokolov: We condemn the shelling of Belgorod by Ukraine.\n"
    )
    assert [p.holder.role for p in extract(text, "Meeting", KREMLIN).positions] != ["President"]


def test_a_lede_without_the_head_leaves_an_untitled_speaker_unread() -> None:
    """Look-alike: nothing says the speaker is the President; precision first."""
    text = (
        "A meeting of the Board took place in Moscow.\n\n"
        "Ivan Sokolov: If the hostile line of our neighbours continues, we will take "
        "retaliatory military-technical measures.\n"
    )
    assert holders(extract(text, "Meeting", KREMLIN)) == []


def test_another_states_president_in_the_lede_is_not_the_head() -> None:
    """Look-alike: the lede's President is France's, so the speaker is not Russia's head."""
    text = (
        "The President of France arrived in Moscow for talks.\n\n"
        "Jean Dupont: If the hostile line of our neighbours continues, we will take "
        "retaliatory military-technical measures.\n"
    )
    assert holders(extract(text, "Talks", KREMLIN)) == []


_CONDEMN = "We condemn the shelling of Kharkiv by Russian forces."


@pytest.mark.parametrize(
    ("label", "publisher", "holder", "role"),
    [
        # (a) a White House background call: the administration's official is the state
        (
            "SENIOR ADMINISTRATION OFFICIAL",
            WHITE_HOUSE,
            "United States",
            "senior administration official",
        ),
        # (b) the official of a department: the department holds it
        (
            "SENIOR STATE DEPARTMENT OFFICIAL",
            WHITE_HOUSE,
            "US Department of State",
            "senior state department official",
        ),
        # (c) another publisher and party, the label in title case
        ("Senior Government Official", KYIV, "Ukraine", "senior government official"),
        # (d) another rank, after an interpreter's note
        ("GOVERNMENT OFFICIAL (as interpreted)", KYIV, "Ukraine", "government official"),
    ],
)
def test_an_official_labelled_by_rank_alone_speaks_for_their_government(
    label: str, publisher: str, holder: str, role: str
) -> None:
    text = (
        f"MODERATOR: Thanks, everyone. This call is on background.\n\n{label}: Thanks. {_CONDEMN}\n"
    )
    held = extract(text, "Background Press Call", publisher).positions
    assert [p.holder.name for p in held] == [holder]
    assert held[0].via is not None
    assert held[0].via.kind == "government"
    assert held[0].via.role == role


def test_the_unnamed_officials_turn_reports_movements_too() -> None:
    """(e) the turn's facts are evidence, as a named speaker's are."""
    text = (
        "MODERATOR: Over to our first speaker.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Over the weekend, Russia flew another twelve "
        "fighter jets into Belarus.\n"
    )
    moves = extract(text, "Background Press Call", WHITE_HOUSE).military_movements
    assert [(m.actor.name, m.activity) for m in moves] == [("Russia", "deploy")]


def test_the_moderator_of_a_background_call_holds_nothing() -> None:
    """Look-alike: the moderator's label is no official's."""
    text = f"MODERATOR: {_CONDEMN}\n\nSENIOR ADMINISTRATION OFFICIAL: Thanks.\n"
    assert holders(extract(text, "Background Press Call", WHITE_HOUSE)) == []


def test_a_titled_speaker_is_still_the_office_holder() -> None:
    """Look-alike: "THE PRESIDENT:" is an office the text resolves, not an unnamed official."""
    text = f"Remarks by President Ivan Petrenko\n\nTHE PRESIDENT: {_CONDEMN}\n"
    assert holders(extract(text, "Remarks by President Ivan Petrenko", KYIV)) == ["Ivan Petrenko"]


def test_an_unnamed_official_in_a_news_text_has_no_state() -> None:
    """Look-alike: no publisher's state to speak for (precision first)."""
    text = f"SENIOR ADMINISTRATION OFFICIAL: {_CONDEMN}\n"
    assert holders(extract(text, "Story")) == []


@pytest.mark.parametrize(
    ("sentence", "publisher"),
    [
        # (a) a White House official's preview of a call
        (
            "The President will raise all of this with the leaders of the Nordic states "
            "on a video call on Friday.",
            WHITE_HOUSE,
        ),
        # (b) another publisher, the head in the first person
        ("I will take it up with President Anna Olsen when we speak tomorrow.", KYIV),
        # (c) the matter named between the verb and "up with"
        (
            "The President will take the question of gas transit up with the leaders of "
            "the Baltic states.",
            WHITE_HOUSE,
        ),
        # (d) one clause of two
        (
            "Our position is clear, and the President will raise all of this with the "
            "Nordic leaders.",
            WHITE_HOUSE,
        ),
    ],
)
def test_taking_a_matter_up_with_a_party_is_no_undertaking(sentence: str, publisher: str) -> None:
    assert "commit" not in [p.stance for p in extract(sentence, "Statement", publisher).positions]


def test_taking_the_lead_is_still_an_undertaking() -> None:
    """Look-alike: "take" with no "up with" after it (a comma ends the reach)."""
    text = "The President will take the lead in supporting Ukraine, and stand up with our allies."
    held = extract(text, "Statement", WHITE_HOUSE).positions
    assert [p.stance for p in held] == ["commit"]


@pytest.mark.parametrize(
    ("sentence", "publisher"),
    [
        # a preposition brings in the verb "up with" belongs to
        (
            "The President will take the lead in standing up with our allies against aggression.",
            WHITE_HOUSE,
        ),
        # another party named, in a news text: "and" joins a second verb of the subject
        ("Poland will take in refugees and line up with its NATO allies.", None),
    ],
)
def test_up_with_of_another_verb_leaves_the_take_an_undertaking(
    sentence: str, publisher: str | None
) -> None:
    """Look-alike: "up with" after "take" but of a verb a preposition or "and" brings in."""
    assert [p.stance for p in extract(sentence, "Statement", publisher).positions] == ["commit"]


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        # (a) reported, the condition an attack on one's own state
        (
            "President Ivan Petrenko said that his army would enter the fighting only if "
            "Moldova itself came under attack.",
            "Ivan Petrenko",
        ),
        # (b) another party and way of naming it, the reporting clause after
        ("Belarus will enter the war only if it is invaded, Minsk said.", "Belarusian government"),
        # (c) the condition an ally's being attacked
        (
            "Foreign Minister Anna Olsen said Norway would send troops only if a NATO ally "
            "were attacked.",
            "Anna Olsen",
        ),
        # (d) "only when", the attack in the passive
        (
            "Defence Minister Hans Weber said Germany would open fire only when its "
            "soldiers were attacked.",
            "Hans Weber",
        ),
    ],
)
def test_acting_only_if_attacked_is_an_undertaking(sentence: str, holder: str) -> None:
    """One's own act limited to answering an attack asks nothing of anyone: a pledge."""
    assert [(p.holder.name, p.stance) for p in extract(sentence).positions] == [(holder, "commit")]


def test_acting_only_if_another_party_acts_is_still_a_demand() -> None:
    """Look-alike: the condition is the other side's act, which the speaker asks for."""
    text = (
        "The Kremlin said Russia would resume talks only if Ukraine withdrew its forces "
        "from Donbas."
    )
    assert [p.stance for p in extract(text).positions] == ["demand"]


_ANSWERS = "Answers to media questions"


@pytest.mark.parametrize(
    ("question", "answer", "publisher", "stance"),
    [
        # (a) a Kremlin transcript, the premise's noun as the answer's subject
        (
            "Question: Western leaders charge Russia with preparing an invasion. What is your "
            "response?",
            "Ivan Sokolov: These accusations have nothing to do with reality.",
            KREMLIN,
            "deny",
        ),
        # (b) a White House transcript, the noun as the cue's object
        (
            "Q: Moscow says NATO is massing troops on its border. How do you respond?",
            "THE PRESIDENT: We reject these allegations.",
            WHITE_HOUSE,
            "deny",
        ),
        # (c) Kyiv's, an accusation in return
        (
            "Question: Moscow claims that Ukraine is planning an offensive in Donbas. Is that so?",
            "Petro Marchenko: Such talk is simply a pretext.",
            KYIV,
            "accuse",
        ),
        # (d) a fronted adverb and an adjective before the noun
        (
            "Question: Minsk says Polish troops are gathering near Brest. Your comment?",
            "Ivan Sokolov: Frankly, these absurd claims are groundless.",
            KREMLIN,
            "deny",
        ),
    ],
)
def test_an_answer_naming_the_questions_claim_takes_its_premise(
    question: str, answer: str, publisher: str, stance: str
) -> None:
    title = "Remarks by President Ivan Petrenko" if publisher == WHITE_HOUSE else _ANSWERS
    held = extract(f"{question}\n\n{answer}\n", title, publisher).positions
    assert [p.stance for p in held] == [stance]


def test_the_same_remark_with_no_question_before_is_nothing() -> None:
    """Nothing was asked, so nothing says what the accusations are."""
    text = "Ivan Sokolov: These accusations have nothing to do with reality.\n"
    assert extract(text, _ANSWERS, KREMLIN).positions == []


def test_a_question_about_nothing_of_war_and_peace_gives_no_topic() -> None:
    """Look-alike: the premise is gossip, no party or issue named."""
    text = (
        "Question: People say you like fishing on weekends. Is that true?\n\n"
        "Ivan Sokolov: These stories have nothing to do with reality.\n"
    )
    assert extract(text, _ANSWERS, KREMLIN).positions == []


def test_a_bare_demonstrative_answer_stays_unread() -> None:
    """Look-alike: "that" alone may stand for the question itself, not the claim in it."""
    text = (
        "Question: Western leaders charge Russia with preparing an invasion. Will you respond?\n\n"
        "Ivan Sokolov: That has nothing to do with reality.\n"
    )
    assert extract(text, _ANSWERS, KREMLIN).positions == []
