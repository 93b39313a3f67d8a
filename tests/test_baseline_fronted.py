"""A source named before the statement it attributes ("As X noted, …", "In X's words, …",
"In the opinion of X, …"): the clause after the comma is the source's, whatever its
subject. Every sentence is invented for the test."""

from __future__ import annotations

from baseline_helpers import KREMLIN, extract

_CALL = "Vladimir Putin held a telephone conversation with Prime Minister Eva Lind of Sweden. "


def _held(text: str) -> list[tuple[str, str]]:
    draft = extract(_CALL + text, title="Telephone conversation", source=KREMLIN)
    return [(p.holder.name, p.stance) for p in draft.positions]


def test_an_as_clause_of_saying_names_the_source() -> None:
    assert _held(
        "As Vladimir Putin noted, Norway is ignoring the security concerns of Russia."
    ) == [("Vladimir Putin", "accuse")]


def test_a_pronoun_in_an_as_clause_is_the_person_before() -> None:
    assert _held(
        "The President spoke at length. As he stressed earlier, Russia is open to dialogue "
        "on security guarantees."
    ) == [("Vladimir Putin", "support")]  # openness to dialogue favours it


def test_in_someones_words_names_the_source() -> None:
    # Sanctions judged illegitimate are a decision rejected (``measures_judged``).
    assert _held("In the President's words, the sanctions against Russia are illegitimate.") == [
        ("Vladimir Putin", "oppose")
    ]


def test_in_the_opinion_of_a_side_names_the_source() -> None:
    assert _held("In the opinion of the Russian side, Norway is sabotaging the agreements.") == [
        ("Vladimir Putin", "accuse")
    ]


def test_an_as_clause_of_time_or_cause_names_no_source() -> None:
    draft = extract("As Russia threatens Moldova, Poland warned of a harsh response.")
    assert [p.holder.name for p in draft.positions] == ["Poland"]
