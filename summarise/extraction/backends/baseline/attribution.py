"""Whose words each sentence carries: the attribution stage of the pipeline.

Three voices are told apart:

- *speech*: a quotation attributed by its reporting clause, a transcript speaker's turn, or
  the first person of a document issued in someone's name (a statement, a joint statement,
  a fact sheet's "we"). Every clause is the speaker's unless it reports someone else
  ("President Biden made clear that …" in his spokesperson's statement).
- *reported*: the narrator reports a subject's words or stance: "Volodymyr Zelenskyy
  expressed gratitude …", "The President of Russia noted that …", "according to him, …";
  the passive of a readout ("It was noted that …") keeps the last speaker; "This was stated
  by X" gives the sentence before to X.
- *joint*: "The leaders discussed …", "Both parties reaffirmed …": said together, so the
  outcome of a contact and nobody's position.

A sentence whose speaker cannot be told gets no claim: precision before recall.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Literal

from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.lexicon import Lexicon, load_grammar, load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention, find_mentions
from summarise.extraction.backends.baseline.names import surname_of
from summarise.extraction.backends.baseline.people import Cast
from summarise.extraction.backends.baseline.quotes import AFTER, BEFORE, QuoteZones, Zone, is_speech
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.turns import label_at, speaker_text

Voice = Literal["speech", "reported", "joint"]

# An introductory phrase before a subject: "During the talks with X, the President …",
# "In addition, …", "Today, …". It ends in a comma and holds no verb of the sentence.
_INTRO_END = re.compile(r",\s*$")
_LEAD_WORDS = frozenset({"and", "but", "so", "also", "then", "thus", "however", "moreover"})
_WORD = re.compile(r"[\w’'-]+|[^\w\s]")
_QUESTION = re.compile(r"\?\s*[\u201d\"]?\s*$")
# An appositive or relative clause between a subject and its verb: ", who …,".
_APPOSITIVE = re.compile(r",[^,;:.!?\u201c\u201d\"]{1,120},\s*")
_MAX_GAP_WORDS = 3
# Nothing but a quotation mark and an article before a mention: it opens the sentence.
_CLEAN_BEFORE = re.compile(r"[\s\u201c\"']*(?:(?:[Tt]he|[Aa]n?)\s+)?")
_BEFORE_WINDOW = 120
QUOTE_MARKS = frozenset({"\u201c", "\u201d", '"', "\u2018", "\u2019"})
_COORDINATED = re.compile(
    r"(?:,\s+|\s+)and\s+(?:(?:has|have|had|also|then|later)\s+)?|,\s+(?=(?:saying|adding|noting|stressing|warning|insisting|arguing)\b)"
)
# "It is hoped that …", "it was feared": no one is the subject.
_IMPERSONAL = re.compile(
    r"\s+(?:is|was|has been|had been)\s+(?:\w+ly\s+)?(?:hoped|feared|expected|understood|"
    r"believed|thought|said|reported|claimed|likely|clear|time|important|possible)\b"
)
# What opens a clause with a subject of its own: "…, and President Putin said".
_NEW_CLAUSE = re.compile(r"(?:[,;]|\band|\bbut|\bwhile)\s+(?:the\s+)?$", re.IGNORECASE)
# A subordinate clause with its own subject: "Tensions have soared, as Nato allies
# expressed concern …".
_SUBORDINATE = re.compile(
    r",\s+(?:as|while|after|when|because|since|although|though|whereas)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b)")
_AND_PARTY = re.compile(r"\s+and\s+(?:the\s+)?")
_THAT = re.compile(r"\s*(?:that\s+)?(?:the\s+)?")
# "We, the Presidents of Ukraine, the Republic of Lithuania and the Republic of Poland – the
# Lublin Triangle, …": who signs a joint statement, and the group's own name if it has one.
_ITEM = r"(?:the\s+)?[A-Z][\w’'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w’'-]*)*"
_SIGNATORIES = re.compile(
    r"\bWe,\s+the\s+(?i:leaders|presidents|heads of (?:state|government)|prime ministers|"
    rf"foreign ministers|ministers)(?:\s+and\s+\w+)?\s+of\s+(?P<list>{_ITEM}"
    rf"(?:(?:,\s*(?:and\s+)?|\s+and\s+){_ITEM})+)"
    r"(?:\s*[–—-]\s*(?:the\s+)?(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?",
)
_LIST_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
_LIST_ARTICLES = re.compile(r"^(?:the\s+)?(?:Republic\s+of\s+)?", re.IGNORECASE)
_CONTINUITY = 3  # sentences a passive readout clause may reach back for its speaker


@dataclass(slots=True)
class Claim:
    """A stretch of a sentence attributed to a holder."""

    voice: Voice
    holder: ActorRef | None
    via: ActorRef | None
    start: int
    end: int
    subject: Mention | None = None
    predicate: tuple[int, int] | None = None
    quoted: bool = False
    # The predicate is a verb of saying ("noted that"): a position even with no stance cue.
    says: bool = False
    # The predicate is a passive at the end ("… was underscored"): the stance is before it.
    passive: bool = False


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    mentions: list[Mention]
    claims: list[Claim] = field(default_factory=list)
    speaker: ActorRef | None = None
    turn: bool = False
    question: bool = False
    # The sentence's grammatical subject, and whom "I"/"we" stand for in it.
    subject: Mention | None = None
    first_person: ActorRef | None = None
    scan: TextScan | None = field(default=None, repr=False)

    @property
    def scans(self) -> TextScan:
        assert self.scan is not None, "sentences are read with their article's scan"
        return self.scan


@dataclass
class _Speaker:
    ref: ActorRef | None
    via: ActorRef | None
    official: bool


def _complement_follows(text: str, pos: int, end: int) -> bool:
    """A verb of saying with something said after it, not "said this" or "said so"."""
    rest = text[pos:end].strip(" ,")
    return bool(rest) and re.match(r"(?:this|so|it)\b\W*$", rest, re.IGNORECASE) is None


def signatories(text: str) -> ActorRef | None:
    """The group a joint statement speaks for: its own name, or its members listed."""
    m = _SIGNATORIES.search(text)
    if m is None:
        return None
    if m["name"]:
        return ActorRef(m["name"].strip(), "other")
    members = [_LIST_ARTICLES.sub("", p).strip() for p in _LIST_SPLIT.split(m["list"])]
    members = [p for p in members if p]
    if len(members) < 2:
        return None
    return ActorRef(", ".join(members[:-1]) + " and " + members[-1], "other")


class Attributor:
    """Reads the sentences of one article in order, carrying turns and the last speaker."""

    def __init__(self, text: str, frame: Frame, cast: Cast, zones: QuoteZones) -> None:
        self.text = text
        self.frame = frame
        self.cast = cast
        self.zones = zones
        self.lexicon: Lexicon = load_lexicon()
        self.scan = TextScan(text)
        self.starts = [m.start for m in cast.mentions]
        self.turn: _Speaker | None = None
        self.last_reported: tuple[int, ActorRef, ActorRef | None] | None = None
        self.voice = self._document_voice()
        self.zone_speakers: dict[int, _Speaker | None] = {}
        self.last_body_subject: ActorRef | None = None

    # ------------------------------------------------------------------ document voice

    def _document_voice(self) -> _Speaker | None:
        """Whose first person an unattributed sentence is: the signatory of a statement
        (a spokesperson speaks for their state), or the publisher's state."""
        frame = self.frame
        home = frame.home
        if frame.kind == "statement" and frame.signatory is not None:
            sig = frame.signatory
            person = self.cast.registry.find(surname_of(sig.name)) if sig.name else None
            ref = person.ref if person is not None else None
            spokes = sig.office in ("spokesperson", "press secretary") or (
                sig.role is not None
                and any(o in sig.role.lower() for o in load_grammar().spokesperson_offices)
            )
            if spokes and ref is not None:
                principal = state(home) if home else None
                return _Speaker(principal, ref, True)
            if ref is not None:
                return _Speaker(ref, None, True)
            if sig.office is not None and self.cast.principal is not None:
                return _Speaker(self.cast.principal, None, True)
        if frame.kind == "joint":
            group = signatories(self.text)
            if group is not None:
                return _Speaker(group, None, True)
        if frame.kind in ("factsheet", "statement", "joint") and home is not None:
            return _Speaker(state(home), None, True)
        return None

    # ------------------------------------------------------------------ sentences

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [m for m in self.cast.mentions[i:j] if m.end <= end]

    def read(self, spans: list[tuple[int, int]]) -> list[Sentence]:
        sentences: list[Sentence] = []
        for index, (start, end) in enumerate(spans):
            label = label_at(self.text, start, end)
            if label is not None:
                self.turn = self._turn_speaker(label.text)
                start = label.content_start
            while start < end and self.text[start] in " \t":
                start += 1
            sentence = Sentence(index, start, end, self.mentions_in(start, end), scan=self.scan)
            sentence.question = _QUESTION.search(self.text, start, end) is not None
            sentence.turn = self.turn is not None
            sentence.subject = self._subject(sentence)
            self._attribute(sentence)
            subject = sentence.subject
            if subject is not None and subject.ref is not None and not subject.ref.is_person:
                if subject.kind in ("body", "pronoun") and not subject.spokesperson:
                    self.last_body_subject = subject.ref
            if sentence.first_person is None:
                if self.turn is not None:
                    sentence.first_person = self.turn.ref
                elif self.voice is not None:
                    sentence.first_person = self.voice.ref
            sentences.append(sentence)
        self._cataphora(sentences)
        return sentences

    def _turn_speaker(self, label: str) -> _Speaker:
        """A transcript speaker: someone the article introduced, or a title it resolves;
        a speaker with neither office nor title (a journalist) holds no positions."""
        name = speaker_text(label)
        mentions = find_mentions(name)
        for m in mentions:
            if m.kind == "person" and m.name:
                person = self.cast.registry.find(surname_of(m.name))
                if person is not None:
                    official = person.office is not None or person.role is not None
                    if person.ref == self.cast.principal:
                        official = True
                    return _Speaker(person.ref, None, official)
            if m.kind == "office" and m.title is not None:
                from summarise.extraction.backends.baseline.people import _Resolver

                resolver = _Resolver(self.cast.registry, self.cast.principal, self.frame)
                ref = resolver._office(m)
                if ref is not None:
                    return _Speaker(ref, None, True)
        return _Speaker(None, None, False)

    # ------------------------------------------------------------------ one sentence

    def _attribute(self, s: Sentence) -> None:
        text = self.text
        zones = [z for z in self.zones.within(s.start, s.end) if is_speech(text, z, (s.start, s.end))]
        covered = sum(min(z.end, s.end) - max(z.start, s.start) for z in zones)
        if zones and covered >= (s.end - s.start) * 0.6:
            speaker = self._zone_speaker(zones[0], s)
            if speaker is not None:
                self._speech(s, speaker, quoted=True, zone=zones[0])
                return
        if self.turn is not None:
            if self.turn.official and self.turn.ref is not None:
                self._speech(s, self.turn, quoted=False)
            return
        if zones:
            speaker = self._zone_speaker(zones[0], s)
            if speaker is not None and speaker.ref is not None:
                z = zones[0]
                s.claims.append(Claim("speech", speaker.ref, speaker.via, z.start, z.end, quoted=True))
        self._narration(s)

    def _speech(
        self, s: Sentence, speaker: _Speaker, quoted: bool, zone: Zone | None = None
    ) -> None:
        """A sentence in someone's voice; a clause reporting a third party is theirs."""
        s.speaker = speaker.ref
        s.first_person = speaker.ref
        reported = self._reported(s, inside_speech=speaker, zone=zone)
        if reported is not None:
            s.claims.append(reported)
            return
        if speaker.ref is not None and not s.question:
            s.claims.append(Claim("speech", speaker.ref, speaker.via, s.start, s.end, quoted=quoted))

    def _narration(self, s: Sentence) -> None:
        if s.question:
            return
        reported = self._reported(s, inside_speech=self.voice)
        if reported is not None:
            s.claims.append(reported)
            return
        if self.voice is not None and self._first_person(s):
            v = self.voice
            s.claims.append(Claim("speech", v.ref, v.via, s.start, s.end))
            return
        if self.voice is None and self.cast.principal is not None and self._says_i(s):
            # A head of state's office publishes the head's own words: "I am submitting …".
            s.first_person = self.cast.principal
            s.claims.append(Claim("speech", self.cast.principal, None, s.start, s.end))
            return
        passive = self.scan.first(self.lexicon.passive, s.start, s.end)
        if passive is not None and self.last_reported is not None:
            index, holder, via = self.last_reported
            if s.index - index <= _CONTINUITY:
                s.claims.append(
                    Claim(
                        "reported",
                        holder,
                        via,
                        s.start,
                        s.end,
                        predicate=passive.span(),
                        says=True,
                        passive=True,
                    )
                )
                self.last_reported = (s.index, holder, via)
                return
        according = self.scan.first(self.lexicon.postposed, s.start, s.end)
        if according is not None:
            after = [m for m in s.mentions if m.start >= according.end() and m.ref is not None]
            if after and after[0].ref is not None and after[0].ref.is_person:
                holder = after[0].ref
                s.claims.append(Claim("reported", holder, None, s.start, s.end, subject=after[0]))
                self.last_reported = (s.index, holder, None)
                return
        if self.voice is not None and self.frame.kind in ("statement", "factsheet", "joint"):
            v = self.voice
            s.claims.append(Claim("speech", v.ref, v.via, s.start, s.end))

    def _says_i(self, s: Sentence) -> bool:
        return any(
            m.kind == "first" and m.text == "I" and self.zones.at(m.start) is None
            for m in s.mentions
        )

    def _first_person(self, s: Sentence) -> bool:
        return any(m.kind == "first" and self.zones.at(m.start) is None for m in s.mentions)

    # ------------------------------------------------------------------ subject and predicate

    def _reported(
        self, s: Sentence, inside_speech: _Speaker | None, zone: Zone | None = None
    ) -> Claim | None:
        """A subject with a verb of saying or of stance: "X expressed …", "X noted that …"."""
        subject, predicate = self._subject_and_predicate(s, zone)
        if subject is None:
            return None
        if subject.kind == "joint" or (
            subject.kind == "pronoun" and subject.text.lower() == "they" and self._joint_before(s)
        ):
            return Claim("joint", None, None, s.start, s.end, subject=subject)
        if predicate is None:
            if inside_speech is not None and inside_speech.via is not None and subject.ref is not None:
                # A spokesperson's statement naming the President as the actor.
                if subject.ref.is_person and subject.kind != "first":
                    return self._claim(s, subject, None, via=inside_speech.via)
            return None
        if subject.kind == "first":
            if inside_speech is None:
                return None
            return Claim("speech", inside_speech.ref, inside_speech.via, s.start, s.end, subject, predicate)
        holder, via = subject.ref, None
        if subject.principal is not None:
            holder, via = subject.principal, subject.ref
        if holder is None:
            return None
        if self._coordinated(s, subject):
            return Claim("joint", None, None, s.start, s.end, subject=subject)
        inner = self._reported_within(s, predicate)
        if inner is not None:
            # "Downing Street said Mr Johnson emphasised …": Johnson's, through Downing Street.
            inner_holder, inner_subject, inner_predicate = inner
            self._says = True
            return self._claim(
                s, inner_subject, inner_predicate, holder=inner_holder, via=via or holder
            )
        if inside_speech is not None:
            if inside_speech.ref is not None and holder.side == inside_speech.ref.side and not holder.is_person:
                holder = inside_speech.ref
            via = via or inside_speech.via
        return self._claim(s, subject, predicate, holder=holder, via=via)

    def _coordinated(self, s: Sentence, subject: Mention) -> bool:
        """"The Prime Minister and President Putin welcomed …": two parties speaking as one."""
        after = _AND_PARTY.match(self.text, subject.end, s.end)
        if after is None:
            return False
        nxt = [m for m in s.mentions if m.start >= after.end()]
        return bool(nxt) and nxt[0].start == after.end() and nxt[0].ref is not None and (
            nxt[0].ref.is_person or nxt[0].kind == "office"
        ) and subject.ref is not None and subject.ref.is_person

    def _reported_within(
        self, s: Sentence, predicate: tuple[int, int]
    ) -> tuple[ActorRef, Mention, tuple[int, int]] | None:
        """A speech verb whose complement reports someone else's words or stance."""
        if self.scan.at(self.lexicon.speech, predicate[0], predicate[1]) is None:
            return None
        gap = _THAT.match(self.text, predicate[1], s.end)
        pos = gap.end() if gap is not None else predicate[1]
        inner = [m for m in s.mentions if m.start >= pos]
        if not inner or inner[0].start > pos + 4 or inner[0].ref is None:
            return None
        m = inner[0]
        if m.kind not in ("person", "office") or m.possessive:
            return None
        rest = self.text[m.end : min(s.end, m.end + 60)]
        for w in _WORD.finditer(rest):
            hit = self.lexicon.speech.match(rest, w.start(), len(rest)) or self.lexicon.stances.match(
                rest, w.start(), len(rest)
            )
            if hit is not None:
                span = (m.end + hit.start(), m.end + hit.end())
                return (m.principal or m.ref, m, span)
            if w.group().lower() not in load_grammar().between_subject_and_verb and not w.group().startswith(("\u201c", '"')):
                if w.group() not in ("\u201c", '"', "\u2018"):
                    return None
        return None

    def _claim(
        self,
        s: Sentence,
        subject: Mention,
        predicate: tuple[int, int] | None,
        *,
        holder: ActorRef | None = None,
        via: ActorRef | None = None,
    ) -> Claim | None:
        holder = holder or subject.ref
        if holder is None:
            return None
        self.last_reported = (s.index, holder, via)
        says = predicate is not None and self._says
        return Claim("reported", holder, via, s.start, s.end, subject, predicate, says=says)

    def _joint_before(self, s: Sentence) -> bool:
        return bool(self._joint_subjects) and self._joint_subjects[-1] >= s.index - 2

    _joint_subjects: list[int] = []
    _says: bool = False

    def _subject_and_predicate(
        self, s: Sentence, zone: Zone | None = None
    ) -> tuple[Mention | None, tuple[int, int] | None]:
        subject = self._subject(s, zone) if zone is not None else s.subject
        if subject is None:
            return None, None
        if subject.kind == "joint":
            self._joint_subjects = [*self._joint_subjects, s.index]
        pos = subject.end
        gap = _APPOSITIVE.match(self.text, pos, s.end)
        if gap is not None:
            pos = gap.end()
        starts = self._predicate_starts(s)
        if starts:
            between = load_grammar().between_subject_and_verb
            words = 0
            for m in _WORD.finditer(self.text, pos, s.end):
                if m.start() in starts:
                    predicate = self._predicate_at(m.start(), s.end)
                    if predicate is not None:
                        return subject, predicate
                word = m.group().lower()
                if word in between or word in ("not", "n't", ","):
                    continue
                words += 1
                if words > _MAX_GAP_WORDS or not word.isalpha():
                    break
        # "X spoke to Y and expressed …", "X sounded a grim note, saying …": a later verb of
        # the same subject, joined by "and" or a participle, before any new subject.
        for m in _COORDINATED.finditer(self.text, subject.end, s.end):
            if m.end() not in starts:
                continue
            if any(
                subject.end < n.start < m.start()
                and n.kind in ("person", "office")
                and not n.possessive
                and _NEW_CLAUSE.search(self.text, max(s.start, n.start - 8), n.start)
                for n in s.mentions
            ):
                break
            predicate = self._predicate_at(m.end(), s.end)
            if predicate is not None:
                return subject, predicate
        return subject, None

    def _predicate_starts(self, s: Sentence) -> set[int]:
        """Where a verb of saying, informing or stance starts in the sentence."""
        scan, lexicon = self.scan, self.lexicon
        return {
            m.start()
            for pattern in (lexicon.speech, lexicon.inform, lexicon.stances)
            for m in scan.find(pattern, s.start, s.end)
        }

    def _predicate_at(self, pos: int, end: int) -> tuple[int, int] | None:
        hit = self.scan.at(self.lexicon.speech, pos, end)
        if hit is not None:
            self._says = _complement_follows(self.text, hit.end(), end)
            return hit.span()
        hit = self.scan.at(self.lexicon.inform, pos, end)
        if hit is not None:
            self._says = False
            return hit.span()
        stance = self.scan.at(self.lexicon.stances, pos, end)
        if stance is not None:
            self._says = False
            return stance.span()
        return None

    def _subject(self, s: Sentence, zone: Zone | None = None) -> Mention | None:
        """The sentence's subject: its first mention that is not a modifier, preceded by
        nothing but an introductory phrase ending in a comma or a joining word. Inside a
        quotation (``zone``) the quotation's own sentence is read."""
        grammar = load_grammar()
        start = s.start if zone is None else max(s.start, zone.start + 1)
        for m in s.mentions:
            if m.start < start:
                continue
            inside = self.zones.at(m.start)
            if inside is not None and inside != zone:
                continue
            before = self.text[start : m.start]
            if _CLEAN_BEFORE.fullmatch(before):
                words = []
            else:
                words = [w.lower() for w in _WORD.findall(before) if w not in QUOTE_MARKS]
            if words and self._listed(s, m):
                continue
            if (
                words
                and not all(w in _LEAD_WORDS for w in words)
                and not _INTRO_END.search(before)
                and not _SUBORDINATE.search(before)
            ):
                # "On Tuesday Mr Johnson urged …": a time expression may open the sentence.
                for t in reversed(self.scan.find(self.lexicon.when, start, m.start)):
                    before = before[: t.start() - start] + before[t.end() - start :]
                words = [w.lower() for w in _WORD.findall(before) if w not in QUOTE_MARKS]
            if words and words[-1] in grammar.prepositions:
                continue
            if words and words[-1] in ("the", "a", "an"):
                words = words[:-1]
                before = re.sub(r"(?:the|a|an)\s*$", "", before, flags=re.I)
            clean = not words or all(w in _LEAD_WORDS for w in words)
            if not clean and not _INTRO_END.search(before) and not _SUBORDINATE.search(before):
                continue
            if m.possessive or m.adjective or m.kind == "outlet":
                continue
            if m.kind in ("body",) and m.ref is None:
                continue
            if m.kind == "pronoun" and m.text.lower() in ("it", "its"):
                if self.last_body_subject is None or _IMPERSONAL.match(self.text, m.end):
                    return None
                m.ref = self.last_body_subject
            return m
        return None

    def _listed(self, s: Sentence, m: Mention) -> bool:
        """A mention after a comma that follows another mention is an item of a list
        ("representatives of Germany, France …"), not a subject after an introduction."""
        before = self.text[s.start : m.start].rstrip()
        if not before.endswith(",") or not _LIST_GOES_ON.match(self.text, m.end):
            return False
        comma = s.start + len(before) - 1
        return any(n.end >= comma - 1 and n.end <= comma for n in s.mentions if n is not m)

    def _zone_speaker(self, zone: Zone, s: Sentence) -> _Speaker | None:
        """Who a quotation is attributed to, by the clause after or before it."""
        if zone.start in self.zone_speakers:
            return self.zone_speakers[zone.start]
        speaker = self._attribute_zone(zone)
        self.zone_speakers[zone.start] = speaker
        return speaker

    def _attribute_zone(self, zone: Zone) -> _Speaker | None:
        text = self.text
        after = AFTER.match(text, zone.end)
        if after is not None:
            clause = after["clause"]
            start = after.start("clause")
            verb = self.lexicon.speech.search(clause)
            joint = re.search(r"\b(?:communiqu\w*|joint statement|statement) (?:reads|says|states)\b", clause)
            if joint is not None:
                return _Speaker(None, None, False)
            if verb is not None and verb.start() < 80:
                end = start + verb.end()
                mentions = [
                    m for m in self.mentions_in(start, start + len(clause)) if m.ref is not None
                ]
                if mentions:
                    pick = min(mentions, key=lambda m: abs(m.start - (start + verb.start())))
                    if pick.end <= end + 60:
                        return self._speaker_of(pick)
        line_start = max(text.rfind("\n", 0, zone.start) + 1, zone.start - _BEFORE_WINDOW)
        before = BEFORE.search(text, line_start, zone.start)
        if before is not None and self.lexicon.speech.search(before["clause"]):
            mentions = [
                m
                for m in self.mentions_in(before.start("clause"), zone.start)
                if m.ref is not None and not m.possessive and not m.adjective
                and m.kind not in ("outlet", "first")
            ]
            people = [m for m in mentions if m.ref is not None and (m.ref.is_person or m.spokesperson)]
            if people or mentions:
                return self._speaker_of((people or mentions)[0])
        return self._continued(zone)

    def _continued(self, zone: Zone) -> _Speaker | None:
        """A quotation with no reporting clause of its own, in the paragraph of one that
        has, goes on with the same speaker: '"…," the spokesperson said. "He will …"'."""
        text = self.text
        line_start = text.rfind("\n", 0, zone.start) + 1
        for earlier in reversed(self.zones.within(line_start, zone.start)):
            if earlier.start >= zone.start:
                continue
            speaker = self.zone_speakers.get(earlier.start)
            if speaker is not None:
                return speaker
        return None

    def _speaker_of(self, m: Mention) -> _Speaker:
        if m.principal is not None:
            return _Speaker(m.principal, m.ref, True)
        return _Speaker(m.ref, None, True)

    def _cataphora(self, sentences: list[Sentence]) -> None:
        """"This was stated by X": the sentence before is X's."""
        for prev, s in zip(sentences, sentences[1:], strict=False):
            hit = self.scan.at(self.lexicon.cataphoric, s.start, s.end)
            if hit is None:
                continue
            after = [m for m in s.mentions if m.start >= hit.end() and m.ref is not None]
            if not after or after[0].ref is None:
                continue
            holder = after[0].ref
            prev.claims = [c for c in prev.claims if c.voice == "joint"] or []
            prev.claims.append(Claim("reported", holder, None, prev.start, prev.end, after[0]))
            s.claims = []
