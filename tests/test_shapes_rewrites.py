"""The shape rewrites: each applies to the shape it knows, writes English a careful writer
would, and declines anything else; the label's quotes are carried to the rewritten text."""

from __future__ import annotations

import pytest

from summarise.article import Article
from summarise.evaluation.shapes import REWRITES, Document, Edit, Piece, SetShapes
from summarise.evaluation.shapes.clause_rewrites import (
    coordinated,
    joined_clauses,
    passive_contact,
    present_perfect,
    pronoun_subject,
    relative_clause,
    subordinate_after,
)
from summarise.evaluation.shapes.rewrites import (
    according_to,
    fronted_phrase,
    fronted_time,
    inserted_time,
    neutral_paragraph,
    participle_subject,
    postposed_said,
    surname_later,
    title_apposition,
)
from summarise.evaluation.shapes.survival import measure_article
from summarise.extraction.sentences import split_sentences
from summarise.schema import ArticleExtraction


def rewrite(rule: object, text: str, sentence: str | None = None) -> str | None:
    """The whole text after ``rule`` rewrites the sentence starting with ``sentence``
    (the whole text by default)."""
    sentence = text if sentence is None else sentence
    start = text.index(sentence)
    end = next(e for s, e in split_sentences(text) if s == start)
    edit = rule(Document(text), start, end)  # type: ignore[operator]
    return None if edit is None else edit.apply(text)


def test_an_edit_carries_a_span_across_moved_words() -> None:
    text = "Ana Lind said that talks would resume."
    edit = postposed_said(Document(text), 0, len(text))
    assert edit is not None
    new = edit.apply(text)
    assert new == "Talks would resume, Ana Lind said."
    start, end = edit.map_span(0, len(text))
    assert new[start:end] == new
    clause = text.index("talks")
    start, end = edit.map_span(clause, clause + len("talks would resume"))
    assert new[start:end] == "Talks would resume"


def test_an_edit_shifts_spans_after_it_and_leaves_those_before() -> None:
    edit = Edit("insert", (Piece(4, 4, "new "),))
    assert edit.apply("old text here") == "old new text here"
    assert edit.map_span(0, 3) == (0, 3)
    assert edit.map_span(4, 8) == (8, 12)
    assert edit.map_span(0, 8) == (0, 12)


def test_a_quote_of_a_sentence_takes_in_what_is_fronted_and_not_a_paragraph_before() -> None:
    text = "Intro.\n\nThe talks ended."
    start = text.index("The")
    fronted = fronted_time(Document(text), start, len(text))
    assert fronted is None  # no verb of saying: the tense-free phrase applies instead
    phrase = fronted_phrase(Document(text), start, len(text))
    assert phrase is not None
    new = phrase.apply(text)
    assert new[slice(*phrase.map_span(start, len(text)))] == "At the same time, the talks ended."
    paragraph = neutral_paragraph(Document(text), start, len(text))
    assert paragraph is not None
    new = paragraph.apply(text)
    assert new[slice(*paragraph.map_span(start, len(text)))] == "The talks ended."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said the talks had ended.",
            "On Tuesday, the minister said the talks had ended.",
        ),
        (
            "Foreign Minister Ana Lind warned that the border was closing.",
            "On Tuesday, Foreign Minister Ana Lind warned that the border was closing.",
        ),
        ("Downing Street said it was ready.", "On Tuesday, Downing Street said it was ready."),
        ("He met the envoy in Vilnius.", "On Tuesday, he met the envoy in Vilnius."),
    ],
)
def test_a_time_is_fronted_before_a_past_statement(text: str, expected: str) -> None:
    assert rewrite(fronted_time, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister said on Monday that the talks had ended.",  # a time already said
        "The ministry has said that the talks have ended.",  # no past verb after the subject
        "However, the minister said the talks had ended.",  # an opener that stays first
        "That said, the talks had ended.",  # a fixed phrase, not a subject
        "Did the minister say the talks had ended?",  # a question
    ],
)
def test_a_time_is_not_fronted_where_it_would_clash(text: str) -> None:
    assert rewrite(fronted_time, text) is None


def test_a_tense_free_phrase_is_fronted_and_a_name_keeps_its_capital() -> None:
    text = "Vilnius has moved two brigades to the border. Troops in Vilnius are ready."
    assert rewrite(fronted_phrase, text, "Vilnius has moved two brigades to the border.") == (
        "At the same time, Vilnius has moved two brigades to the border. Troops in Vilnius "
        "are ready."
    )
    assert rewrite(fronted_phrase, "Our forces are on alert.") == (
        "At the same time, our forces are on alert."
    )
    assert rewrite(fronted_phrase, "Well, the forces are on alert.") is None
    assert rewrite(fronted_phrase, "MINISTER LIND: The forces are on alert.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foreign Minister Ana Lind said that the sanctions would stay.",
            "The sanctions would stay, Foreign Minister Ana Lind said.",
        ),
        ("The spokesman said the border was closed.", "The border was closed, the spokesman said."),
        (
            "He told reporters that the convoy had turned back.",
            "The convoy had turned back, he told reporters.",
        ),
        (
            "Ana Lind said: “We will not yield.”",
            "“We will not yield,” Ana Lind said.",
        ),
        (
            "Ana Lind said: “Will they yield?”",
            "“Will they yield?” Ana Lind said.",
        ),
    ],
)
def test_the_reporting_clause_is_moved_after_the_statement(text: str, expected: str) -> None:
    assert rewrite(postposed_said, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind said that she would travel to Riga.",  # "she" would point forward
        "Ana Lind noted the progress made in the talks.",  # an object, not a statement
        "Ana Lind said in a statement that the talks had ended.",  # an adverbial first
        "The ministry announced that the talks had ended.",  # an announcement stays first
        "Ana Lind, who chairs the council, said the talks had ended.",  # not a plain subject
    ],
)
def test_the_reporting_clause_stays_where_the_statement_is_not_plain(text: str) -> None:
    assert rewrite(postposed_said, text) is None


def test_a_participle_follows_a_person_and_never_a_body() -> None:
    assert rewrite(participle_subject, "Ana Lind warned that the border was closing.") == (
        "Ana Lind, speaking to reporters, warned that the border was closing."
    )
    assert rewrite(participle_subject, "The Foreign Minister said the talks had ended.") == (
        "The Foreign Minister, speaking to reporters, said the talks had ended."
    )
    assert rewrite(participle_subject, "The Foreign Ministry said the talks had ended.") is None
    assert rewrite(participle_subject, "Estonia said the talks had ended.") is None
    assert rewrite(participle_subject, "He said the talks had ended.") is None


def test_an_office_before_a_name_becomes_an_apposition() -> None:
    assert rewrite(title_apposition, "Estonian Foreign Minister Ana Lind met the envoy.") == (
        "Ana Lind, the Estonian foreign minister, met the envoy."
    )
    assert rewrite(title_apposition, "Minister of Defence Jan Tamm said the unit was ready.") == (
        "Jan Tamm, the minister of defence, said the unit was ready."
    )
    # One name: "Lind, the foreign minister," is not how a writer names a person.
    assert rewrite(title_apposition, "Foreign Minister Lind met the envoy.") is None
    assert rewrite(title_apposition, "Ana Lind and President Jan Tamm met the envoy.") is None


def test_a_later_mention_is_by_surname() -> None:
    first = "Foreign Minister Ana Lind arrived in Riga. "
    later = "Foreign Minister Ana Lind said the talks had ended."
    assert rewrite(surname_later, first + later, later) == first + "Lind said the talks had ended."
    assert rewrite(surname_later, first + "The talks with Ana Lind ended.", "The talks") == (
        first + "The talks with Lind ended."
    )
    # Never said before, or no person: a place's or a body's name keeps its words.
    assert rewrite(surname_later, later) is None
    sea = "Ships sailed to the Black Sea. Ana Lind said the Black Sea was calm."
    assert rewrite(surname_later, sea, "Ana Lind said the Black Sea was calm.") is None


def test_a_transcript_label_keeps_the_full_name() -> None:
    text = "Minister Ana Lind opened the meeting.\nAna Lind: The talks have ended."
    assert rewrite(surname_later, text, "Ana Lind: The talks have ended.") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister said that the talks had ended.",
            "The minister said on Tuesday that the talks had ended.",
        ),
        (
            "Ana Lind urged Latvia to reopen the border.",
            "Ana Lind urged Latvia on Tuesday to reopen the border.",
        ),
        (
            "Ana Lind spoke by phone with Jan Tamm.",
            "Ana Lind spoke by phone on Tuesday with Jan Tamm.",
        ),
        ("Ana Lind met with Jan Tamm in Riga.", "Ana Lind met on Tuesday with Jan Tamm in Riga."),
    ],
)
def test_a_time_is_inserted_between_the_verb_and_its_complement(text: str, expected: str) -> None:
    assert rewrite(inserted_time, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The minister has said that the talks have ended.",  # present perfect
        "Ana Lind will meet with Jan Tamm in Riga.",  # no past verb
        "Ana Lind met with Jan Tamm in Riga on Monday.",  # a time already said
    ],
)
def test_no_time_is_inserted_where_it_would_clash(text: str) -> None:
    assert rewrite(inserted_time, text) is None


def test_a_neutral_paragraph_goes_before_the_sentence_paragraph() -> None:
    text = "The talks opened in Riga.\n\nAna Lind said the talks had ended."
    assert rewrite(neutral_paragraph, text, "Ana Lind said the talks had ended.") == (
        "The talks opened in Riga.\n\nFurther details were not immediately available.\n\n"
        "Ana Lind said the talks had ended."
    )
    assert rewrite(neutral_paragraph, text, "The talks opened in Riga.") is None
    pointing = "The talks opened in Riga.\n\nThis was said by Ana Lind."
    assert rewrite(neutral_paragraph, pointing, "This was said by Ana Lind.") is None
    transcript = "Q: Will the talks go on?\n\nAna Lind said the talks had ended."
    assert rewrite(neutral_paragraph, transcript, "Ana Lind said the talks had ended.") is None


def test_every_rewrite_is_registered_by_its_name() -> None:
    text = "The minister said that the talks had ended."
    applied = 0
    for name, rule in REWRITES.items():
        assert rule.__name__ == name
        edit = rule(Document(text), 0, len(text))
        assert edit is None or edit.rewrite == name
        applied += edit is not None
    assert applied  # not a test of None alone


def test_a_found_item_is_tallied_as_surviving_its_rewrites() -> None:
    text = (
        "Ana Lind arrived in Riga on Monday.\n\n"
        "Estonian Foreign Minister Ana Lind said that Russia must withdraw its troops."
    )
    quote = "Estonian Foreign Minister Ana Lind said that Russia must withdraw its troops."
    label = ArticleExtraction.model_validate(
        {
            "article_id": "a",
            "positions": [
                {
                    "holder": {"name": "Ana Lind", "kind": "person", "country": "Estonia"},
                    "stance": "demand",
                    "topic": "Russian troop withdrawal",
                    "target": {"name": "Russia", "kind": "state"},
                    "evidence": [{"quote": quote}],
                }
            ],
        }
    )
    shapes = SetShapes("invented")
    measure_article("invented", Article(id="a", text=text), label, REWRITES, shapes)
    applied = {name for name, tally in shapes.tallies.items() if tally.applied}
    assert {"postposed_said", "title_apposition", "neutral_paragraph"} <= applied
    assert all(t.survived <= t.applied for t in shapes.tallies.values())
    assert sum(t.applied for t in shapes.tallies.values()) == sum(
        t.survived for t in shapes.tallies.values()
    ) + len([f for f in shapes.failures if f.lost == "item"])


@pytest.mark.parametrize(
    "text",
    [
        "Ana Lind stressed that the talks had ended, and that the border would reopen.",
        "Ana Lind warned that the sanctions would stay, as he had said.",
    ],
)
def test_a_statement_with_a_second_that_or_a_pronoun_keeps_its_clause_first(text: str) -> None:
    assert rewrite(postposed_said, text) is None


def test_a_view_verb_follows_its_statement_only_after_that() -> None:
    assert rewrite(postposed_said, "Ana Lind warned that the border was closing.") == (
        "The border was closing, Ana Lind warned."
    )
    assert rewrite(postposed_said, "Ana Lind warned the border guards.") is None


def test_the_source_is_fronted_with_according_to() -> None:
    assert rewrite(according_to, "The spokesman said the border was closed.") == (
        "According to the spokesman, the border was closed."
    )
    assert rewrite(according_to, "Ana Lind said that the talks had ended.") == (
        "According to Ana Lind, the talks had ended."
    )
    assert rewrite(according_to, "He said the border was closed.") is None
    assert rewrite(according_to, "The minister said this during the visit.") is None


def test_a_sentence_joins_the_one_before_it_as_a_second_clause() -> None:
    text = "The talks ended in Riga. Three ministers said the border would reopen."
    assert rewrite(joined_clauses, text, "Three ministers") == (
        "The talks ended in Riga; three ministers said the border would reopen."
    )
    assert rewrite(joined_clauses, "The talks ended. Ana Lind said they were useful.", "Ana") == (
        "The talks ended; Ana Lind said they were useful."
    )
    # The first of its paragraph, after a quotation or an abbreviation, or an opener.
    assert rewrite(joined_clauses, "The talks ended.\nAna Lind left.", "Ana") is None
    assert rewrite(joined_clauses, "He said “no.” Ana Lind left.", "Ana") is None
    assert rewrite(joined_clauses, "The troops left for the EU. Ana Lind left.", "Ana") is None
    assert rewrite(joined_clauses, "The talks ended. However, Ana Lind left.", "However") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ana Lind warned that the border was closing.",
            "Ana Lind has warned that the border was closing.",
        ),
        ("The leaders spoke with Jan Tamm.", "The leaders have spoken with Jan Tamm."),
        ("He called on Latvia to act.", "He has called on Latvia to act."),
        ("We warned that the border was closing.", "We have warned that the border was closing."),
        ("They urged Latvia to act.", "They have urged Latvia to act."),
        ("I stressed that it was closing.", "I have stressed that it was closing."),
    ],
)
def test_the_report_goes_into_the_present_perfect(text: str, expected: str) -> None:
    assert rewrite(present_perfect, text) == expected


def test_no_present_perfect_with_a_time_or_a_number_in_doubt() -> None:
    assert rewrite(present_perfect, "Ana Lind warned on Monday that it would close.") is None
    assert rewrite(present_perfect, "The United States warned that it would close.") is None


def test_two_statements_of_one_subject_are_coordinated() -> None:
    text = "Ana Lind condemned the strike. Ana Lind demanded a ceasefire."
    assert rewrite(coordinated, text, "Ana Lind demanded") == (
        "Ana Lind condemned the strike and demanded a ceasefire."
    )
    other = "Ana Lind condemned the strike. Jan Tamm demanded a ceasefire."
    assert rewrite(coordinated, other, "Jan Tamm") is None
    listed = "Ana Lind condemned the strike and the raids. Ana Lind demanded a ceasefire."
    assert rewrite(coordinated, listed, "Ana Lind demanded") is None


def test_a_person_named_again_is_the_documents_own_pronoun() -> None:
    text = "Ana Lind met Jan Tamm in Riga. Ana Lind said that she was hopeful."
    assert rewrite(pronoun_subject, text, "Ana Lind said") == (
        "Ana Lind met Jan Tamm in Riga. She said that she was hopeful."
    )
    # Both "he" and "she" in the document: whose pronoun is not guessed.
    both = "Ana Lind met Jan Tamm. Ana Lind said that she and he were hopeful."
    assert rewrite(pronoun_subject, both, "Ana Lind said") is None
    other = "Jan Tamm met Ana Lind in Riga. Ana Lind said that she was hopeful."
    assert rewrite(pronoun_subject, other, "Ana Lind said") is None


def test_a_held_contact_goes_into_the_passive() -> None:
    assert rewrite(passive_contact, "Ana Lind held talks with Jan Tamm in Riga.") == (
        "Talks were held between Ana Lind and Jan Tamm in Riga."
    )
    assert rewrite(
        passive_contact, "The President held a phone conversation with Chancellor Jan Tamm."
    ) == ("A phone conversation was held between the President and Chancellor Jan Tamm.")
    assert rewrite(passive_contact, "Ana Lind held talks with Jan Tamm and Eva Kask.") is None
    assert rewrite(passive_contact, "Ana Lind held talks with Jan Tamm on energy.") is None


def test_an_office_named_again_after_its_holder_is_a_pronoun() -> None:
    text = "President Jan Tamm met Ana Lind. The President said that Mr Tamm was hopeful."
    assert rewrite(pronoun_subject, text, "The President said") == (
        "President Jan Tamm met Ana Lind. He said that Mr Tamm was hopeful."
    )
    unknown = "President Jan Tamm met Ana Lind. The President said the talks were useful."
    assert rewrite(pronoun_subject, unknown, "The President said") is None


def test_a_pronoun_subject_is_dropped_in_coordination() -> None:
    text = "The Kremlin rejected the plan. It demanded new talks."
    assert rewrite(coordinated, text, "It demanded") == (
        "The Kremlin rejected the plan and demanded new talks."
    )


def test_a_statement_becomes_a_fronted_clause_of_time() -> None:
    text = "Ana Lind warned that the border would close. Jan Tamm said he would reply."
    assert rewrite(subordinate_after, text, "Ana Lind") == (
        "After Ana Lind warned that the border would close, Jan Tamm said he would reply."
    )
    # A time already said, or a next sentence that is not a past statement of its subject.
    dated = "Ana Lind warned on Monday that it would close. Jan Tamm said he would reply."
    assert rewrite(subordinate_after, dated, "Ana Lind") is None
    asked = "Ana Lind warned that the border would close. Will Jan Tamm reply?"
    assert rewrite(subordinate_after, asked, "Ana Lind") is None


def test_a_pronoun_that_may_stand_for_another_is_not_dropped() -> None:
    text = "Ana Lind called the European leaders. They condemned the strike."
    assert rewrite(coordinated, text, "They condemned") is None
    text = "Ana Lind called Jan Tamm. He condemned the strike."
    assert rewrite(coordinated, text, "He condemned") is None


def test_a_statement_becomes_a_relative_clause_on_the_next_subject() -> None:
    text = "Ana Lind warned that the border would close. Ana Lind also said talks would go on."
    assert rewrite(relative_clause, text, "Ana Lind warned") == (
        "Ana Lind, who warned that the border would close, also said talks would go on."
    )
    body = "The Kremlin warned that it would respond. It also said talks would go on."
    assert rewrite(relative_clause, body, "The Kremlin") is None  # "which", not "who"
    other = "Ana Lind warned that the border would close. Jan Tamm said talks would go on."
    assert rewrite(relative_clause, other, "Ana Lind") is None


def test_the_auxiliary_of_a_present_perfect_goes_before_also() -> None:
    assert rewrite(present_perfect, "Ana Lind also stressed that talks must go on.") == (
        "Ana Lind has also stressed that talks must go on."
    )
