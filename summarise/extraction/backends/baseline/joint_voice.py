"""Who holds what a joint statement's parties say together.

In a readout, "The leaders reaffirmed …" is the contact's outcome: nobody voiced it alone.
A joint statement issued as a text is the signatories' own voice (GUIDE "Joint
statements", "Joint stances"), whichever way it names them: "The Parties reaffirm …",
"Both sides call on …", or the signers themselves, "The Republic of A and the Republic of
B note with concern …". The group then holds the clause, as the statement's "we" does; a
part of the signers named as such ("The Presidents of A and B stand by C", A and B among
three signers) holds it as those parties. "They" right after the parties spoke together is
those parties again.
"""

from __future__ import annotations

import dataclasses
import re

from summarise.extraction.backends.baseline.document import Frame
from summarise.extraction.backends.baseline.mentions import Mention, find_mentions, listed
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.signatories import signer_sides
from summarise.extraction.backends.baseline.speakers import Speaker
from summarise.extraction.backends.baseline.subjects import Predicate, SubjectReader
from summarise.phrases.lists import and_joined

# "The Presidents of Lithuania and Poland": the parties a joint subject names after it.
_OF_PARTIES = re.compile(r"\s+of\s+(?:the\s+)?")
# Sentences "they" may reach back for the parties that spoke together.
_JOINT_REACH = 2


class JointSpeech:
    """Parties speaking together, read along one article's sentences: in a joint statement
    the signers hold what they say; elsewhere it is joint, the outcome of a contact."""

    def __init__(
        self, text: str, frame: Frame, voice: Speaker | None, subjects: SubjectReader
    ) -> None:
        self.text = text
        self.subjects = subjects
        self.signers = _signers(text, frame, voice)
        self.joint_at: int | None = None

    def remember(self, s: Sentence) -> None:
        """Where the parties last spoke together, for a "they" after it."""
        if s.subject is not None and s.subject.kind == "joint":
            self.joint_at = s.index

    def signing(self, s: Sentence, subject: Mention) -> bool:
        """ "The Parties …", "Both sides …", or "they" right after them, in a joint
        statement: its signers speak."""
        return self.signers is not None and self.joint(s, subject)

    def joint(self, s: Sentence, subject: Mention) -> bool:
        """The subject is the parties together: "The leaders", or "they" right after them."""
        return subject.kind == "joint" or (
            subject.kind == "pronoun"
            and subject.text.lower() == "they"
            and self.joint_at is not None
            and self.joint_at >= s.index - _JOINT_REACH
        )

    def signed(self, s: Sentence, subject: Mention) -> tuple[ActorRef, Predicate] | None:
        """The signers the subject names ("The Parties call on …", "A and B note …") and
        their verb; None outside a joint statement or when the subject names others."""
        holder, predicate = None, None
        if self.signers is not None and self.joint(s, subject):
            # "The Presidents of A and B support …": the verb follows the parties.
            holder, end = self.signers.of_joint(self.text, s, subject)
            predicate = self.subjects.predicate(s, dataclasses.replace(subject, end=end))
        elif self.signers is not None:
            holder = self.signers.of_listed(self.text, s, subject)
            predicate = self.subjects.predicate(s, subject)
        if holder is None or predicate is None:
            return None
        return holder, predicate


class JointVoice:
    """The signatories of one joint statement: the group its voice is, and the states
    (or bodies) they stand for."""

    def __init__(self, group: ActorRef, sides: frozenset[str]) -> None:
        self.group = group
        self.sides = sides

    def of_joint(self, text: str, s: Sentence, subject: Mention) -> tuple[ActorRef | None, int]:
        """ "The Parties", "Both sides": the signers; "The Presidents of A and B": A and B
        when they are signers. With where the subject ends, its parties included."""
        gap = _OF_PARTIES.match(text, subject.end, s.end)
        if gap is None:
            return self.group, subject.end
        # The sentence's mentions read "Presidents of Lithuania" as one office: the
        # parties after "of" are read again on their own.
        after = text[gap.end() : s.end]
        names = list(listed(after, find_mentions(after), 0))
        end = gap.end() + names[-1].end if names else subject.end
        return self._of_parties(names), end

    def of_listed(self, text: str, s: Sentence, subject: Mention) -> ActorRef | None:
        """ "The Republic of A and the Republic of B note …": the listed signers."""
        return self._of_parties(list(listed(text, s.mentions, subject.start)))

    def _of_parties(self, names: list[Mention]) -> ActorRef | None:
        """The group when the list names every signer, those parties when it names some of
        them, and nobody when it names anyone else: a third party's words are not the
        statement's."""
        sides: list[str] = []
        for m in names:
            if m.ref is None or m.possessive or m.adjective or m.kind in ("first", "joint"):
                return None
            side = m.ref.side
            if side not in self.sides:
                return None
            if side not in sides:
                sides.append(side)
        if len(sides) < 2:
            return None
        if set(sides) == self.sides:
            return self.group
        return ActorRef(and_joined(sides), "other")


def _signers(text: str, frame: Frame, voice: Speaker | None) -> JointVoice | None:
    """A joint statement's signers, when it names them as a group."""
    if frame.kind != "joint" or voice is None or voice.ref is None:
        return None
    if voice.ref.kind not in ("organisation", "other"):
        return None
    return JointVoice(voice.ref, signer_sides(text, frame.title, frame.home))
