"""Every shape rewrite by its name, in the order the survival table lists them."""

from __future__ import annotations

from summarise.evaluation.shapes.clause_rewrites import (
    coordinated,
    joined_clauses,
    passive_contact,
    present_perfect,
    pronoun_subject,
    relative_clause,
    subordinate_after,
)
from summarise.evaluation.shapes.grammar import Rewriter
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

REWRITES: dict[str, Rewriter] = {
    "fronted_time": fronted_time,
    "fronted_phrase": fronted_phrase,
    "postposed_said": postposed_said,
    "according_to": according_to,
    "participle_subject": participle_subject,
    "title_apposition": title_apposition,
    "surname_later": surname_later,
    "inserted_time": inserted_time,
    "neutral_paragraph": neutral_paragraph,
    "joined_clauses": joined_clauses,
    "coordinated": coordinated,
    "subordinate_after": subordinate_after,
    "relative_clause": relative_clause,
    "pronoun_subject": pronoun_subject,
    "present_perfect": present_perfect,
    "passive_contact": passive_contact,
}
