"""An enumerated heading before a clause ("Second, costs: today the Treasury is designating
…", "Third, our partners: I spoke this morning with …"): a list item's label, a short noun
phrase after an enumerative adverb, ends in a colon, and the clause after it has its own
subject. In four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

from baseline_helpers import KREMLIN, WHITE_HOUSE, contacts, held_stances


def test_the_speaker_after_a_heading_is_a_party() -> None:
    # (a) a White House speaker's "I" after "Third, our partners:"
    found = contacts(
        "Third, our partners: I spoke this morning with Chancellor Lena Brandt of Germany.",
        "Remarks by President Dana Holt",
        WHITE_HOUSE,
    )
    assert (["Dana Holt", "Lena Brandt"], "other", "held") in found


def test_a_body_after_a_heading_holds_its_act() -> None:
    # (b) a fact sheet, a time adjunct and "the" between the heading and the subject
    found = held_stances(
        "Second, costs: today the Department of the Treasury is blocking the assets of 14 "
        "oligarchs.",
        "Fact Sheet",
        WHITE_HOUSE,
    )
    assert found == [("US Department of the Treasury", "commit")]


def test_a_titled_name_after_a_heading_is_the_visitor() -> None:
    # (c) a Kremlin text, "Finally," and a one-word label
    found = contacts(
        "Finally, diplomacy: President Ivan Sokol of Ruritania will travel to Minsk next week.",
        "Readout",
        KREMLIN,
    )
    assert (["Ivan Sokol", "Belarus"], "visit", "planned") in found


def test_a_heading_with_an_article_opens_the_clause() -> None:
    # (d) a news text, "Secondly," and a label with its article; the clause's own subject
    found = contacts(
        "Secondly, the talks: Foreign Minister Jonas Berg of Norway met Foreign Minister "
        "Olena Hrytsenko of Ukraine in Oslo."
    )
    assert (["Jonas Berg", "Olena Hrytsenko"], "meeting", "held") in found


def test_a_clause_before_the_colon_is_no_heading() -> None:
    # Look-alike: "First, that is clear:" ends a clause (a pronoun, a verb), not a label;
    # what follows is said by the speaker, not held by Russia.
    found = held_stances(
        "First, that is clear: Russia will pay a heavy price.",
        "Remarks by President Dana Holt",
        WHITE_HOUSE,
    )
    assert all(holder != "Russia" for holder, _ in found)
