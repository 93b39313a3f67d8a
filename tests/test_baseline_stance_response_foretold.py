"""A response foretold by its force is one's own measure (CAMEO 13, threaten unspecified):
"our response will be swift and united", "the package would be severe", the noun the
subject of a future copula whose adjective is one of force or speed. After a condition it is
a threat, as a sanction promised on a condition is (the guide: a conditional promise of
one's own punitive action). The condition may open the sentence after a conjunction ("But
if …"), and then its subject is not the measure's agent; it may also stand inside the
subject ("our response, should it come to that, will be …"). A threat is of war and peace
whatever its words name, so a quoted one is kept though they name nothing else. A response
told by another predicate ("the response of the markets will be calm") or of a kind named by
a modifier ("the humanitarian response will be massive") is no measure.
"""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def _read(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text).positions]


_THREAT = [("Ingrid Vaag", "threaten")]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain, reported
        "Norwegian Foreign Minister Ingrid Vaag said that if Russia invades Ukraine, our "
        "response will be swift and severe.",
        # (b) after a fronted adverbial, the condition opened by "but"
        "On Thursday, Norwegian Foreign Minister Ingrid Vaag said that Oslo hoped for calm, "
        "but if Moscow attacks, the package would be immediate and painful.",
        # (c) the office only after a first mention; the condition inside the subject
        "Norwegian Foreign Minister Ingrid Vaag met reporters in Oslo. The Foreign Minister "
        "said that the reaction, if it comes to that, will be decisive.",
    ],
)
def test_a_response_foretold_after_a_condition_is_a_threat(text: str) -> None:
    assert _read(text)[-1:] == _THREAT


def test_a_response_foretold_by_a_pronoun_or_a_ministry() -> None:
    # (c) a pronoun after a first mention, and a ministry speaking.
    pronoun = (
        "Norwegian Foreign Minister Ingrid Vaag spoke in Oslo on Monday. She said that if "
        "Russia attacks Ukraine, the response will be swift and severe."
    )
    ministry = (
        "The Norwegian Foreign Ministry said that if Russia attacks Ukraine, the response will "
        "be swift and severe."
    )
    assert _read(pronoun) == _THREAT
    assert [stance for _, stance in _read(ministry)] == ["threaten"]


def test_a_response_foretold_quoted_and_postposed() -> None:
    # (d) a quotation with a postposed "…, X said", the condition opened by "But".
    text = (
        '"But if Russia moves on Kyiv, the response will be swift and it will be '
        'united," Norwegian Foreign Minister Ingrid Vaag said.'
    )
    assert _read(text) == _THREAT


def test_a_response_foretold_as_the_second_clause_of_two() -> None:
    # (d) a response announced, then foretold by its force, in one quoted sentence: one
    # threat, kept though its words name nothing of war and peace.
    text = (
        '"If this goes on, we will be compelled to respond, and our response will be harsh," '
        "Norwegian Foreign Minister Ingrid Vaag said."
    )
    assert _read(text) == _THREAT


@pytest.mark.parametrize(
    "text",
    [
        # The response of something else told by another predicate: no measure, so the
        # condition's consequence foretold (a warning) is all the sentence says.
        "Norwegian Foreign Minister Ingrid Vaag said that if Russia invades Ukraine, the "
        "response of the markets will be calm.",
        # A response of a kind its modifier names is no measure: aid foretold.
        "Norwegian Foreign Minister Ingrid Vaag said that if Russia invades Ukraine, the "
        "humanitarian response will be massive.",
        # "in response to" names a cause, and no copula of force follows the noun.
        "Norwegian Foreign Minister Ingrid Vaag said that if Russia invades Ukraine, Norway "
        "will be ready in response to any request.",
    ],
)
def test_a_response_told_otherwise_is_no_threat(text: str) -> None:
    assert "threaten" not in [stance for _, stance in _read(text)]
