"""A merged item said as one plain sentence, for the lines an analyst reads first.

Headlines ("Russia · mass · about 100,000 troops → near the border") are built to be
scanned in a long section; a "Key developments" line must read as prose. Every word here
comes from the item's own fields (the extractor's summary when it wrote one), so the
sentence says nothing the item does not; a figure the sources dispute is said to be one.
"""

from __future__ import annotations

from summarise.briefing.model import (
    ActorRef,
    BriefingItem,
    ContactItem,
    MovementItem,
    PositionItem,
)
from summarise.briefing.similarity import collapse_whitespace

# Position stances as verbs taking the topic: "Boris Johnson warned about …".
_STANCE_VERBS: dict[str, str] = {
    "support": "voiced support for",
    "oppose": "opposed",
    "demand": "called for",
    "warn": "warned about",
    "threaten": "threatened",
    "accuse": "made accusations over",
    "deny": "denied",
    "concern": "voiced concern about",
    "commit": "committed to",
    "other": "spoke on",
}

# Movement activities by status: what the actor did, does or will do with the forces.
_ACTIVITY_VERBS: dict[str, tuple[str, str, str]] = {
    # activity: (planned, ongoing, completed); "{f}" is the forces
    "deploy": ("will deploy {f}", "is deploying {f}", "deployed {f}"),
    "mass": ("will mass {f}", "has massed {f}", "massed {f}"),
    "alert": ("will put {f} on alert", "has put {f} on alert", "put {f} on alert"),
    "exercise": (
        "will hold exercises with {f}",
        "is holding exercises with {f}",
        "held exercises with {f}",
    ),
    "patrol": ("will patrol with {f}", "is patrolling with {f}", "patrolled with {f}"),
    "intercept": ("will intercept with {f}", "is intercepting with {f}", "intercepted with {f}"),
    "withdraw": ("will withdraw {f}", "is withdrawing {f}", "withdrew {f}"),
    "supply": ("will supply {f}", "is supplying {f}", "supplied {f}"),
    "other": ("will move {f}", "is moving {f}", "moved {f}"),
}
_STATUS_INDEX = {"planned": 0, "ongoing": 1, "completed": 2}

# Contacts by mode and status: held, planned, proposed, cancelled.
_CONTACT_VERBS: dict[str, tuple[str, str, str, str]] = {
    "phone_call": (
        "spoke by phone",
        "will speak by phone",
        "proposed a phone call",
        "cancelled a phone call",
    ),
    "video_call": (
        "held a video call",
        "will hold a video call",
        "proposed a video call",
        "cancelled a video call",
    ),
    "meeting": ("met", "will meet", "proposed a meeting", "cancelled a meeting"),
    "visit": ("made a visit", "will make a visit", "proposed a visit", "cancelled a visit"),
    "talks": ("held talks", "will hold talks", "proposed talks", "cancelled talks"),
    "summit": (
        "met at a summit",
        "will meet at a summit",
        "proposed a summit",
        "cancelled a summit",
    ),
    "correspondence": (
        "exchanged letters",
        "will exchange letters",
        "proposed an exchange of letters",
        "cancelled an exchange of letters",
    ),
    "other": ("were in contact", "will be in contact", "proposed contact", "cancelled contact"),
}
# A visit has a visitor (the first participant) and hosts: held, planned, proposed, cancelled.
_VISIT_VERBS = ("visited", "will visit", "proposed visiting", "cancelled a visit to")
_CONTACT_STATUS = {"held": 0, "planned": 1, "proposed": 2, "cancelled": 3}
# A contact with more participants than this names the first ones and counts the rest.
MAX_NAMED = 3


def _names(actors: list[ActorRef]) -> str:
    names = [a.name for a in actors]
    if len(names) > MAX_NAMED:
        names = [*names[: MAX_NAMED - 1], f"{len(names) - MAX_NAMED + 1} others"]
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _sentence(text: str) -> str:
    """One line, capitalised, ending in a full stop."""
    text = collapse_whitespace(text).rstrip(" ;,:")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "\u201d", '"')) else text + "."


def _position(item: PositionItem) -> str:
    if item.summary:
        return _sentence(item.summary)
    text = f"{item.holder.name} {_STANCE_VERBS[item.stance]} {item.topic}"
    if item.target is not None and item.target.name not in item.topic:
        text += f" (addressed to {item.target.name})"
    return _sentence(text)


# Words that open a figure ("Around 2,000 soldiers") and lose their capital mid-sentence.
_FIGURE_WORDS = frozenset(
    {"about", "around", "approximately", "more", "over", "nearly", "some", "several", "up"}
)


def _forces(item: MovementItem) -> str:
    """The forces as written, with the figure when they do not state it; a disputed
    figure is given as every value the sources gave."""
    if any(d.field == "quantity" for d in item.disagreements) and item.quantity:
        return item.quantity
    forces = item.forces
    first, _, rest = forces.partition(" ")
    if first.casefold() in _FIGURE_WORDS:
        forces = f"{first.casefold()} {rest}".strip()
    if item.quantity and not any(ch.isdigit() for ch in forces):
        return f"{forces} ({item.quantity})"
    return forces


def _movement(item: MovementItem) -> str:
    forces = _forces(item)
    forms = _ACTIVITY_VERBS[item.activity]
    index = _STATUS_INDEX.get(item.status)
    verb = (forms[index] if index is not None else forms[2]).format(f=forces)
    text = f"{item.actor.name} {verb}"
    if item.origin and item.origin.casefold() not in forces.casefold():
        text += f" from {item.origin}"
    if item.destination and item.destination.casefold() not in forces.casefold():
        text += f" to {item.destination}" if _is_place(item.destination) else f" {item.destination}"
    if item.status == "unclear":
        text += " (status unclear)"
    if any(d.field == "quantity" for d in item.disagreements):
        text += "; the sources give different figures"
    return _sentence(text)


def _is_place(destination: str) -> bool:
    """ "Poland and Germany" takes "to"; "near the Ukrainian border" brings its own word."""
    words = destination.split(maxsplit=1)
    first = words[0].casefold() if words else ""
    return first not in {"to", "near", "into", "in", "on", "at", "along", "across", "around"}


def _contact(item: ContactItem) -> str:
    if item.mode == "visit" and len(item.participants) > 1:
        visitor, hosts = item.participants[0], item.participants[1:]
        verb = _VISIT_VERBS[_CONTACT_STATUS[item.status]]
        text = f"{visitor.name} {verb} {_names(hosts)}"
    else:
        verb = _CONTACT_VERBS[item.mode][_CONTACT_STATUS[item.status]]
        text = f"{_names(item.participants)} {verb}"
    if item.location and all(item.location != p.name for p in item.participants):
        text += f" in {item.location}"
    if item.topics:
        text += " on " + " and ".join(item.topics[:2])
    sentence = _sentence(text)
    if item.outcome:
        sentence += " " + _sentence(item.outcome)
    return sentence


def plain_sentence(item: BriefingItem) -> str:
    if isinstance(item, PositionItem):
        return _position(item)
    if isinstance(item, MovementItem):
        return _movement(item)
    return _contact(item)
