"""A decision of another party to move forces or weapons, named inside a clause ("welcomed
Norway's decision to transfer Stinger missiles to Ukraine"), is a planned movement (the
guide), not also that party's commitment; a decision of anything else stays its position."""

from __future__ import annotations

from baseline_helpers import KYIV, WHITE_HOUSE, extract

READOUT = "Readout of President Reed's Call with Prime Minister Berg of Norway"


def items(text: str, source: str = WHITE_HOUSE) -> tuple[list[tuple[str, str]], list[str]]:
    draft = extract(text, READOUT, source)
    return (
        [(p.holder.name, p.stance) for p in draft.positions],
        [m.actor.name for m in draft.military_movements],
    )


def test_a_decision_to_transfer_weapons_is_the_movement_not_a_commitment() -> None:
    held, moved = items(
        "President Daniel Reed welcomed Norway's decision to transfer Stinger anti-aircraft "
        "missiles to Ukraine."
    )
    assert ("Norway", "commit") not in held
    assert ("Daniel Reed", "support") in held
    assert moved == ["Norway"]


def test_after_a_fronted_phrase_the_decided_movement_is_still_no_commitment() -> None:
    held, _ = items(
        "During the call, President Daniel Reed welcomed Norway's decision to transfer "
        "Stinger anti-aircraft missiles to Ukraine."
    )
    assert ("Norway", "commit") not in held


def test_a_capital_named_for_its_state_deciding_a_deployment_gives_no_commitment() -> None:
    held, _ = items(
        "President Daniel Reed welcomed Oslo's decision to deploy two frigates to the Baltic Sea."
    )
    assert all(h != "Norway" for h, _ in held)


def test_a_decided_deployment_in_the_first_of_two_clauses_gives_no_commitment() -> None:
    held, _ = items(
        "President Daniel Reed welcomed Norway's decision to deploy 200 troops to Lithuania, "
        "and he noted that the United States is ready to help."
    )
    assert ("Norway", "commit") not in held


def test_a_decision_on_anything_but_forces_stays_the_deciders_position() -> None:
    held, _ = items(
        "President Daniel Reed welcomed Germany's decision to halt the certification of the "
        "new gas pipeline."
    )
    assert ("Germany", "commit") in held
    aid, _ = items(
        "The Head of State welcomed Oslo's decision to send more humanitarian aid to Ukraine.",
        KYIV,
    )
    assert ("Norway", "support") in aid
