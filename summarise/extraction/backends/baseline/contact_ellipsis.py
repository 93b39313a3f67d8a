"""Contacts told with a part left out, as long documents tell occasions in passing: a second
occasion whose verb is elided ("I spoke with X this morning, and before that with Y"), and a
reciprocal verb whose other party is understood ("I said this to X when we spoke on
Friday", "When we spoke on Thursday, he promised …").

Apart from ``contacts`` because these have no trigger with parties of their own: the elided
occasion borrows the verb, mode and subject of the contact before it in its sentence, and
the reciprocal "we"/"they" takes its parties from the people named around it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from itertools import pairwise

from summarise.extraction.backends.baseline.contact_media import stated_medium
from summarise.extraction.backends.baseline.contact_objects import objects_after
from summarise.extraction.backends.baseline.contact_quotes import clause_end, contact_quote
from summarise.extraction.backends.baseline.contacts import ContactDraft
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.schema import ContactMode

# A coordinated with-phrase set apart in time or as another occasion from the one before
# it: "…, and before that with Y", "and then with Y", "and later to Y", "and, separately,
# with Y" (gapping: the verb and subject of the first conjunct are understood, Quirk et al.
# 13.92).
_ELIDED = re.compile(
    r",?\s+and,?\s+(?:(?:before|after)\s+that|then|later|earlier|afterwards|subsequently|"
    r"separately),?\s+(?:with|to)\s+"
)
# The preposition repeated right after a party: "I spoke with X and with Y", "with X, with Y
# and with Z". Coordinating whole with-phrases rather than the parties in one ("with X and
# Y") distributes the verb, one occasion to each (Quirk et al. 13.49: the repeated
# preposition marks separate events), as addresses and readouts list the day's calls.
_REPEATED_WITH = re.compile(r"(?:,\s*|\s+)(?:and\s+)?with\s+")
# A reciprocal verb of speaking or meeting with no party after it ("when we spoke on
# Friday", "they met yesterday", "the two leaders agreed to speak again on Tuesday", "I
# expect they'll speak again in the coming days"): its subject holds both sides (Levin
# 36.1, reciprocal verbs with the collective subject alternation). A means adjunct may
# stand between the verb and its date and says the medium ("when we spoke by telephone on
# Monday"). The bare form after a modal or "agreed to" is an occasion still to come.
_RECIPROCAL_VERB = (
    r"(?:(?:last|also|first|briefly|had|have|again|will|would|shall|agreed\s+to|"
    r"are\s+to|plan\s+to|expect\s+to)\s+)*"
    r"(?P<verb>spoke|spoken|talked|met|(?P<ahead>speak|talk|meet))\b"
    r"(?:\s+(?:by|on|over)\s+(?:the\s+)?(?:(?P<phone>(?:tele)?phone)|(?P<video>video(?:\s*link|conference)?))\b)?"
    r"(?!\s+(?:with|to|by|about|of|out|for)\b)"
)
_RECIPROCAL = re.compile(
    r"\b(?P<who>we|they|the\s+two(?:\s+(?:leaders|presidents|ministers|of\s+them))?)"
    rf"(?:\s*['\u2019]ll\s+|\s+){_RECIPROCAL_VERB}",
    re.IGNORECASE,
)
# The same verb right after a coordinated subject of people ("President X and President Y
# spoke at length on Sunday", "X and I spoke on Monday"): ``_coordinated_pair`` reads the
# subject from the sentence's mentions.
_AFTER_SUBJECT = re.compile(rf"\s+{_RECIPROCAL_VERB}", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+")
# What the verb must hold, for a substring test to turn away most sentences before the
# search ("spoken" holds "spoke"): a case-insensitive search opening on a word boundary is
# tried at every position of the sentence.
_RECIPROCAL_VERBS = ("spoke", "talk", "met", "speak", "meet")
# How far after the verb its time may stand: "spoke on Friday", "met yesterday in Kyiv".
_DATED_WITHIN = 12


def told_in_passing(
    text: str,
    sentence: Sentence,
    recent: Sequence[Sentence],
    found: list[ContactDraft],
    pair: Sequence[ActorRef] = (),
) -> list[ContactDraft]:
    """The contacts a sentence tells beside those ``found`` with their triggers: an elided
    second occasion, or, with none found, its dated reciprocal verbs (``recent`` the
    sentences just before it, the nearest last; ``pair`` the two of the exchange it is part
    of)."""
    if found:
        return _elided_occasions(text, sentence, found)
    return _reciprocal_contacts(text, sentence, recent, pair)


def _elided_occasions(
    text: str, sentence: Sentence, found: list[ContactDraft]
) -> list[ContactDraft]:
    """The second occasion of a sentence whose first contact has one subject: "I spoke with
    X this morning, and before that with Y" is Y's own occasion with the same subject; "X
    delivered its reply to Z, and Y handed over its own paper" is Y's letter to Z."""
    own = [c for c in found if c.sentence == sentence.index]
    if not own:
        return []
    first = own[0]
    elided: list[ContactDraft] = _second_senders(text, sentence, first)
    for gap in _ELIDED.finditer(text, sentence.start, sentence.end):
        if first.mode != "visit" and _place_at(sentence, gap.end()):
            continue  # "travel to Warsaw and then to Bucharest, where she will meet X"
        elided += _occasion_after(text, sentence, first, gap, {first.participants[0].side})
    # "travel to Warsaw and then to Bucharest, where she will meet X and Y": a place whose
    # host the sentence's own occasion names already is no occasion apart.
    elided = [e for e in elided if not any(e.sides <= c.sides for c in own)]
    return elided + _listed_occasions(text, sentence, first)


def _listed_occasions(text: str, sentence: Sentence, first: ContactDraft) -> list[ContactDraft]:
    """The occasions of a list of with-phrases repeated after the first occasion's party
    ("spoke with X and with Y", "with X, with Y and with Z"): the list goes on from each
    party it names, so a with-phrase after anything else ("talks with X, both in a
    narrow format and with the delegations") begins none; a party of the subject's
    side (a meeting within one government) or of one the list already names is none."""
    listed: list[ContactDraft] = []
    named = set(first.participants[1:])
    for m in sentence.mentions:
        gap = _REPEATED_WITH.match(text, m.end, sentence.end) if m.ref in named else None
        if gap is None:
            continue
        taken = {first.participants[0].side, *(p.side for p in named)}
        occasion = _occasion_after(text, sentence, first, gap, taken)
        listed += occasion
        named.update(p for c in occasion for p in c.participants[1:])
    return listed


def _occasion_after(
    text: str, sentence: Sentence, first: ContactDraft, gap: re.Match[str], taken: set[str]
) -> list[ContactDraft]:
    """The occasion whose party the conjunct after ``gap`` names, with the first occasion's
    subject, verb and status; none when it is of a side ``taken``. Its quote is its own
    conjunct ("and, separately, with Y, Head of …"). In a list whose conjuncts commas part,
    what follows a comma inside one is the party's appositive ("with Y, Head of the National
    Security Bureau of Poland"), no party of its own."""
    end = _conjunct_end(text, sentence, gap.end())
    comma = text.find(",", gap.end(), end)
    limit = end if comma < 0 else comma
    parties = [p for p in objects_after(text, sentence, gap.end(), limit) if p.side not in taken]
    if not parties:
        return []
    start = gap.start() + len(gap.group()) - len(gap.group().lstrip(", \t\n"))
    return [
        ContactDraft(
            participants=[first.participants[0], *parties],
            mode=first.mode,
            status=first.status,
            quotes=[(start, end)],
            sentence=sentence.index,
        )
    ]


_CLOSING = re.compile(r"[\s.;:!?]+$")


def _conjunct_end(text: str, sentence: Sentence, start: int) -> int:
    """Where the conjunct from ``start`` ends: at the next one, at a clause of its own
    ("…, and before that with Y, and I want to be clear …"), else at the sentence's end
    (its closing punctuation left out)."""
    following = [
        found.start()
        for found in (
            _ELIDED.search(text, start, sentence.end),
            _REPEATED_WITH.search(text, start, sentence.end),
        )
        if found is not None
    ]
    end = clause_end(text, start, min(following, default=sentence.end))
    closing = _CLOSING.search(text, start, end)
    return closing.start() if closing is not None else end


def _place_at(sentence: Sentence, start: int) -> bool:
    """Whether a place is named at ``start`` ("and then to Bucharest"): a trip's second
    stop, which only a visit's second occasion goes on to; a meeting held on that trip is
    not repeated there with the place's state."""
    return any(m.start == start and m.place for m in sentence.mentions)


# A second conjunct whose sender sends a message of its own, its addressee left out as the
# first conjunct's (Quirk et al. 13.92): "…, and NATO handed over its own paper".
_AND_THEN = re.compile(r",?\s+and\s+(?:(?:on\s+the\s+same\s+day|in\s+parallel|also|then),?\s+)*")


@cache
def _sent_own() -> re.Pattern[str]:
    """A verb of sending and a text of the sender's own (lexicon.toml [contact_nouns]
    sending; replies, sent_texts)."""
    nouns = read_data("lexicon.toml")["contact_nouns"]
    verbs = "|".join(nouns["sending"])
    texts = "|".join([*nouns["replies"], *nouns["sent_texts"]])
    return re.compile(
        rf"\s+(?:also\s+)?(?:{verbs})\s+(?:its|their|his|her|a|an)\s+"
        rf"(?:(?:own|separate|written|formal)\s+)*(?:{texts})\b",
        re.IGNORECASE,
    )


_ADDRESSED = re.compile(r"\s+to\b")


def _second_senders(text: str, sentence: Sentence, first: ContactDraft) -> list[ContactDraft]:
    """The letters a coordinated sender adds to the correspondence before it."""
    if first.mode != "correspondence" or len(first.participants) < 2:
        return []
    addressee = first.participants[-1]
    letters: list[ContactDraft] = []
    for m in sentence.mentions:
        gap = _AND_THEN.search(text, max(sentence.start, m.start - 40), m.start)
        if m.ref is None or gap is None or gap.end() != m.start:
            continue
        sent = _sent_own().match(text, m.end, sentence.end)
        if sent is None or _ADDRESSED.match(text, sent.end()) or m.ref.side == addressee.side:
            continue  # "… its own paper to Ukraine" names its own addressee
        letters.append(
            ContactDraft(
                participants=[m.ref, addressee],
                mode="correspondence",
                status=first.status,
                quotes=[(sentence.start, sentence.end)],
                when=first.when,
                sentence=sentence.index,
            )
        )
    return letters


def _reciprocal_contacts(
    text: str, sentence: Sentence, recent: Sequence[Sentence], pair: Sequence[ActorRef]
) -> list[ContactDraft]:
    """Each dated reciprocal "we spoke"/"they met" of a sentence: "we" is the speaker and the
    person the sentence names beside them (else the person the sentence before names);
    "they" and "the two leaders" are the people of two sides the sentence names, else the
    two of the contact a sentence just before tells or asks of ("Will the President speak
    with X? — They spoke on Sunday"), else ``pair``, the two of the exchange the sentence
    goes on about; "X and Y spoke" the two it coordinates. Undated, it names no occasion
    (the guide)."""
    if not sentence.scan.may_hold(_RECIPROCAL_VERBS, sentence.start, sentence.end):
        return []
    told: list[ContactDraft] = []
    verb, coordinated = _coordinated_pair(text, sentence)
    found = [(verb, coordinated)] if verb is not None else []
    found += [(m, []) for m in _RECIPROCAL.finditer(text, sentence.start, sentence.end)]
    triggers = sentence.scan.find(load_lexicon().contact_modes, sentence.start, sentence.end)
    verbs = [match for match, _named in found]
    for match, named in found:
        if _medium_apart(triggers, match):
            continue  # "last spoke on March 3, on a call that …": the call's own occasion
        when = sentence.scan.first(load_lexicon().when, match.end(), sentence.end)
        if when is None or when.start() - match.end() > _DATED_WITHIN:
            continue
        parties = named or _subject_sides(sentence, match, recent, pair)
        if len({p.side for p in parties}) < 2:
            continue
        told.append(
            ContactDraft(
                participants=parties,
                mode=_reciprocal_mode(match),
                status="planned" if match["ahead"] else "held",
                # "They last spoke on Tuesday, and I expect they'll speak again": each
                # occasion its own clause.
                quotes=[contact_quote(text, sentence, match, verbs)],
                when=when.group(),
                sentence=sentence.index,
                passing=True,
            )
        )
    return told


def _medium_apart(triggers: list[re.Match[str]], found: re.Match[str]) -> bool:
    """Whether the sentence names the occasion by its medium outside the reciprocal verb
    ("The two leaders last spoke on March 3, on a call that also included …"): the call is
    then the occasion told, with the parties its own words give (``occasions``)."""
    apart = [t for t in triggers if t.end() <= found.start() or t.start() >= found.end()]
    return stated_medium(apart) is not None


def _subject_sides(
    sentence: Sentence,
    found: re.Match[str],
    recent: Sequence[Sentence],
    pair: Sequence[ActorRef],
) -> list[ActorRef]:
    """The sides "we", "they" or "the two" of a reciprocal verb stand for."""
    if found["who"].lower() == "we":
        speaker = sentence.first_person
        if speaker is None:
            return []
        previous = recent[-1] if recent else None
        others = _people(sentence, found.start(), speaker) or (
            _people(previous, previous.end, speaker)[-1:] if previous is not None else []
        )
        return [speaker, *others[-1:]]
    people = _people(sentence, found.start(), None)
    if len(people) > 1:
        return people
    before = _pair_before(recent) or [p for p in pair if p.is_person]
    # One named beside "they" is one of the two: "They last spoke on Tuesday, when
    # President X briefed him, and they'll speak again"; anyone else makes "they" others.
    return before if all(p in before for p in people) else []


def _coordinated_pair(text: str, sentence: Sentence) -> tuple[re.Match[str] | None, list[ActorRef]]:
    """The reciprocal verb after a subject of two people coordinated ("President X and
    President Y spoke at length on Sunday"; "X and I spoke": the speaker), and the two."""
    for first, second in pairwise(sentence.mentions):
        verb = _AFTER_SUBJECT.match(text, second.end, sentence.end)
        if verb is None or not _AND.fullmatch(text, first.end, second.start):
            continue
        people = [p for p in (_person(first, sentence), _person(second, sentence)) if p]
        if len(people) == 2:
            return verb, people
    return None, []


def _person(mention: Mention, sentence: Sentence) -> ActorRef | None:
    """The person a subject mention names: a named person, or "I" the speaker."""
    if mention.kind == "first":
        return sentence.first_person if mention.text == "I" else None
    ref = mention.ref
    return ref if ref is not None and ref.is_person and not mention.possessive else None


# How many sentences back "they" may take its pair from: the question just asked, or the
# sentence before.
PAIR_REACH = 3


def _pair_before(recent: Sequence[Sentence]) -> list[ActorRef]:
    """The two people of the contact the nearest of the last sentences tells or asks of
    ("Will the President speak with President X again this week?"), if it names people of
    two sides and a contact word; none otherwise."""
    modes = load_lexicon().contact_modes
    for earlier in reversed(recent):
        people = _people(earlier, earlier.end, None)
        if not people:
            continue
        if len(people) == 2 and earlier.scan.find(modes, earlier.start, earlier.end):
            return people
        return []
    return []


def _reciprocal_mode(found: re.Match[str]) -> ContactMode:
    """The medium its means adjunct says, else a meeting for "met" and none for speaking."""
    if found["phone"]:
        return "phone_call"
    if found["video"]:
        return "video_call"
    return "meeting" if found["verb"].lower() in ("met", "meet") else "other"


def _people(sentence: Sentence, before: int, speaker: ActorRef | None) -> list[ActorRef]:
    """The people a sentence names before ``before``, one per side, none of the speaker's."""
    people: list[ActorRef] = []
    for m in sentence.mentions:
        ref = m.ref
        if m.start >= before or ref is None or not ref.is_person or m.kind in ("first", "joint"):
            continue
        if speaker is not None and ref.side == speaker.side:
            continue
        if all(p.side != ref.side for p in people):
            people.append(ref)
    return people
