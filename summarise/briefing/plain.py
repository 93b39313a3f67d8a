"""A merged item said as one plain sentence, for the lines an analyst reads first.

Headlines ("Russia · mass · about 100,000 troops → near the border") are built to be
scanned in a long section; a "Key developments" line must read as prose. Every content
word comes from the item's own structured fields, so the sentence says nothing the item
does not; only function words and the verbs that say a stance, activity or contact mode
are added, and a figure the sources dispute is said to be one.

A position is said from its holder, stance and topic, not from the extractor's free-text
``summary``: the summary is written in the extractor's words, is checked against no quote,
and in a merged item is one report's; the fields are what the merge reconciled (the
summary still shows under the item further down).

Extractors fill the fields with whatever shape the article had (a clause, a bare verb, a
prepositional phrase where a noun phrase was asked for), so each phrase's shape is read
first (``phrases``) and the words around it chosen to suit it.
"""

from __future__ import annotations

import re

from summarise.briefing.actor_names import is_plural, named
from summarise.briefing.forces_words import lowered_figure, spells_figure
from summarise.briefing.model import (
    BriefingItem,
    CanonicalActor,
    ContactItem,
    MovementItem,
    PositionItem,
)
from summarise.briefing.similarity import collapse_whitespace
from summarise.briefing.speakers import (
    actors_own,
    from_holders_side,
    from_readers_side,
    in_first_person,
    quoted,
    speakers_owner,
)
from summarise.briefing.topic_form import names_nothing
from summarise.briefing.wording import quantity_bounds
from summarise.phrases.lists import and_joined
from summarise.phrases.shape import Shape, in_own_person, read_phrase
from summarise.phrases.stance_words import stance_and_topic

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
    "patrol": ("will send {f} on patrol", "is sending {f} on patrol", "sent {f} on patrol"),
    "intercept": (
        "will use {f} to make an interception",
        "is using {f} to make interceptions",
        "used {f} to make an interception",
    ),
    "withdraw": ("will withdraw {f}", "is withdrawing {f}", "withdrew {f}"),
    "supply": ("will supply {f}", "is supplying {f}", "supplied {f}"),
    "other": ("will move {f}", "is moving {f}", "moved {f}"),
}
_STATUS_INDEX = {"planned": 0, "ongoing": 1, "completed": 2}
# A status the sources leave open is said in a headline's present, which says neither that
# it happened nor that it will ("deploys 3,000 troops to Poland (status unclear)"), not in
# the past ("deployed … (status unclear)" reads as done before the bracket is reached).
# activity: (with one actor, with a plural one)
_UNCLEAR_VERBS: dict[str, tuple[str, str]] = {
    "deploy": ("deploys {f}", "deploy {f}"),
    "mass": ("masses {f}", "mass {f}"),
    "alert": ("puts {f} on alert", "put {f} on alert"),
    "exercise": ("holds exercises with {f}", "hold exercises with {f}"),
    "patrol": ("sends {f} on patrol", "send {f} on patrol"),
    "intercept": ("uses {f} to make interceptions", "use {f} to make interceptions"),
    "withdraw": ("withdraws {f}", "withdraw {f}"),
    "supply": ("supplies {f}", "supply {f}"),
    "other": ("moves {f}", "move {f}"),
}
# Forces that are the exercise itself ("joint military exercises") are held, not held
# exercises with: "is holding joint military exercises".
_EXERCISE_NOUNS = frozenset(
    {"exercise", "exercises", "drill", "drills", "manoeuvres", "maneuvers", "wargames"}
)
_HELD_EXERCISE = (
    ("will hold {f}", "is holding {f}", "held {f}"),
    ("holds {f}", "hold {f}"),
)
# Combat, which the schema files as activity "other": with a target, and without one.
_COMBAT_VERBS = ("will attack", "is attacking", "attacked")
_COMBAT_NO_TARGET = ("will go on the attack", "is on the attack", "went on the attack")
_COMBAT_UNCLEAR = (("attacks", "attack"), ("goes on the attack", "go on the attack"))
# Words a destination opens with that the verb "attack" replaces ("on Kyiv" → "Kyiv").
_COMBAT_PREPOSITIONS = frozenset({"on", "against", "to", "towards", "toward", "into", "at"})
# A destination given as a bare place takes this word ("deployed troops to Poland", "sent
# bombers on patrol towards British airspace"); one with its own ("near the border") keeps it.
_DESTINATION_WORDS: dict[str, str] = {
    "deploy": "to",
    "mass": "in",
    "alert": "in",
    "exercise": "in",
    "patrol": "towards",
    "intercept": "near",
    "withdraw": "to",
    "supply": "to",
    "other": "to",
}

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
# Modes in which the parties are not in one place: a location would say they were.
_REMOTE_MODES = frozenset({"phone_call", "video_call", "correspondence"})
# Words that name a contact's mode: a topic opening with one repeats the verb ("spoke by
# phone on phone and visit …"), not what was discussed.
_MODE_WORDS = frozenset(
    {"phone", "call", "calls", "video", "meeting", "visit", "talks", "summit", "letter", "letters"}
)
# A contact with more participants than this names the first ones and counts the rest.
MAX_NAMED = 3
# At most this many topics follow "on"; a contact's line is one sentence, not its agenda.
MAX_TOPICS = 2


def _names(actors: list[CanonicalActor]) -> str:
    names = [named(a) for a in actors]
    if len(names) > MAX_NAMED:
        names = [*names[: MAX_NAMED - 1], f"{len(names) - MAX_NAMED + 1} others"]
    return and_joined(names)


def _sentence(text: str) -> str:
    """One line, capitalised, ending in a full stop."""
    text = collapse_whitespace(text).rstrip(" ;,:")
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "\u201d", '"')) else text + "."


def _position(item: PositionItem) -> str:
    topic = _owned(item.holder, item.topic)
    text = f"{named(item.holder)} {_holders_words(item.stance, topic, item.holder)}"
    if item.target is not None and item.target.name not in item.topic:
        text += f" (addressed to {named(item.target)})"
    line = _sentence(text)
    # The holder's words quoted may close the line: it still ends in a stop.
    return line + "." if line.endswith("\u201d") else line


def _holders_words(stance: str, topic: str, holder: CanonicalActor) -> str:
    """The stance and a topic holding the holder's "our" or "we" mid-phrase ("explain the
    military activity near our borders"), said from the reader's side (``speakers``:
    "near Ukraine's borders"; a state's own "its"); a topic still in the first person
    ("concerns that we have raised") is quoted, as the holder's words. A topic opening in
    the first person already stands apart in brackets (``stance_and_topic``) and is left
    as it is."""
    if in_own_person(topic) or not in_first_person(topic):
        return stance_and_topic(stance, topic)
    topic, unowned = from_holders_side(topic, holder)
    words = stance_and_topic(stance, topic)
    if not unowned:
        return words
    text = read_phrase(topic).text
    if not words.endswith(text):
        return words
    return words[: len(words) - len(text)] + quoted(text)


# Figures with no unit, as a disputed count of formations is given ("2 or 3").
_BARE_FIGURES = re.compile(r"(?:about )?[\d,\u2013]+(?: or (?:about )?[\d,\u2013]+)*")


def _forces(item: MovementItem) -> str:
    """The forces as written, with the figure when they do not state it; a disputed
    figure is given as every value the sources gave."""
    if any(d.field == "quantity" for d in item.disagreements) and item.quantity:
        # Bare figures ("2 or 3") count formations the forces name: said with them, from
        # the reader's side as any forces are.
        if _BARE_FIGURES.fullmatch(item.quantity) is None:
            return item.quantity
        owner = actors_own(item.actor, item.claimed_by)
        return f"{from_readers_side(lowered_figure(item.forces), owner)} ({item.quantity})"
    forces = lowered_figure(item.forces)
    shown = from_readers_side(forces, actors_own(item.actor, item.claimed_by))
    if item.quantity and not any(ch.isdigit() for ch in forces):
        return shown if _spelled(forces, item.quantity) else f"{shown} ({item.quantity})"
    return shown


def _spelled(forces: str, quantity: str) -> bool:
    """The forces give the figure in words ("two additional brigades"): the bracket would
    give it again, counted in the unit it was filed under ("(2 troops)" for two brigades,
    which a reader takes for two soldiers)."""
    bounds = quantity_bounds(quantity)
    return bounds is not None and spells_figure(forces, bounds[0])


def _owned(actor: CanonicalActor, phrase: str) -> str:
    """ "Russia's escalating military buildup" said of Russia is "its escalating military
    buildup": the actor is the sentence's subject already. (A person's is left as it is:
    which pronoun is theirs is not in the fields.)"""
    if actor.kind == "person":
        return phrase
    for mark in ("'s ", "\u2019s "):
        owner = actor.name + mark
        if phrase.casefold().startswith(owner.casefold()):
            return ("their " if is_plural(actor) else "its ") + phrase[len(owner) :]
    return phrase


def _agreeing(verb: str, actor: CanonicalActor) -> str:
    """The verb in the plural for a plural actor: "is deploying" → "are deploying"."""
    if not is_plural(actor):
        return verb
    first, _, rest = verb.partition(" ")
    plural = {"is": "are", "has": "have"}.get(first)
    return f"{plural} {rest}" if plural else verb


def _verb(item: MovementItem, forces: str) -> str:
    """The activity's verb with the forces, in the tense the status says."""
    forms, unclear = _ACTIVITY_VERBS[item.activity], _UNCLEAR_VERBS[item.activity]
    words = forces.casefold().strip("\u201c\u201d").split()
    if item.activity == "exercise" and words and words[-1] in _EXERCISE_NOUNS:
        forms, unclear = _HELD_EXERCISE
    index = _STATUS_INDEX.get(item.status)
    if index is None:
        return unclear[is_plural(item.actor)].format(f=forces)
    return _agreeing(forms[index].format(f=forces), item.actor)


def _speakers(item: MovementItem, phrase: str) -> str:
    """A place in the speaker's words ("along our western borders") said from the reader's
    side (``speakers``): the claimants' one state's, else quoted."""
    return from_readers_side(phrase, speakers_owner(item.claimed_by))


def _movement(item: MovementItem) -> str:
    forces = _owned(item.actor, _forces(item))
    text = f"{named(item.actor)} {_verb(item, forces)}"
    if item.origin and item.origin.casefold() not in forces.casefold():
        text += f" from {_speakers(item, item.origin)}"
    if item.destination and item.destination.casefold() not in forces.casefold():
        destination = _speakers(item, item.destination)
        if _is_place(item.destination):
            text += f" {_DESTINATION_WORDS[item.activity]} {destination}"
        else:
            text += f" {destination}"
    if item.status == "unclear":
        text += " (status unclear)"
    if any(d.field == "quantity" for d in item.disagreements):
        text += "; the sources give different figures"
    line = _sentence(text)
    # A place quoted in the speaker's words may close the line: it still ends in a stop.
    return line + "." if line.endswith("\u201d") else line


def _combat(item: MovementItem) -> str:
    """An attack said as one: "Russia is attacking Kyiv", not "is moving its war … on
    Kyiv". What it is fought with stays under the item: extractors cut forces for combat
    badly ("Russia's war represents an assault"), and the line needs only who and where."""
    index = _STATUS_INDEX.get(item.status)
    first, _, rest = (item.destination or "").partition(" ")
    target = rest if first.casefold() in _COMBAT_PREPOSITIONS else item.destination
    with_target, without = _COMBAT_UNCLEAR
    if index is None:
        verb = (with_target if target else without)[is_plural(item.actor)]
    else:
        verb = _agreeing((_COMBAT_VERBS if target else _COMBAT_NO_TARGET)[index], item.actor)
    text = f"{named(item.actor)} {verb}" + (f" {target}" if target else "")
    if item.status == "unclear":
        text += " (status unclear)"
    return _sentence(text)


def _is_place(destination: str) -> bool:
    """ "Poland and Germany" takes a preposition; "near the Ukrainian border" brings its own."""
    shape = read_phrase(destination).shape
    return shape is not Shape.PREPOSITIONAL


def _location(item: ContactItem) -> str | None:
    """Where the parties met, unless that says nothing or too much: a call has no one
    place, and a participant's own country is where it is, not where they met."""
    if not item.location or item.mode in _REMOTE_MODES:
        return None
    taken = {p.name for p in item.participants} | {
        p.country for p in item.participants if p.country
    }
    return None if item.location in taken else item.location


def _topics(item: ContactItem, empty: frozenset[str]) -> str:
    """What the contact was about ("on A and B") and what the parties did there ("and
    reached an agreement on …"), from the topics that say either in a shape that fits. A
    topic that names nothing ("all these issues") is left out: what it stands for is in
    another sentence, and "met on all these issues" tells the reader nothing. What the
    parties did is said only of a contact held ("will hold talks … and reached an
    agreement" says both that it is to come and that it is done: a merged item's topics
    come from all its reports, its status from the latest), and a subject it names is
    not said again before it ("on joint patrols and reached an agreement on joint
    patrols"), nor when the act was cut short inside it (``_completed``)."""
    about: list[str] = []
    did: list[str] = []
    for topic in item.topics:
        phrase = read_phrase(topic)
        first = topic.split()[0].casefold() if topic.split() else ""
        if first in _MODE_WORDS or names_nothing(topic, empty):
            continue
        if phrase.shape in {Shape.NOUN, Shape.QUESTION}:
            about.append(phrase.text)
        elif phrase.shape is Shape.PAST and item.status == "held":
            did.append(phrase.text)
    act = _completed(did[0], about) if did else ""
    about = [a for a in about if not (act and _within(a, act))]
    text = " on " + " and ".join(about[:MAX_TOPICS]) if about else ""
    return text + (f" and {act}" if act else "")


def _within(subject: str, act: str) -> bool:
    """Whether every word of ``subject`` is in ``act``, in order: "joint opening of
    humanitarian corridors" within "the sides agreed on the joint opening of
    humanitarian corridors for taking out"."""
    words = subject.casefold().split()
    found = act.casefold().split()
    return any(found[i : i + len(words)] == words for i in range(len(found) - len(words) + 1))


# Words an act must end on of a subject's opening to be taken as cut inside it: enough that
# the overlap is the subject's words, not a shared "the border" by chance.
_CUT_OVERLAP = 3


def _completed(act: str, subjects: list[str]) -> str:
    """The act said whole when it was cut short inside a subject it names: a topic is cut
    at a number of words, so "the sides agreed on the joint opening of humanitarian
    corridors for taking out" ends where the subject "joint opening of humanitarian
    corridors for taking out the wounded" goes on; the act ends with its rest (and the
    subject, then within it, is not said twice)."""
    ending = act.casefold().split()
    for subject in subjects:
        words = subject.split()
        folded = subject.casefold().split()
        for size in range(len(words) - 1, _CUT_OVERLAP - 1, -1):
            if ending[-size:] == folded[:size]:
                return act + " " + " ".join(words[size:])
    return act


def _contact(item: ContactItem, empty: frozenset[str]) -> str:
    if item.mode == "visit" and len(item.participants) > 1:
        visitor, hosts = item.participants[0], item.participants[1:]
        verb = _VISIT_VERBS[_CONTACT_STATUS[item.status]]
        text = f"{named(visitor)} {verb} {_names(hosts)}"
    else:
        verb = _CONTACT_VERBS[item.mode][_CONTACT_STATUS[item.status]]
        text = f"{_names(item.participants)} {verb}"
    location = _location(item)
    if location:
        text += f" in {location}"
    text += _topics(item, empty)
    sentence = _sentence(text)
    if item.outcome:
        sentence += " " + _sentence(item.outcome)
    return sentence


def plain_sentence(item: BriefingItem, *, empty: frozenset[str], combat: bool = False) -> str:
    """``empty``: the words that name no subject, the importance weights' ``form.empty``
    (the caller's weights, so a user's own list reaches a contact line's topics as it
    reaches the ranking). ``combat``: the item is an attack filed as activity "other"
    (``importance`` tells), said as one."""
    if isinstance(item, PositionItem):
        return _position(item)
    if isinstance(item, MovementItem):
        return _combat(item) if combat and item.activity == "other" else _movement(item)
    return _contact(item, empty)
