"""Items that report one fact, merged into one item with several quotes (granularity rule 1).

A position is keyed by (holder, stance, topic): the same holder taking the same stance on
the same issue again is a restatement, found by the topics' shared content words. Words that
only name a party ("Ukraine", "the people of Ukraine") are not what a topic says: "stands with
the people of Ukraine" and "is providing humanitarian assistance for Ukraine" are two
positions of one side. A speaker who goes on in the same stance in the next sentence of
their own speech is restating too. An item restated once is compared by what it said last
as well as first: a report, then a quotation restating it, then the quotation going on.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from summarise.actors import FUNCTION_WORDS, party_spans, same_surname, tokens, vocabulary
from summarise.extraction.backends.baseline.contacts import ContactDraft
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.measure_kinds import measures_named
from summarise.extraction.backends.baseline.movement_draft import MovementDraft
from summarise.extraction.backends.baseline.movement_places import CAPITAL
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.times import same_time

_STOPWORDS = FUNCTION_WORDS | {
    "this",
    "that",
    "these",
    "those",
    "its",
    "their",
    "our",
    "his",
    "her",
    "is",
    "are",
    "was",
    "were",
    "be",
    "will",
    "would",
    "all",
    "any",
    "it",
    "we",
    "they",
}
_SHARED = 0.5
# A party's people: "the people of Ukraine", "the Russian nation".
_POPULACE = frozenset({"people", "peoples", "nation"})
_NEXT_SENTENCES = 1


def merge_positions(positions: list[PositionDraft]) -> list[PositionDraft]:
    merged: list[PositionDraft] = []
    # What each kept item said last: a restatement restates the item's latest sentence as
    # much as its first ("it cannot be stated that Russia is withdrawing its troops", then
    # '"I would not call these rotations the withdrawal of troops. We can't state that"').
    latest: dict[int, PositionDraft] = {}
    for new in positions:
        for old in reversed(merged):
            restated = latest.get(id(old))
            if _same(old, new) or (restated is not None and _same(restated, new)):
                old.quotes.extend(q for q in new.quotes if q not in old.quotes)
                old.target = old.target or new.target
                old.when = old.when or new.when
                old.sentence = new.sentence
                latest[id(old)] = new
                break
        else:
            merged.append(new)
    return merged


def _same(old: PositionDraft, new: PositionDraft) -> bool:
    """Every new position is compared with every one kept: the stances, compared before
    the holders, set most pairs apart for less."""
    if new.continues and 0 < new.sentence - old.sentence <= _NEXT_SENTENCES:
        # "The Department of Commerce will extend … This action will help …": the second
        # sentence, in the document's voice, goes on about the department's measure.
        return old.holder.side == new.holder.side
    if old.stance != new.stance:
        return False
    if old.holder != new.holder:
        return False
    if _goes_on(old, new):
        return not (_other_measures(old.topic, new.topic) or _apart(old.measures, new.measures))
    said_old, words_old = _topic(old.topic)
    said_new, words_new = _topic(new.topic)
    if bool(said_old) != bool(said_new):
        return False  # a stance on a party, and one on something about it
    return _shared(words_old, words_new)


def _goes_on(old: PositionDraft, new: PositionDraft) -> bool:
    """The speaker goes on in their next sentence, restating: unless that sentence is told
    as another point ("But we will defend …", "We also do not accept …"), which only the
    topics' shared words may then join to the one before."""
    if not (old.spoken and new.spoken):
        return False
    after = new.sentence - old.sentence
    return after == 0 or (after <= _NEXT_SENTENCES and not new.new_point)


def _shared(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / min(len(a), len(b)) >= _SHARED


@lru_cache(maxsize=4096)
def _measures(topic: str) -> frozenset[str]:
    return measures_named(topic, 0, len(topic))


def _other_measures(old: str, new: str) -> bool:
    """Two topics naming different punitive measures: "the response … costs on Russia's
    economy", then "the export controls we've prepared …" are two measures told in turn,
    which the guide keeps apart (one item per distinct measure), not one restated."""
    return _apart(_measures(old), _measures(new))


def _apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Each names a punitive measure and none the other names. The clauses are compared
    as well as the topics: "we are prepared to respond with limits on the export of
    raw materials" and "Any ban … will be met with a like closure of our airspace" are
    two measures though the second's topic ("airspace") names none."""
    return bool(a and b) and not a & b


@lru_cache(maxsize=4096)
def _topic(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """What the topic says beyond the parties it names, and all its content words."""
    words = tokens(text)
    naming = {i for start, end in party_spans(words) for i in range(start, end)}
    for index, word in enumerate(words):
        if word in _bodies() and _of_party(words, index, naming):
            naming.add(index)
    content = [(i, w) for i, w in enumerate(words) if w not in _STOPWORDS]
    return frozenset(w for i, w in content if i not in naming), frozenset(w for _, w in content)


@cache
def _bodies() -> frozenset[str]:
    """Words that, with a party's name, name the party's people or one of its bodies:
    "the people of Ukraine", "the Russian nation", "the Polish government"."""
    vocab = vocabulary()
    return _POPULACE | vocab.government_words | vocab.military_words


def _of_party(words: list[str], index: int, naming: set[int]) -> bool:
    """The word at ``index`` follows a party's name or is "of" one: "Ukrainian people",
    "people of the UK"."""
    if index - 1 in naming:
        return True
    after = index + 1
    if words[after : after + 1] != ["of"]:
        return False
    after += 2 if words[after + 1 : after + 2] == ["the"] else 1
    return after in naming


@lru_cache(maxsize=4096)
def _content(text: str) -> frozenset[str]:
    return frozenset(w for w in tokens(text) if w not in _STOPWORDS)


def merge_contacts(contacts: list[ContactDraft], new: list[ContactDraft]) -> list[ContactDraft]:
    """A contact of the same mode between the same sides is the same occasion, unless the
    text dates the two apart: the guide makes an earlier or next occasion its own item
    ("their call on January 2" beside today's call). A contact whose medium is unstated
    ("The President discussed X with the Chancellor" after their call) is the occasion
    already reported between the same sides: what was discussed adds to its topics; told
    first ("X spoke today with Y", then "In his call with Y, …"), it takes the medium the
    later report names. One held and one still ahead are two occasions. Told first by its
    states ("Russian-Hungarian talks"), an occasion takes the people a later report names
    for each side ("Our talks with Mr Orban")."""
    merged = list(contacts)
    for contact in new:
        for old in merged:
            if (
                (
                    contact.mode in (old.mode, "other")
                    or old.mode == "other"
                    or _one_sitting(old, contact)
                )
                and old.sides == contact.sides
                and same_time(old.when, contact.when)
                and not _held_and_ahead(old, contact)
                and not _other_people(old, contact)
                and not _other_visitor(old, contact)
            ):
                if _people_for_states(old, contact):
                    old.participants = list(contact.participants)
                if old.mode == "other":
                    old.mode = contact.mode
                old.quotes.extend(q for q in contact.quotes if q not in old.quotes)
                old.topics.extend(t for t in contact.topics if t not in old.topics)
                old.location = old.location or contact.location
                old.when = old.when or contact.when
                break
        else:
            merged.append(contact)
    return merged


# Face-to-face occasions: held talks and a meeting of the same people, not dated apart, are
# one sitting ("Putin and Lukashenko held talks in the Kremlin" and, in its transcript, "I am
# glad to welcome you to Moscow"): the first word the text gave it stays its mode. Their
# ministers meeting the same day are other people, so another occasion.
_SITTINGS = frozenset({"talks", "meeting"})


def _one_sitting(old: ContactDraft, new: ContactDraft) -> bool:
    return (
        {old.mode, new.mode} <= _SITTINGS
        and old.status == new.status == "held"
        and {p.name for p in old.participants} == {p.name for p in new.participants}
    )


# A contact held and one still ahead (planned or proposed) are two occasions: "I spoke with
# him Sunday … I'll speak with him again before the end of the week" (the guide: a specific
# next occasion is its own item). A planned one called off may be the same occasion.
_AHEAD = frozenset({"planned", "proposed"})


def _held_and_ahead(old: ContactDraft, new: ContactDraft) -> bool:
    return {old.status, new.status} & _AHEAD != set() and "held" in (old.status, new.status)


def _other_people(old: ContactDraft, new: ContactDraft) -> bool:
    """Two contacts of the same states between other people are two occasions: "The
    President spoke with President Zelenskyy, and Secretary Blinken talked with Foreign
    Minister Kuleba", "The Vice President met with the President, then with the Prime
    Minister" (the guide: each pair of people who met is its own item). Some side names
    people in each, and no one of the one is anyone of the other (a surname spelled apart,
    "Zelensky" and "Zelenskyy", is one person); a side told by its state in either says
    nothing of who met, and so does an office told without its holder ("the President of
    Ukraine" may be Zelenskyy)."""
    for side in old.sides:
        before = [p for p in old.participants if p.side == side]
        after = [p for p in new.participants if p.side == side]
        if (
            before
            and after
            and all(_named_person(p) for p in [*before, *after])
            and not any(
                same_surname(surname_of(a.name), surname_of(b.name)) for a in before for b in after
            )
        ):
            return True
    return False


def _other_visitor(old: ContactDraft, new: ContactDraft) -> bool:
    """A visit goes one way, the visitor first: X's visit to Y and Y's to X are two
    occasions between the same sides ("invited the President to visit Kyiv", and "the
    Foreign Minister will travel to Washington")."""
    return "visit" in (old.mode, new.mode) and old.participants[0].side != new.participants[0].side


def _named_person(party: ActorRef) -> bool:
    """Whether the party is a person named by the text, not an office told without its
    holder, which may be anyone of that office."""
    # ``refs.office`` names an office "<role> of <country>" ("President of Ukraine"): that
    # prefix is how such a party is told from a person the text names.
    return party.is_person and not (party.role and party.name.startswith(f"{party.role} of "))


def _people_for_states(old: ContactDraft, new: ContactDraft) -> bool:
    """Whether a contact told by its states alone is reported again by the people of each
    side, who then stand for them (the guide names the people who met when the text does)."""
    return all(p.kind == "state" for p in old.participants) and all(
        p.is_person for p in new.participants
    )


_PLAN_AND_PRESENCE = frozenset({"planned", "ongoing"})


# "send 3,000 more troops to the region": a place named by its kind alone points back to
# one named before, and differs from no named place.
_PLACE_BY_KIND = re.compile(r"(?:the|that|this)\s+(?:region|area|country|zone)", re.IGNORECASE)


def _named_place(destination: str | None) -> bool:
    return bool(destination) and _PLACE_BY_KIND.fullmatch(destination or "") is None


def merge_movements(movements: list[MovementDraft], text: str) -> list[MovementDraft]:
    """One actor's one activity is one movement unless the figures or places differ
    (a package and its parts are separate items) or the new one is told as another
    ("more shipments are on their way"); one attacker's combat told at other named places
    is other fighting (``_fought_elsewhere``)."""
    merged: list[MovementDraft] = []
    for new in movements:
        for old in merged:
            if (old.actor, old.activity) != (new.actor, new.activity) or old.another or new.another:
                continue
            if old.quantity and new.quantity and old.quantity.low != new.quantity.low:
                continue
            if _counted_apart(old, new):
                continue
            if {old.status, new.status} == _PLAN_AND_PRESENCE:
                continue  # forces already there are not the ones still to be sent
            if old.activity == "other" and _fought_elsewhere(text, old, new):
                continue
            if (
                _named_place(old.destination)
                and _named_place(new.destination)
                and _content(old.destination or "") != _content(new.destination or "")
                and not new.anaphoric
            ):
                continue
            old.quotes.extend(q for q in new.quotes if q not in old.quotes)
            old.quantity = old.quantity or new.quantity
            if not _named_place(old.destination):
                old.destination = new.destination or old.destination
            old.origin = old.origin or new.origin
            break
        else:
            merged.append(new)
    return merged


# A drill or a build-up is one event told by its noun and then by its forces counted ("the
# exercises …", "More than 14,000 servicemen took part"); a transfer is not.
_EVENTS = frozenset({"exercise", "mass"})


def _counted_apart(old: MovementDraft, new: MovementDraft) -> bool:
    """Forces sent, supplied or withdrawn, told first uncounted and then counted by other
    words ("units" moved in over the month, "about 7,000 additional troops" arrived this
    week), are two transfers; a restatement names the same forces again ("troops" … "3,000
    troops"), uncounted forces after counted ones are a gloss of them ("two battalions …,
    including units that arrived by rail"), and forces included in a whole are part of it
    ("military aid, including 300 Javelin missiles")."""
    if old.activity in _EVENTS or old.quantity is not None or new.quantity is None or new.part:
        return False
    return not (_content(old.forces) & _content(new.forces))


# A name governed by the word before it, over an article: "near Chernihiv", "in the Kharkiv
# region", "shelling Mykolaiv", "with Grad rocket launchers". A name may hold "of" ("the
# Head of State"): its last word is no name governed by that "of".
_GOVERNED_NAME = re.compile(
    rf"(?P<head>[\w\u2019'-]+)\s+(?:the\s+)?(?P<name>{CAPITAL}[\w\u2019'-]*"
    rf"(?:\s+(?:of\s+(?:the\s+)?)?{CAPITAL}[\w\u2019'-]*)*)"
)


def _fought_elsewhere(text: str, old: MovementDraft, new: MovementDraft) -> bool:
    """One attacker's combat told in two sentences is two events when each names places of
    its own ("In the north, near Chernihiv, the enemy attempted to break through …"; "In the
    south, the occupiers go on shelling Mykolaiv …"): a report of the day's fighting goes
    from front to front, and the labels keep each front's fighting apart. A sentence that
    names no place ("the column turned back", "They hit a dormitory") or a place named
    before goes on with the same event."""
    before = _place_names(text, old.quotes)
    after = _place_names(text, new.quotes)
    return bool(before) and bool(after) and not before & after


def _place_names(text: str, quotes: list[tuple[int, int]]) -> frozenset[str]:
    """The folded words of the names a preposition or the attack itself governs ("near
    Chernihiv", "shelling Mykolaiv", "with Grad launchers"), where places and weapons
    stand; a name before its verb, after a comma or after a determiner is a subject or a
    source ("…, Governor Oleh Syniehubov said", "the Head of State said"), the same on
    every front. A party's name (a state, its capital) is never a front of its own: the
    attacker and the attacked are the same on every front."""
    grammar = load_grammar()
    combat = load_lexicon().combat.full
    names: set[str] = set()
    for start, end in quotes:
        quote = text[start:end]
        words = tokens(quote)
        parties = {w for s, e in party_spans(words) for w in words[s:e]}
        attacks = {m.end() for m in combat.finditer(quote)}
        for governed in _GOVERNED_NAME.finditer(quote):
            name = tokens(governed.group("name"))
            if name[0] in grammar.title_words:
                continue
            if (
                governed.group("head").lower() in grammar.prepositions
                or governed.end("head") in attacks
            ):
                names.update(w for w in name if w not in parties)
    return frozenset(names)
