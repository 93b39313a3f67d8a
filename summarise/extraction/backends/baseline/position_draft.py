"""What a position is before it becomes an item: its holder, stance, topic and target, the
quotes that back it and what merging compares, and the topic as the item states it.
Its own module, as ``movement_draft`` is a movement's, so that the many rules that make or
amend a position need not import the stage that finds them.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.topic_endings import without_deixis
from summarise.extraction.backends.baseline.topic_openings import without_operator
from summarise.schema import Stance


@dataclass
class PositionDraft:
    holder: ActorRef
    via: ActorRef | None
    stance: Stance
    topic: str
    target: ActorRef | None
    quotes: list[tuple[int, int]]
    when: str | None
    sentence: int
    voice: str
    # Said aloud (a transcript turn or a quotation), where a speaker restates as they go.
    spoken: bool = False
    # The sentence goes on about what the one before said: "This action will …".
    continues: bool = False
    # The sentence is told as another point ("But we will …", "We also do not accept …"):
    # not a restatement of the speaker's sentence before.
    new_point: bool = False
    # The punitive measures the cue's clause names ("restrictions on the export", "a mirror
    # closure"), told apart from another clause's even where the topic does not name them.
    measures: frozenset[str] = frozenset()
    # What was said, when a verb of saying is the clause's only cue ("noted that several
    # Allies have placed forces on standby"): a report, if it names a movement or contact.
    said: tuple[int, int] | None = None
    # A threat's condition ("if Russia invades", ``threat_conditions``), part of what the
    # item is about but not of what merging compares.
    condition: str | None = None
    # The subject a predicate adjective judges ("any attempt to … was unacceptable",
    # ``topic_bounds.judged_subject``): what the item says it is about, while merging
    # compares the topic cut after the cue, as it always has (a changed topic would join
    # or part items that were apart or one).
    judged: str | None = None
    # The topic, or the subject judged, read on through its last conjunct after "and"
    # ("direct dialogue between Moscow and Kiev", ``topic_conjuncts``): stated, not
    # compared when merging.
    joined: str | None = None

    def stated_topic(self) -> str:
        """The topic as the item states it: the subject judged or the topic, with its last
        conjunct, without the subject pronoun and operator it opens on (``topic_openings``)
        and the adverbs of the time and place of speaking it ends on (``topic_endings``),
        then a threat's condition after what is threatened."""
        stated = self.joined or self.judged or self.topic
        return self._conditioned(without_deixis(without_operator(stated)))

    def summarised_topic(self) -> str:
        """The topic as the summary words it: with its pronoun and operator, so that a
        clause reads as a clause ("warned that they should know what awaits")."""
        return self._conditioned(self.joined or self.judged or self.topic)

    def _conditioned(self, topic: str) -> str:
        return topic if self.condition is None else f"{topic} {self.condition}"
