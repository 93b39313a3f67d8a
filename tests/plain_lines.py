"""Items built from invented fields and said as plain lines, shared by the tests of plain
lines, of whose "our" they say and of actors' names (every name here is invented)."""

from __future__ import annotations

from typing import Any

from summarise.briefing.importance import default_weights
from summarise.briefing.model import CanonicalActor, ContactItem, MovementItem, PositionItem
from summarise.briefing.plain import plain_sentence


def ref(name: str, kind: str = "person", country: str | None = None) -> CanonicalActor:
    return CanonicalActor(
        id=name.casefold().replace(" ", "-"), name=name, kind=kind, country=country
    )  # type: ignore[arg-type]


ORTA = ref("Anna Orta", country="Freedonia")
FREEDONIA = ref("Freedonia", "state", "Freedonia")
SYLVANIA = ref("Sylvania", "state", "Sylvania")
KING = ref("Rufus Firefly", country="Freedonia")
PENNY = ref("Pen Trentino", country="Sylvania")
# The fields a merged item has beyond its category's own, empty: a plain line reads none.
MERGED: dict[str, Any] = {"id": "X1", "headline": "", "parties": [], "reports": []}
EMPTY = default_weights().form.empty


def said(holder: CanonicalActor, stance: str, topic: str, **more: Any) -> str:
    return plain_sentence(
        PositionItem(holder=holder, stance=stance, topic=topic, **MERGED, **more),  # type: ignore[arg-type]
        empty=EMPTY,
    )


def moved(actor: CanonicalActor, activity: str, forces: str, **more: Any) -> str:
    values = {"status": "ongoing", **more}
    return plain_sentence(
        MovementItem(actor=actor, activity=activity, forces=forces, **MERGED, **values),  # type: ignore[arg-type]
        empty=EMPTY,
    )


def met(participants: list[CanonicalActor], mode: str, **more: Any) -> str:
    values = {"status": "held", **more}
    return plain_sentence(
        ContactItem(participants=participants, mode=mode, **MERGED, **values),  # type: ignore[arg-type]
        empty=EMPTY,
    )
