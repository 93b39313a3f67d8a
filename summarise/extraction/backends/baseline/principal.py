"""The document's principal and the publisher's own officials: who "the President" of a
readout is, and which untitled-by-country officials are the publishing state's.

Apart from ``people`` because that module reads who the article introduces from the
text's forms alone; these settle, after every person is registered, whose each one is by
the document's frame (its publisher's state), as a reader of a state's readout does.
"""

from __future__ import annotations

import re

from summarise.actors import known_person, tokens, vocabulary
from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.mentions import Mention, find_mentions, states_own_body
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.people import Person, Registry
from summarise.extraction.backends.baseline.refs import ActorRef, leader_office, office
from summarise.extraction.backends.baseline.titles import fold
from summarise.extraction.backends.baseline.turns import Label, label_at, speaker_text

HEAD_OFFICES = frozenset(
    {
        "president",
        "prime minister",
        "chancellor",
        "king",
        "queen",
        "head of state",
        "leader",
        "premier",
        "pope",
    }
)

# Offices of international bodies, which no state's own text gives to one of its own.
_BODY_OFFICES = frozenset({"secretary general"})


def home_officials(registry: Registry, frame: Frame, text: str) -> None:
    """A minister, adviser or spokesperson a state's own readout names without a country is
    that state's: a government's texts name foreign officials with their country ("Russian
    Foreign Minister Lavrov") and its own without. Heads of state and government are left
    alone: readouts name foreign leaders as "President Zelenskyy" too; so is an office the
    state does not have ("Foreign Minister Lavrov" in a White House text) or an
    international body's ("Secretary General Stoltenberg"). An official a guest's turn
    names first is the guest's when they say "our": a guest names the host's ministers by
    office alone too. Whoever the frame cannot place takes the vocabulary's state, if it
    lists them (``Person.take_listed``): a titled person no title or frame placed
    ("President Zelenskyy" in a White House readout, "Foreign Minister Lavrov" in a Kyiv
    one) is one the vocabulary knows, as a reader of the period does. A text of no
    state's is left to its titles: a spokesperson it names by office alone is their own
    voice there."""
    if frame.home is None:
        return
    _place_home(registry, frame.home, text)
    for person in registry.people:
        if person.country is None and person.body is None:
            person.take_listed()


def _place_home(registry: Registry, home_state: str, text: str) -> None:
    """The frame's reading of each titled official without a state: an aide's principal's,
    a guest's own, else the publisher's unless the office is a head's, an international
    body's or one the publisher's state lacks."""
    abroad = dict(load_grammar().offices_abroad).get(home_state, frozenset())
    for person in registry.people:
        if _short_body(person):
            person.country, person.body = home_state, None
            continue
        titled = person.office is not None or person.role is not None
        # "Defence Ministry spokesperson X": a body every state has says no state, so X
        # is placed as an official titled by office alone is.
        unowned = person.body is None or states_own_body(person.body)
        if titled and person.country is None and unowned:
            served = _served(registry, person)
            if served is not None:
                person.country = served.country
                continue
            speaker = _foreign_speaker(text, registry, person, home_state)
            if speaker is not None:
                person.country = speaker.country if _own(text, person) else None
                continue
            home = person.office not in HEAD_OFFICES | _BODY_OFFICES and not _office_abroad(
                person, abroad
            )
            if home:
                person.country = _listed_or(person, home_state)


def _listed_or(person: Person, home: str) -> str:
    """The state the vocabulary lists a titled person with, else the publisher's: a readout
    names a visiting chairman or secretary by office alone as it names its own ("Chairman
    Michael Roth" in a Kyiv readout is Germany's). Only the frame's guess gives way; a title
    naming a state, an aide's principal or a guest's "our" still decide first."""
    listed = known_person(person.name)
    return listed.country if listed is not None else home


# A capitalised word inside a role, without its possessive ending: "the head of President
# Zelenskyy's office", "an adviser to Chancellor Scholz".
_ROLE_NAME = re.compile(r"\b(?P<name>[A-Z][\w-]*?)(?:['\u2019]s)?\b")


def _served(registry: Registry, person: Person) -> Person | None:
    """The person another's role is held under ("Andriy Yermak, the chief of President
    Zelenskyy's office", "an adviser to Chancellor Scholz"): an aide is their principal's,
    not the publisher's, so takes their country (none when the article gives them none);
    "the President's office" names an office, no person the article introduced, and
    stays the publisher's."""
    for found in _ROLE_NAME.finditer(person.role or ""):
        served = registry.find(surname_of(found["name"]))
        if served is not None and served is not person:
            return served
    return None


def _foreign_speaker(text: str, registry: Registry, person: Person, home: str) -> Person | None:
    """The speaker of another state in whose turn the text first names ``person``
    ("Viktor Orban: Foreign Minister Szijjarto will see Minister Lavrov"): a guest names
    their own officials without a country as a state's readout does, and the host's too,
    so the office alone says neither state."""
    label = _turn_label(text, person.first_seen)
    if label is None:
        return None
    names = find_mentions(speaker_text(label.text))
    if len(names) != 1 or names[0].kind != "person" or not names[0].name:
        return None
    speaker = registry.find(surname_of(names[0].name))
    if speaker is None or speaker is person or speaker.country in (None, home):
        return None
    return speaker


def _turn_label(text: str, position: int) -> Label | None:
    """The speaker label of the turn ``position`` lies in: the last label at a line's
    start before it."""
    found = None
    for line in _LINE.finditer(text, 0, position + 1):
        label = label_at(text, line.start(), line.end())
        if label is not None:
            found = label
    return found


# "our Foreign Minister Ruslan Kazakbayev", "My Defence Minister": the speaker's own
# official; at a sentence's start the possessive is read as part of the title.
_OWN_BEFORE = re.compile(r"\b(?i:our|my)[ \t]+$")
_OWN_TITLE = re.compile(r"(?i:our|my)[ \t]")


def _own(text: str, person: Person) -> bool:
    """Whether the speaker calls the official theirs ("our Foreign Minister ...")."""
    start = person.first_seen
    return bool(_OWN_BEFORE.search(text, 0, start) or _OWN_TITLE.match(text, start))


def _short_body(person: Person) -> bool:
    """A title naming an international body without the organisation's own name
    ("Security Council Secretary", not "UN Security Council"): in a state's own text, the
    state's own body of that name (a national security council, a national assembly)."""
    if person.body is None or person.country is None or person.role is None:
        return False
    if person.country in vocabulary().countries:
        return False
    owner = fold(person.country)
    return owner in tokens(person.body) and owner not in tokens(person.role)


def _office_abroad(person: Person, words: frozenset[str]) -> bool:
    """An office the publisher's state does not have ("Foreign Minister" in a White House
    text, "Secretary of State" in a Kremlin one): a word or a run of words of the office."""
    office = f" {' '.join((person.office or person.role or '').lower().split())} "
    return any(f" {word} " in office for word in words)


def find_principal(
    text: str,
    registry: Registry,
    mentions: list[Mention],
    frame: Frame,
    title_mentions: tuple[Mention, ...] | list[Mention] = (),
) -> ActorRef | None:
    """The head of the publisher's state, as the article names them.

    The first person of the title or the lede who is either titled with the head's office and not
    placed elsewhere ("President Joseph R. Biden, Jr.") or named without any title
    ("Vladimir Putin had a telephone conversation") is the principal: a readout names its
    own head first. "President of the European Council Charles Michel" belongs to a body,
    and "President Zelenskyy" after Putin is the other party.
    """
    home = frame.home
    leader = leader_office(home)
    if home is None or leader is None:
        return None
    wanted = leader.lower()
    opening = _answer_start(text)
    first_end = text.find(".", opening)
    lede = first_end if first_end >= 0 else len(text)
    if not any(m.kind == "person" for m in mentions if opening <= m.start <= lede):
        # A fact sheet's lede names the state ("Today, the United States is taking …"),
        # its head in the paragraph's next sentence ("President Biden has authorized …").
        paragraph_end = text.find("\n\n", opening)
        lede = paragraph_end if paragraph_end >= 0 else len(text)
    lede_mentions = [(text, m) for m in mentions if opening <= m.start <= lede]
    for source, m in [*((frame.title, m) for m in title_mentions), *lede_mentions]:
        if m.kind != "person" or not m.name or _COUNTERPART.search(source, 0, m.start):
            continue
        if m.possessive:
            # "President Duda's assurances … mean a great deal to our people": the text
            # speaks of him; its own head speaks, or acts, in the nominative.
            continue
        person = registry.find(surname_of(m.name))
        if person is None or person.body is not None or person.country not in (None, home):
            continue
        if person.office == wanted and not _of_another(person):
            person.country = home
            return person.ref
        if person.office is None and person.role is None:
            return _make_head(person, wanted, leader, home)
    speaker = _head_speaking(text, registry, mentions, lede, wanted, home)
    if speaker is not None:
        return _make_head(speaker, wanted, leader, home)
    return office(leader, home)


def _make_head(person: Person, wanted: str, leader: str, home: str) -> ActorRef:
    person.office, person.country = wanted, home
    person.role = leader
    return person.ref


def _head_speaking(
    text: str, registry: Registry, mentions: list[Mention], lede: int, wanted: str, home: str
) -> Person | None:
    """A transcript whose lede names the head by office alone ("The President took part in
    a broad meeting of the Board.") and whose first turn is labelled with a name
    the text has not used before ("Vladimir Putin: …"): a state's transcript gives the
    floor to its head first, so that name is the President's; a guest is named, with their
    title, in the lede that introduces the meeting."""
    named = any(
        m.start <= lede
        and m.kind == "office"
        and m.title is not None
        and m.title.office == wanted
        and m.title.country in (None, home)
        for m in mentions
    )
    if not named:
        return None
    label = _first_label(text, lede)
    if label is None:
        return None
    names = [m for m in mentions if label.start <= m.start and m.end <= label.end]
    if len(names) != 1 or names[0].kind != "person" or not names[0].name:
        return None
    surname = surname_of(names[0].name)
    earlier = any(
        m.kind == "person" and m.name and surname_of(m.name) == surname
        for m in mentions
        if m.start < label.start
    )
    person = registry.find(surname)
    if earlier or person is None:
        return None  # a guest the lede named: the head is the one it did not
    return person if person.office is None and person.role is None and person.body is None else None


_LINE = re.compile(r"[^\n]+")


def _first_label(text: str, start: int) -> Label | None:
    """The first speaker label after ``start`` that is not a journalist's ("Q")."""
    for line in _LINE.finditer(text[start:]):
        label = label_at(text, start + line.start(), start + line.end())
        if label is not None:
            return label if label.text != "Q" else None
    return None


def _answer_start(text: str) -> int:
    """Where the lede starts: the text's start, or in a transcript that opens with a
    journalist's question ("Question: … / Volodymyr Zelenskyy: …"), the answer's line, as
    the question's premises name others and the answerer is the one the text is of."""
    start = 0
    while start < len(text):
        line_end = text.find("\n", start)
        end = len(text) if line_end < 0 else line_end
        label = label_at(text, start, end)
        if label is not None and label.text != "Q":
            return start
        if start == 0 and label is None:
            return 0
        if line_end < 0:
            return 0
        start = line_end + 1
    return 0


# "Telephone conversation with President Charles Michel": the other party; "Costs on
# Russia for Putin's War", "Sanctions against President Ivanov": the party acted against;
# "Remarks by Vice President Harris and President Zelenskyy": a state's texts name their
# own people first, so a head named after another person is the guest.
_COUNTERPART = re.compile(
    r"\b(?i:with|to|for|against)[ \t]+(?i:the[ \t]+)?$"
    r"|\b(?:Mr\.?|Ms\.?|Mrs\.?|[A-Z][\w\u2019'-]+)[ \t]+and[ \t]+(?:the[ \t]+)?$"
)


def _of_another(person: Person) -> bool:
    """ "President of the European Council": the office of something other than a state."""
    return person.country is None and person.role is not None and " of " in person.role
