"""Whose words each sentence carries: the attribution stage of the pipeline.

Sentences are read in order, as a reader would, carrying the transcript's current speaker,
the last reported speaker and the last body that was a subject:

- in a quotation or a transcript turn, every clause is the speaker's, unless it reports a
  third party ("President Biden made clear that …" in his spokesperson's statement);
- in narration, a subject with a verb of saying or stance holds the clause ("Volodymyr
  Zelenskyy expressed gratitude …"); "Downing Street said Mr Johnson emphasised …" is
  Johnson's, via Downing Street; the passive of a readout ("It was noted that …") keeps
  the last speaker; a linking adverbial ("At the same time, …", "After all, …") right
  after a reported sentence goes on with its speaker; "according to X" gives the
  sentence to X; "This was stated by X" gives the sentence before to X; a reporting
  clause closing the sentence ("…, X warned on Monday", "…, said X") or a source opening
  it ("As X noted, …", "In X's words, …") gives the statement to X, whatever its subject;
  an unattributed first person is the document's voice;
- "The leaders discussed …", "Both parties reaffirmed …" are joint.

A sentence whose speaker cannot be told gets no claim: precision before recall.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import replace

from summarise.extraction.backends.baseline import relayed_views as relayed
from summarise.extraction.backends.baseline.addressed_sayings import addressed, you_say
from summarise.extraction.backends.baseline.antecedents import Antecedents
from summarise.extraction.backends.baseline.cast import Cast
from summarise.extraction.backends.baseline.cataphora import stated_by
from summarise.extraction.backends.baseline.claim_sides import (
    characterised,
    department,
    made_of_speaker,
    names_department,
    same_side,
)
from summarise.extraction.backends.baseline.colon_sayers import colon_says
from summarise.extraction.backends.baseline.continuity import LastReported
from summarise.extraction.backends.baseline.decision_authors import decided, decision_author
from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.fronted import relayed_before
from summarise.extraction.backends.baseline.joint_voice import JointSpeech
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.on_behalf import closing_phrase, spoken_for
from summarise.extraction.backends.baseline.others_words import unplaced_sayer
from summarise.extraction.backends.baseline.outlets import Outlets
from summarise.extraction.backends.baseline.quotes import QuoteZones, Zone, is_speech
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.relative_sayers import who_says
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.second_clauses import first_clause_end, second_clauses
from summarise.extraction.backends.baseline.sentence import Claim, Sentence
from summarise.extraction.backends.baseline.sources import according, said_after
from summarise.extraction.backends.baseline.speakers import (
    QuoteSpeakers,
    Speaker,
    addressees,
    document_voice,
    turn_speaker,
)
from summarise.extraction.backends.baseline.spokesperson_relays import principal_relayed
from summarise.extraction.backends.baseline.subjects import SubjectReader
from summarise.extraction.backends.baseline.turns import label_at
from summarise.extraction.backends.baseline.verb_forms import BE, DO, HAVE, MODALS

_QUESTION = re.compile(r"\?\s*[\u201d\"]?\s*$")
# "Mr Lavrov, do you think …" asks, even when the text closes it with a full stop or the
# sentence splitter cut it before its question mark: an operator (an auxiliary or a modal)
# before its subject pronoun opens a question (Quirk et al. 11.5).
_ASKS = re.compile(
    r"[\s\u201c\"]*(?:(?:Mr|Ms|Mrs|Madam)\.?\s+[A-Z][\w-]*,\s*|[A-Z][a-z]+,\s*)?"
    rf"(?i:{DO}|{MODALS}|{BE}|{HAVE})\s+(?:you|we|they)\b"
)
# A participle of saying after a quotation's reporting clause: ', adding that …'.
_ADDING = re.compile(
    r",\s+(?P<verb>adding|noting|stressing|saying|insisting|warning|emphasi[sz]ing|"
    r"underlining|recalling|explaining|arguing|pointing out)\b"
)
# A list item's bullet ("- The Department of the Treasury is imposing …" in a fact sheet):
# not a word of the sentence, whose subject comes after it.
_BULLET = re.compile(r"[-*\u2022\u2013\u2014][ \t]+")
# The share of a sentence inside quotation marks that makes it the quoted speaker's.
_QUOTED_SHARE = 0.6
# Documents whose every unattributed sentence is in their own voice.
_VOICED = frozenset({"statement", "factsheet", "joint"})


class Attributor:
    """Reads the sentences of one article in order and attributes each."""

    def __init__(self, text: str, frame: Frame, cast: Cast, zones: QuoteZones) -> None:
        self.text = text
        self.frame = frame
        self.cast = cast
        self.zones = zones
        self.lexicon = load_lexicon()
        self.scan = TextScan(text)
        self.subjects = SubjectReader(text, zones)
        self.quotes = QuoteSpeakers(text, zones, cast.mentions)
        self.starts = [m.start for m in cast.mentions]
        self.voice = document_voice(text, frame, cast)
        self.decider = decision_author(text, cast.mentions)
        self.joint = JointSpeech(text, frame, self.voice, self.subjects)
        self.turn: Speaker | None = None
        self.last_reported = LastReported()
        self.last_body: ActorRef | None = None
        self.antecedents = Antecedents()
        self.outlets = Outlets(text, zones)

    def read(self, spans: list[tuple[int, int]]) -> list[Sentence]:
        """The sentences of ``spans``, each with its claims, read strictly in order: whose
        words a sentence carries depends on what came before it (the transcript turn a
        label opened, the party a speech turns to in the paragraph, the last body named as
        a subject, the last reported speaker, the antecedents of "he" and "she"), so a
        sentence read out of order would take another's holder. A source told after its
        statement ("This was stated by X", ``stated_by``) is read once all are in."""
        sentences: list[Sentence] = []
        labels = [label_at(self.text, start, end) for start, end in spans]
        # A transcript labels each of a few speakers' many turns alike ("Q", "THE
        # PRESIDENT"), and reading a label touches nothing the next one reads: each label
        # is read once.
        speakers: dict[str, Speaker] = {}
        for label in labels:
            if label is not None and label.text not in speakers:
                speakers[label.text] = turn_speaker(label.text, self.cast, self.frame)
        turns = {
            index: speakers[label.text] for index, label in enumerate(labels) if label is not None
        }
        to_whom = addressees([(index, speaker.ref) for index, speaker in turns.items()])
        addressee: ActorRef | None = None
        journalist = False
        # The party a speech turns to in the paragraph ("I want to address …").
        spoken_to: ActorRef | None = None
        previous_end = 0
        for index, (span_start, end) in enumerate(spans):
            start = span_start
            label = labels[index]
            if label is not None:
                self.turn = turns[index]
                addressee = to_whom.get(index)
                # A bare "Q", or a speaker who holds no position (a journalist named by
                # name, a moderator): their turn states events as a question's premise.
                speaker = self.turn
                journalist = label.text == "Q" or not (speaker.official and speaker.ref)
                start = label.content_start
            while start < end and self.text[start] in " \t":
                start += 1
            bullet = _BULLET.match(self.text, start, end)
            if bullet is not None and (start == 0 or self.text[start - 1] == "\n"):
                start = bullet.end()  # a list item's sentence opens after its bullet
            self.antecedents.reading(index)
            sentence = Sentence(index, start, end, self._mentions_in(start, end), self.scan)
            sentence.question = (
                _QUESTION.search(self.text, start, end) is not None
                or _ASKS.match(self.text, start, end) is not None
            ) and self.lexicon.wondered_question.match(self.text, start, end) is None
            sentence.turn = self.turn is not None
            sentence.journalist = journalist
            sentence.addressee = addressee
            sentence.subject = self.subjects.subject(sentence, last_body=self.last_body)
            self._attribute(sentence)
            second_clauses(sentence, self.subjects, self._first_person(sentence))
            relayed.those_in_place(self.text, sentence)
            who_says(self.text, sentence)
            colon_says(self.text, sentence)
            relayed_before(self.subjects, sentence)
            if self.text.find("\n\n", previous_end, start) >= 0:
                spoken_to = None
            spoken_to = addressed(self.text, sentence) or spoken_to
            you_say(self.text, sentence, spoken_to)
            previous_end = end
            if not sentence.claims:
                self._continue_subject(sentence)
            self._remember(sentence)
            sentences.append(sentence)
            self.outlets.read(sentences)
            self.antecedents.read(sentence)
        stated_by(sentences, self.scan)
        return sentences

    def _continue_subject(self, s: Sentence) -> None:
        """A subject "he"/"she" of a sentence that carries no claim ("… with Prime Minister
        Ann Lee. On Monday, he spoke with …": a contact, not a statement) continues the last
        sentence's person subject, not Lee: the resolver's person last named is often the
        object before. A claim's pronoun is settled by attribution itself (``_reported``),
        and a spokesperson's "she will travel …", naming the actor without a verb of saying
        or stance, calls this one from ``_actor_named``."""
        subject = s.subject
        if subject is None or subject.kind != "pronoun":
            return
        antecedent = self.antecedents.of_subject(s, subject)
        if antecedent is not None and antecedent is not subject and antecedent.ref is not None:
            subject.ref, subject.principal = antecedent.ref, antecedent.principal

    def _first_person(self, s: Sentence) -> ActorRef | None:
        """Whom "I"/"we" stand for in ``s``: its quotation's speaker, else the turn's or the
        document's voice."""
        speaker = self.turn or self.voice
        return s.first_person or (speaker.ref if speaker is not None else None)

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, start)
        j = bisect.bisect_left(self.starts, end)
        return [m for m in self.cast.mentions[i:j] if m.end <= end]

    def _remember(self, s: Sentence) -> None:
        subject = s.subject
        if (
            subject is not None
            and subject.ref is not None
            and not subject.ref.is_person
            and subject.kind in ("body", "pronoun")
            and not subject.spokesperson
        ):
            self.last_body = subject.ref
        self.joint.remember(s)
        if s.first_person is None:
            speaker = self.turn or self.voice
            s.first_person = speaker.ref if speaker is not None else None

    def _attribute(self, s: Sentence) -> None:
        """A sentence mostly inside quotation marks (``_QUOTED_SHARE``) is its quotation's
        speaker's where one is settled, wherever it stands; else a transcript turn's words
        are its official speaker's (a journalist's or a moderator's turn holds nothing);
        only outside both is a sentence narration, its short quotations read apart
        (``_short_quotation``)."""
        zones = [
            z
            for z in self.zones.within(s.start, s.end)
            if is_speech(self.text, z, (s.start, s.end))
        ]
        covered = sum(min(z.end, s.end) - max(z.start, s.start) for z in zones)
        if zones and covered >= (s.end - s.start) * _QUOTED_SHARE:
            speaker = self.antecedents.settled(self.quotes.of(zones[0]), zones[0].start)
            if speaker is not None:
                self._speech(s, speaker, zone=zones[0])
                return
        if self.turn is not None:
            if self.turn.official and self.turn.ref is not None:
                self._speech(s, self.turn)
            return
        if zones:
            self._short_quotation(s, zones[0])
        self._narration(s)

    def _short_quotation(self, s: Sentence, z: Zone) -> None:
        """A quotation under the share that makes its sentence the speaker's: only its own
        words are the speaker's speech (a quotation spanning sentences is read a sentence's
        share at a time, or one sentence's cue would decide the other's stance), and so are
        its "I" and "we" ('"We have sent …," X said'); a participle of saying after its
        reporting clause ('"…," X stressed, adding that …') reports more of the speaker's.
        The rest of the sentence is read as narration."""
        speaker = self.antecedents.settled(self.quotes.of(z), z.start)
        if speaker is None or speaker.ref is None:
            return
        if any(m.kind == "first" and z.start <= m.start < z.end for m in s.mentions):
            s.first_person = speaker.ref
        s.claims.append(
            Claim(
                "speech",
                speaker.ref,
                speaker.via,
                max(z.start, s.start),
                min(z.end, s.end),
                quoted=True,
            )
        )
        adding = _ADDING.search(self.text, z.end, s.end)
        if adding is None:
            return
        verb = (adding.start("verb"), adding.end("verb"))
        s.claims.append(
            Claim("reported", speaker.ref, speaker.via, verb[0], s.end, None, verb, says=True)
        )

    def _speech(self, s: Sentence, speaker: Speaker, zone: Zone | None = None) -> None:
        """A sentence in someone's voice; a clause reporting a third party is theirs."""
        s.speaker = speaker.ref
        s.first_person = speaker.ref
        if s.question:
            return  # a question's premises are nobody's position
        if relayed.take_relayed(self.text, s):
            return  # "We are told by X that …": X's, not the speaker's
        reported = self._reported(s, speaker, zone)
        acting: Claim | None = None
        if reported is not None and reported.actor is not None:
            # A department acting in the official's turn: the official's own words (below),
            # read as such, whose items in the department's own clause it takes.
            acting, reported = reported, None
        if reported is not None and characterised(self.text, reported, speaker):
            if made_of_speaker(self.text, reported):
                return  # "X asked me for a meeting": X's request, not the speaker's demand
            reported = None
        if reported is not None:
            s.claims.append(reported)
        elif relayed.another_says(self.text, s, self.subjects, zone, self.last_body):
            return  # "They insist that …" with no party "they" can be: not the speaker's
        elif speaker.ref is not None:
            # 'Kowal said: "Russia must withdraw …"': the words are the quotation's.
            start = zone.start if zone is not None and zone.start > s.start else s.start
            claim = Claim("speech", speaker.ref, speaker.via, start, s.end, quoted=zone is not None)
            if acting is not None and acting.subject is not None:
                # "…, and we will impose more costs" after the department's act is the
                # official's own again.
                cut = first_clause_end(s, acting.subject.end)
                s.claims.append(replace(claim, end=cut, actor=acting.actor))
                claim.start = cut
            if claim.start < claim.end:
                s.claims.append(claim)

    def _narration(self, s: Sentence) -> None:
        """Whose claim a sentence in nobody's quotation or turn carries. The readers are
        asked from the plainest naming of a source to the readings that lean on the
        sentences before: a source standing outside the statement first ("…, Jan Nowak
        warned", "As Nowak noted, …", "According to Nowak, Russia must …"), because the
        statement's own subject is then what is talked about, not who holds it; then the
        subject's own verb of saying or stance; then an unattributed "I" or "we"; then
        the last reported speaker carried on (a closing passive "… was underscored", an
        "according to" after the subject, a linking adverbial "At the same time, …"),
        asked only where no reader before gave a holder; last a decision's author.
        A statement in one name keeps even a claim about another side as its speaker's
        (``characterised``), and a voiced document's sentence with no claim is its
        voice's."""
        if s.question or relayed.take_relayed(self.text, s):
            return
        # "According to X, Russia must withdraw", "Still, according to X, …": X's
        # demand, whatever the clause's subject, when the source comes before it.
        opening = self.scan.first(self.lexicon.postposed, s.start, s.end)
        if opening is not None and s.subject is not None and s.subject.start < opening.start():
            opening = None
        claim = (
            said_after(s, self.subjects, self.antecedents, self.last_reported)
            or (according(s, self.subjects, self.last_reported) if opening is not None else None)
            or self._reported(s, self.voice)
            or self._voiced(s)
            or self.last_reported.passive(s)
            or according(s, self.subjects, self.last_reported)
            or self.last_reported.continued(s)
            or decided(self.text, s, self.decider)
        )
        voiced = self.voice is not None and self.frame.kind in _VOICED
        # A statement in one name is that speaker's own words throughout: "Russia will
        # face consequences" there is the speaker's threat, as in a quotation.
        voice = self.voice
        statement = self.frame.kind == "statement" and voice is not None
        if claim is not None and statement and voice and characterised(self.text, claim, voice):
            claim = None
        if claim is None and voiced and self.voice is not None:
            if relayed.unnamed_says(self.text, s):
                return  # "Some have written that …" in an address: not the voice's own view
            if unplaced_sayer(self.subjects, s, self.frame.home):
                return  # "The Head of the Bureau said that …": the office's, not the voice's
            claim = Claim("speech", self.voice.ref, self.voice.via, s.start, s.end)
        if claim is not None:
            s.claims.append(claim)

    def _voiced(self, s: Sentence) -> Claim | None:
        """An unattributed first person: the document's voice; in a head of state's
        readout, "I" is the head ("I am submitting a proposal …"), and in his remarks with
        no speaker labels "we" is too (he speaks for his state)."""
        first = [m for m in s.mentions if m.kind == "first" and self.zones.at(m.start) is None]
        if self.voice is not None and first:
            return Claim("speech", self.voice.ref, self.voice.via, s.start, s.end)
        principal = self.cast.principal
        remarks = self.frame.kind == "transcript" and bool(first)
        if (
            self.voice is None
            and principal is not None
            and (remarks or any(m.text == "I" for m in first))
        ):
            s.first_person = principal
            return Claim("speech", principal, None, s.start, s.end)
        return None

    def _reported(
        self, s: Sentence, inside: Speaker | None, zone: Zone | None = None
    ) -> Claim | None:
        """A subject with a verb of saying or of stance: "X expressed …", "X noted that …"."""
        subject = self.subjects.subject(s, zone, self.last_body) if zone is not None else s.subject
        if subject is None:
            return None
        if self.joint.signing(s, subject):
            return self._signed(s, subject)
        if self.joint.joint(s, subject):
            return Claim("joint", None, None, s.start, s.end, subject=subject)
        predicate = self.subjects.predicate(s, subject)
        if predicate is None:
            return self._actor_named(s, subject, inside)
        if subject.kind == "first":
            if inside is None:
                return None
            return Claim("speech", inside.ref, inside.via, s.start, s.end, subject, predicate.span)
        holder, via = subject.voice or subject.ref, None
        if subject.kind == "pronoun":
            antecedent = self.antecedents.of_subject(s, subject)
            if antecedent is None:
                return None
            holder, via = antecedent.ref, None
            subject.ref, subject.principal = antecedent.ref, antecedent.principal
        if subject.principal is not None:
            holder, via = subject.principal, subject.ref
        group = spoken_for(self.text, s, subject) if holder is not None else None
        if group is not None and holder is not None and group.side != holder.side:
            # "Speaking on behalf of the G7 ambassadors, Ambassador X assured …"
            holder, via = group, subject.ref
        if holder is None:
            return None
        if self.subjects.coordinated(s, subject):
            return self._signed(s, subject)
        inner = self.subjects.reported_within(s, predicate) or principal_relayed(
            self.text, s, predicate, subject
        )
        # "A spokesperson for the government said Budapest opposed …": its own side speaks.
        if inner is not None and inner[0].kind == "body" and same_side(inner[0], holder):
            inner = None
        if inner is not None:
            inner_subject, inner_predicate = inner
            inner_holder = inner_subject.principal or inner_subject.ref
            return self.last_reported.claim(
                s, inner_subject, inner_predicate, inner_holder, via or holder
            )
        if inside is not None:
            if (
                inside.ref is not None
                and holder.side == inside.ref.side
                and not holder.is_person
                and not department(holder)
                and not subject.own_government
            ):
                # "the United States" in a statement in the President's name; "The
                # Government" by its noun alone is the actor the sentence names, as a
                # department is.
                holder = inside.ref
            foreign = (
                inside.ref is not None
                and inside.ref.country is not None
                and holder.side != inside.ref.side
            )
            if not foreign:
                # A spokesperson voices their own side: "The Russian side is saying …" in
                # the White House press secretary's words is Russia's, via nobody.
                via = via or inside.via
        claim = self.last_reported.claim(s, subject, predicate, holder, via)
        closing = closing_phrase(self.text, s, subject)
        if claim is not None and closing is not None and claim.end > closing.start():
            claim.end = closing.start()  # "…, speaking on behalf of the EU.": not what was said
        if claim is not None and subject.own_government and inside is self.turn:
            # "The Government has decided to pay …, and these payments must …" in the head's
            # turn: the government holds its decision; what follows is no longer its own.
            claim.end = first_clause_end(s, predicate.span[1])
        return claim

    def _actor_named(self, s: Sentence, subject: Mention, inside: Speaker | None) -> Claim | None:
        """A subject with no verb of saying or stance holds the clause only where the guide
        gives it to the actor the sentence names: a department of the speaker's state acting
        in a fact sheet ("The Department of the Treasury today imposed new sanctions …") or in
        an official's briefing turn (via the official; there the official's words decide
        what is an item and the department only takes it, ``Claim.held``), and
        the person a spokesperson's statement names as the actor ("The President will
        travel …", via the spokesperson). Anywhere else such a clause is nobody's."""
        if names_department(subject, inside, self.voice, self.turn):
            assert inside is not None
            if inside is self.turn:
                # The official's own words, which the department they speak for acts in.
                return Claim(
                    "speech", inside.ref, inside.via, s.start, s.end, subject, actor=subject.ref
                )
            return self.last_reported.claim(s, subject, None, subject.ref, inside.via)
        if inside is None or inside.via is None:
            return None
        if subject.kind == "pronoun":
            self._continue_subject(s)
        if subject.ref is not None and subject.ref.is_person and subject.kind != "first":
            return self.last_reported.claim(s, subject, None, subject.ref, inside.via)
        return None

    def _signed(self, s: Sentence, subject: Mention) -> Claim | None:
        """Parties speaking together: in a joint statement, the signers hold what they
        say (``joint_voice``); elsewhere it is joint, the outcome of a contact."""
        signed = self.joint.signed(s, subject)
        if signed is None:
            return Claim("joint", None, None, s.start, s.end, subject=subject)
        holder, predicate = signed
        return self.last_reported.claim(s, subject, predicate, holder, None, together=True)
