"""A stance noun judged by what is said of it: the judgement decides, the noun is its topic.

"The Russian demands are unacceptable" rejects the demands as "Russia's demands are
unacceptable" does: a demonym in the modifiers' place opens the subject as a possessive does
(``governing.subject_start``), so the copula's cue decides. The complex transitive says the
same of an object (Quirk et al. 16.44): "considers the Russian demands unacceptable",
"regards the proposals as unacceptable": the complement after a verb of judging is the stance
taken on the object (``governing``). A demonym before a noun is no speaker, whatever verb
the noun looks like ("the Russian demands" reports nothing of Russia's: ``subjects``). And
"unlawful" is a charge word as "illegal" is; said of a punitive measure, a decision rejected.
"""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text).positions]


@pytest.mark.parametrize(
    "text",
    [
        # (a) a demonym before the noun, the copula's judgement
        "Norwegian Foreign Minister Ingrid Vaag said that the Russian demands were unacceptable.",
        # (b) the complex transitive with a possessive object, after "that"
        "Norwegian Foreign Minister Ingrid Vaag said that Norway considered Russia's demands "
        "on security guarantees unacceptable.",
        # (c) the complex transitive with a demonym, as the sentence's verb
        "Norwegian Foreign Minister Ingrid Vaag considers the Russian demands unacceptable.",
        # (d) "as" and a degree adverb before the complement, after a fronted adverbial
        "On Monday, Norwegian Foreign Minister Ingrid Vaag said that Oslo regards the Russian "
        "proposals as absolutely unacceptable.",
    ],
)
def test_a_stance_noun_judged_is_rejected_by_the_holder(text: str) -> None:
    assert ("Ingrid Vaag", "oppose") in _read(text)
    assert all(holder == "Ingrid Vaag" or stance == "demand" for holder, stance in _read(text))


def test_a_demonym_before_a_noun_names_no_speaker() -> None:
    text = "Norwegian Foreign Minister Ingrid Vaag considers the Russian demands unacceptable."
    assert _read(text) == [("Ingrid Vaag", "oppose")]


@pytest.mark.parametrize(
    "text",
    [
        # A complement that judges nothing: no rejection.
        "Norwegian Foreign Minister Ingrid Vaag said that Norway considered the Russian "
        "proposals a good basis for talks.",
        # A demonym's party that speaks: its own demand, reported.
        "Norwegian Foreign Minister Ingrid Vaag said Russia demands a halt to NATO enlargement.",
    ],
)
def test_no_judgement_no_rejection(text: str) -> None:
    assert ("Ingrid Vaag", "oppose") not in _read(text)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # "unlawful" charges an act
        (
            "Norwegian Foreign Minister Ingrid Vaag said that the seizure of the Ukrainian port "
            "was unlawful.",
            "accuse",
        ),
        (
            "Norwegian Foreign Minister Ingrid Vaag condemned the unlawful detention of "
            "Ukrainian sailors.",
            "accuse",
        ),
        # … and said of a punitive measure rejects a decision
        (
            "Norwegian Foreign Minister Ingrid Vaag said that Norway considered the sanctions "
            "unlawful.",
            "oppose",
        ),
    ],
)
def test_unlawful_is_a_charge_word(text: str, stance: str) -> None:
    assert _read(text)[:1] == [("Ingrid Vaag", stance)]
