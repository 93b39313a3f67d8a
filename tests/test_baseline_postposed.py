"""A reporting clause after an unquoted statement ("…, Jan Nowak warned on Monday"):
the statement is the speaker's, whatever party it opens with, and so are its "I" and "we".
Every sentence is invented for the test."""

from __future__ import annotations

from baseline_helpers import extract, positions


def test_a_reporting_clause_closing_the_sentence_names_the_speaker() -> None:
    draft = extract(
        "Moldova will never accept foreign troops on its soil, Polish President Jan Nowak "
        "said on Monday."
    )
    assert positions(draft) == [("Jan Nowak", "oppose", "foreign troops on its soil")]


def test_the_statement_takes_a_stance_verb_of_reporting_when_it_has_none() -> None:
    draft = extract(
        "President Jan Nowak of Poland spoke in Warsaw. Moscow has no right to dictate terms "
        "to its neighbours, warned Mr Nowak."
    )
    assert positions(draft) == [
        ("Jan Nowak", "warn", "Moscow has no right to dictate terms to its neighbours")
    ]


def test_an_inverted_reporting_clause_with_an_apposition() -> None:
    draft = extract(
        "Foreign Minister Eva Lind of Sweden arrived in Oslo. Europe needs a new security "
        "architecture, said Eva Lind, the Swedish foreign minister."
    )
    assert positions(draft) == [("Eva Lind", "other", "Europe needs a new security architecture")]


def test_according_to_a_body_closing_the_sentence() -> None:
    draft = extract("Norway is trying to provoke a war in the Arctic, according to the Kremlin.")
    # Another party's aim stated by the holder is a charge (the guide's "trying to provoke").
    assert [(p.holder.name, p.stance) for p in draft.positions] == [
        ("Russian government", "accuse")
    ]


def test_first_person_in_reported_speech_is_the_speaker() -> None:
    draft = extract(
        "We will defend every inch of our territory, Prime Minister Eva Lind of Sweden said."
    )
    assert positions(draft) == [("Eva Lind", "commit", "every inch of our territory")]


def test_a_first_person_movement_in_reported_speech_is_the_speakers_state() -> None:
    draft = extract(
        "We are sending 500 troops to Lithuania, Prime Minister Eva Lind of Sweden told "
        "reporters in Stockholm."
    )
    assert [m.actor.name for m in draft.military_movements] == ["Sweden"]


def test_an_introductory_phrase_is_no_statement() -> None:
    draft = extract("During the talks in Geneva, Foreign Minister Jan Kowal of Poland said so.")
    assert draft.positions == []


def test_a_verb_of_saying_with_a_complement_is_no_closing_clause() -> None:
    # The reporting clause opens the sentence after its time phrase: the usual reading.
    draft = extract(
        "In Warsaw on Monday, President Jan Nowak of Poland said Moldova must be free to "
        "choose its alliances."
    )
    assert [(p.holder.name, p.stance) for p in draft.positions] == [("Jan Nowak", "demand")]


def test_the_parties_together_are_no_speaker_of_a_closing_clause() -> None:
    draft = extract(
        "In Geneva on Monday, the delegations met, and the talks lasted several hours, "
        "the Kremlin said."
    )
    assert draft.positions == []


def test_a_verb_passing_on_a_message_is_no_reporting_clause() -> None:
    # "reported" informs: the ministry passes the news on, and holds no position by it.
    draft = extract("Moldova needs a new security architecture, the Kremlin reported on Monday.")
    assert draft.positions == []
