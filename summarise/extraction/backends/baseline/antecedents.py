"""Whom "he" and "she" stand for, where attribution depends on it: a confidence gate.

The mention resolver reads "he" as the person last named, which is often the object of
the sentence before ("Ann Lee called Tom Berg. He said …"). Attribution asks more: a
subject "he" continues the last sentence's person subject, or the person whose words that
sentence reports ('"…," Ann Lee said. She added that …'), or stands for the one person
named there; a quotation's '…," he said' is the person last the subject of a sentence or
reported, lately. Otherwise nobody: precision before recall.
"""

from __future__ import annotations

import collections
import re

from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.speakers import Speaker, speaker_of
from summarise.extraction.backends.baseline.verb_forms import BE, DO, HAVE, MODALS

# Sentences back a subject "he"/"she" may look for the person it stands for, and a
# quotation's "he said" for the last person subject.
_SUBJECT_REACH = 2
_SPEAKER_REACH = 3


class Antecedents:
    """The recent sentences of one article and its last person subject, in reading order."""

    def __init__(self) -> None:
        # Each recent sentence with the person whose words it reports, if one.
        self.recent: collections.deque[tuple[Sentence, Mention | None]] = collections.deque(
            maxlen=_SUBJECT_REACH
        )
        self.person_subject: tuple[int, Mention] | None = None
        self.index = 0
        # Each quotation's speaker as settled at its first sentence, by where it opens.
        self.quoted: dict[int, Speaker | None] = {}

    def reading(self, index: int) -> None:
        self.index = index

    def read(self, s: Sentence) -> None:
        """Remember a sentence once attributed."""
        reporter = _reporter(s)
        if reporter is not None:
            self.person_subject = (s.index, reporter)
        if s.subject is not None and _speaks(s.subject):
            self.person_subject = (s.index, s.subject)
        self.recent.append((s, reporter))

    def of_subject(self, s: Sentence, pronoun: Mention) -> Mention | None:
        """Whom a subject "he"/"she" stands for: the person subject of the last sentence
        that named anyone (a subject continues as the subject), else the person whose
        words it reported, else the one person named there; after "Ann Lee called Tom
        Berg." with no subject to continue, nobody."""
        if pronoun.text.lower() not in load_grammar().person_pronouns:
            return pronoun
        if any(m.start < pronoun.start and _is_person(m) for m in s.mentions):
            return None
        found = self._in_recent()
        if found is not None:
            self.person_subject = (s.index, found)
        return found

    def _in_recent(self) -> Mention | None:
        for prev, reporter in reversed(self.recent):
            people = [m for m in prev.mentions if _is_person(m) and m.kind != "pronoun"]
            if not people and reporter is None:
                continue
            main = _main_clause_end(prev)
            people = [m for m in people if m.start < main]
            subject = prev.subject or _asked_of(prev)
            if subject is not None and _is_person(subject) and subject.start < main:
                return subject
            if reporter is not None:
                return reporter
            return people[0] if len({m.ref for m in people}) == 1 else None
        return None

    def settled(self, speaker: Speaker | None, opens: int) -> Speaker | None:
        """'…," he said': "he" is the person last the subject of a sentence, when that was
        lately; otherwise the quotation is left unattributed. A quotation running over
        several sentences keeps the speaker it was first settled on (``opens`` is where it
        opens): '"… We see no change so far. … We can't state that," he said' is not
        given up half-way because its "he said" lies further from his last sentence than
        its first words."""
        if self.quoted.get(opens) is None:
            self.quoted[opens] = self._settled(speaker)
        return self.quoted[opens]

    def _settled(self, speaker: Speaker | None) -> Speaker | None:
        if speaker is None or not speaker.pronoun:
            return speaker
        if self.person_subject is None:
            return None
        at, person = self.person_subject
        if self.index - at > _SPEAKER_REACH:
            return None
        return speaker_of(person)


# A clause of time, cause or concession after a comma: background ("The minister's visit
# would be the first since 2017, when Ann Lee met Tom Berg."). "as" is left out: ", as Ann
# Lee said" names the source of the main clause, not its background.
_BACKGROUND = re.compile(
    r",\s+(?:when|while|after|before|since|because|although|though|whereas)\s", re.IGNORECASE
)


def _main_clause_end(s: Sentence) -> int:
    """Where a sentence's background clause begins: people named only there are not whom a
    later "she" continues, since the sentence is about something else. A clause fronted
    before any party is named ("Yesterday, when we spoke with Chancellor Weber, I told him
    …") is no background: the main clause after it goes on about whom it names."""
    background = _BACKGROUND.search(s.text, s.start, s.end)
    if background is None or _fronted(s, background.start()):
        return s.end
    return background.start()


# At most this many words open a sentence before a fronted clause: an adverbial of time or
# place ("Yesterday", "This morning", "Earlier today in Lviv"), not a main clause.
_OPENER_WORDS = 4


def _fronted(s: Sentence, at: int) -> bool:
    """Whether the clause at ``at`` comes first in its sentence, after an adverbial alone:
    no party is named before it and a few words at most."""
    opener = s.text[s.start : at].split()
    return len(opener) <= _OPENER_WORDS and not any(m.start < at for m in s.mentions)


# A question opening on its operator, its subject after it (Quirk et al. 11.5): "Has the
# President spoken with …?", "Does the Chancellor think …?".
_INVERTED = re.compile(
    rf"(?:Q\s*[:.]?\s*)?(?:(?:And|So|But)\s+)?(?i:{HAVE}|{BE}|{DO}|{MODALS})\s+(?:the\s+)?"
)


def _asked_of(s: Sentence) -> Mention | None:
    """The subject of a question asked with its operator first, whom an answer's "he"
    continues: "Has the President spoken with Lee? He has not …" is the President; in
    "Has the President's envoy met Lee?" the President is not the subject."""
    first = s.mentions[0] if s.question and s.mentions else None
    if first is None or first.possessive:
        return None
    return first if _INVERTED.fullmatch(s.text, s.start, first.start) else None


def _reporter(s: Sentence) -> Mention | None:
    """The one person whose words a sentence of narration reports ('"…," Ann Lee said',
    "According to him, …", "Lee noted that …"), as a mention for a later "he"/"she" to
    stand for: the subject of the reporting clause, named or not. Not in a transcript
    turn or the document's own voice, whose "he" is always someone else."""
    if s.turn or not s.claims:
        return None
    quotation = s.speaker is not None
    people = {_reporting_person(c, quotation) for c in s.claims}
    person = people.pop() if len(people) == 1 else None
    if person is None:
        return None
    holder = s.claims[0].holder
    principal = holder if holder is not None and holder != person else None
    if principal is None:
        # "According to him, …" of a spokesperson: whom the resolver read him as speaking for.
        principal = next((m.principal for m in s.mentions if m.ref == person), None)
    return Mention(s.start, s.start, "person", person.name, ref=person, principal=principal)


def _reporting_person(c: Claim, quotation: bool) -> ActorRef | None:
    """The person who says a claim: its voice (a spokesperson's principal holds it), else
    its holder; none for the document's voice (speech outside a quotation)."""
    if c.voice == "speech" and not (c.quoted or quotation):
        return None
    for ref in (c.via, c.holder):
        if ref is not None and ref.is_person:
            return ref
    return None


def _is_person(m: Mention) -> bool:
    return m.ref is not None and m.ref.is_person and m.kind in ("person", "office", "pronoun")


def _speaks(m: Mention) -> bool:
    """A named person or office, or a spokesperson: someone a later "he said" may be."""
    if m.kind not in ("person", "office") or m.ref is None:
        return False
    return m.ref.is_person or m.spokesperson or m.principal is not None
