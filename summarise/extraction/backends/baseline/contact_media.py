"""The medium of a contact reported by a verb that does not say it ("spoke with", "talked
to", "a conversation with"): the sentence's own medium phrase, the calls its paragraph
announced, the title's when the title names this occasion, the article's name for the
occasion, else none (the guide: mode follows the article's word). And the medium a phrase
right after "met" states ("met by video link").

Apart from ``contacts`` because the medium is read from the document around the trigger
(its title, its other sentences), not from the trigger's clause.
"""

from __future__ import annotations

import re

from summarise.actors import countries_in
from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.lexicon import load_lexicon, mode_of
from summarise.extraction.backends.baseline.literal_gates import finditer_held
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.schema import ContactMode

# Words that say two parties spoke without saying how.
_UNSTATED_MEDIUM = ("spoke", "speak", "talk", "conversation")


def says_no_medium(trigger: re.Match[str]) -> bool:
    """Whether a trigger of the calls reports parties speaking without saying how: a verb
    or noun of speaking ("spoke with", "talked to", "a conversation with", "their
    conversation", "the previous conversation"), the phone not named beside it ("phone
    conversation" names it). The one rule for every reader: the contact's own medium is
    then looked for around it (``medium``), an earlier occasion followed up on has none."""
    if mode_of(category(trigger)) != "phone_call":
        return False
    words = trigger.group().lower().split()
    speaking = any(word.startswith(_UNSTATED_MEDIUM) for word in words)
    return speaking and not any("phone" in word for word in words)


# The medium the article names the occasion by: "The phone call came as …".
_NAMED_MEDIUM = re.compile(
    r"\b[Tt]he\s+(?:(?P<video>video)\s+|(?:tele)?phone\s+)?(?:call|conversation)\b"
)


def medium(
    text: str, frame: Frame, triggers: list[re.Match[str]], parties: list[ActorRef]
) -> ContactMode:
    """The medium of a contact whose verb does not say it: its sentence's ("will talk with X
    over the phone"), that of the calls its paragraph announced ("Today I had several
    telephone conversations. I spoke with X"), its title's, the article's name for it, or
    none. The title's medium is that of the occasion the title names: a contact with a party
    the title does not name ("When I spoke with President X on Monday" in "Russian-Serbian
    talks") states none."""
    said = stated_medium(triggers) or _announced(text, triggers[0].start())
    if said is not None:
        return said
    if frame.title_mode:
        return mode_of(frame.title_mode) if _titled(frame, parties) else "other"
    named = _NAMED_MEDIUM.search(text)
    if named is None:
        return "other"
    return "video_call" if named["video"] else "phone_call"


def stated_medium(triggers: list[re.Match[str]]) -> ContactMode | None:
    """The medium a sentence states beside its verb of contact ("consulted them during a
    video call", "discussed the deployments with X by phone"), if any."""
    for trigger in triggers:
        mode = mode_of(category(trigger))
        if mode in ("phone_call", "video_call") and not says_no_medium(trigger):
            return mode
    return None


# The calls a paragraph announces before it tells them one by one: "Today I had several
# important telephone conversations. I spoke with President X …" (plural: several occasions
# the sentences after it go through).
_ANNOUNCED = re.compile(
    r"\b(?:(?P<video>video)|(?:tele)?phone)\s+(?:calls|conversations)\b", re.IGNORECASE
)


def _announced(text: str, start: int) -> ContactMode | None:
    """The medium of the calls the paragraph announced before ``start``, if it did."""
    paragraph = text.rfind("\n", 0, start) + 1
    announced = list(finditer_held(_ANNOUNCED, text, paragraph, start))
    if not announced:
        return None
    return "video_call" if announced[-1]["video"] else "phone_call"


def adjoining_medium(
    text: str, trigger: re.Match[str], triggers: list[re.Match[str]]
) -> ContactMode | None:
    """The medium a phrase right after a verb of meeting states: "met by video link today",
    "met via videoconference", past a time ("met today by video conference"): a meeting
    held by that medium (the guide: video only when the article says so, and here it
    does)."""
    for other in triggers:
        if other.start() < trigger.end():
            continue
        if text[trigger.end() : other.start()].strip() and not _time_between(
            text, trigger.end(), other.start()
        ):
            continue
        mode = mode_of(category(other))
        if mode in ("phone_call", "video_call"):
            return mode
    return None


def _time_between(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is one time expression and spaces."""
    at = start + (len(text[start:end]) - len(text[start:end].lstrip()))
    found = load_lexicon().when.match(text, at, end)
    return found is not None and not text[found.end() : end].strip()


def _titled(frame: Frame, parties: list[ActorRef]) -> bool:
    """Whether the title names every party but the publisher's own: by surname, or by its
    state ("Readout of … Call with Prime Minister X of Estonia", "Russian-Kyrgyz talks")."""
    states = countries_in(frame.title)
    for party in parties:
        if party.country is not None and party.country in (frame.home, *states):
            continue
        if party.name.split()[-1] not in frame.title:
            return False
    return True
