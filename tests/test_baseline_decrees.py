"""A decree's numbered items opening with a verb of deciding are the signatory's
decisions; its legal grounds, orders to others and procedure are no positions."""

from __future__ import annotations

from baseline_helpers import KYIV, extract, positions

DECREE = (
    "In accordance with the Constitution, on the proposal of the Defence Council, I decree:"
    "\n\n1. Impose a curfew in the Volyn region from 22:00 for a period of 10 days."
    "\n\n2. The Cabinet of Ministers shall prepare a plan of measures."
    "\n\n3. This Decree enters into force on the day it is published."
)


def test_a_numbered_decision_after_i_decree_is_the_signatorys_commitment() -> None:
    draft = extract(DECREE, "Decree of the President of Ukraine on a curfew", KYIV)
    assert [(h, s) for h, s, _ in positions(draft)] == [("President of Ukraine", "commit")]
    (decision,) = draft.positions
    assert decision.topic.startswith("curfew in the Volyn region")
    assert decision.evidence[0].quote.startswith("Impose a curfew")


def test_numbered_items_without_the_operative_formula_decide_nothing() -> None:
    text = DECREE.replace("I decree:", "the following applies.")
    assert extract(text, "Regulation on a curfew", KYIV).positions == []
