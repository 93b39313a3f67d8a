"""The positions stage's surroundings of a sentence: one object, built once per sentence.

``Surroundings`` carries what the positions stage reads beyond the sentence (the sentence
before, the question answered, whether the article tells of a contact) and the trace's
record of why a clause made no item. What each field changes is tested with the rule that
reads it (``test_baseline_points_back``, ``test_baseline_answer_pronouns``,
``test_baseline_trace``); these tests hold the object's own contract.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.surroundings import Surroundings


def test_nothing_around_by_default() -> None:
    around = Surroundings()
    assert around.before is None
    assert around.asked == ()
    assert not around.met
    assert around.dropped is None


def test_drop_without_a_trace_records_nothing() -> None:
    # Extracting without --explain: nobody asked why, and nothing is kept.
    Surroundings().drop(12, "manners")


def test_drop_records_why_by_the_cue_offset() -> None:
    dropped: dict[int, str] = {}
    around = Surroundings(dropped=dropped)
    around.drop(12, "manners")
    around.drop(40, "no topic after the cue (position_topics)")
    assert dropped == {12: "manners", 40: "no topic after the cue (position_topics)"}
