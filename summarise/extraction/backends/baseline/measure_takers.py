"""Sanctions named with the party that took them: a `commit` of that party.

"He briefed the President on the sanctions the United States has put on Russia",
"We welcome the sanctions the European Union adopted", "They discussed the sanctions
Washington and the European Union agreed this week": the sentence is about something
else (a briefing, a welcome, a discussion), but the relative clause after the noun tells
that the named party took the measure, and the guide makes a measure taken its taker's
`commit`. The stance cues do not reach it: the measure is not the clause's, and its taker
is no subject (``measures_taken``: "the sanctions imposed by the West" is another's
measure). The taker must be a named party (not "we", not a pronoun), and the sentence must
not charge or warn of the measure ("the sanctions adopted by the European Union, which he
described as illegitimate"): a speaker who condemns sanctions is read for the condemnation,
and the labels then give no item of the taker. The same holds where another party than the
sentence's holder is the subject of taking them ("As you know, the so-called united
West has imposed a vast package of sanctions", in Putin's words): the speaker
tells another's act. The words are ``[measure_takers]`` in lexicon.toml.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.literal_gates import may_match
from summarise.extraction.backends.baseline.mentions import Mention, listed
from summarise.extraction.backends.baseline.patterns import OPTIONAL_THE, category
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import when_in
from summarise.phrases.lists import and_joined

# The stances of a sentence that judges the measure it names ("which we consider
# illegitimate", "warned that the sanctions imposed by the West would hurt its farmers"):
# then no taker's item.
_JUDGING = ("accuse", "oppose", "deny", "concern", "warn")
_THE = re.compile(r"^the\s+", re.IGNORECASE)
# Where the quoted noun phrase ends: a stop, or a new item of a list ("… adopted this week
# and the need to …").
_PHRASE_END = re.compile(r"[.;:,!?]|\s+and\s+(?:the|a|an)\s", re.IGNORECASE)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = read_data("lexicon.toml")["measure_takers"]
    taking = "|".join(data["taking"])
    nouns = "|".join(data["nouns"])
    return {
        "noun": re.compile(rf"\b(?:the\s+)?(?:{nouns})\b", re.IGNORECASE),
        # "the sanctions [that] the United States has imposed": the taker opens the clause.
        "before_taker": re.compile(r"\s+(?:that\s+|which\s+)?", re.IGNORECASE),
        "verb": re.compile(
            rf"\s+(?:(?:has|have|had)\s+)?(?:already\s+|now\s+|just\s+)?(?:{taking})\b",
            re.IGNORECASE,
        ),
        # "the sanctions adopted by the European Union": the taker is the agent.
        "by": re.compile(rf"\s+(?:{taking})\s+by\s+", re.IGNORECASE),
        # "the collective West has imposed an unprecedented package of sanctions", "the
        # European Union's foreign ministers agreed their own package of sanctions": the
        # taker (or its ministers) is the subject of a verb of taking, in the past.
        "taken": re.compile(
            rf"(?:\s+(?:[a-z]+\s+)?(?:ministers|leaders|governments))?"
            rf"\s+(?:(?:has|have|had)\s+)?(?:already\s+|now\s+|just\s+|also\s+)?"
            rf"(?:{taking})\s+(?:[\w-]+\s+){{0,4}}?(?:{nouns})\b",
            re.IGNORECASE,
        ),
        # A taking supposed, not told: "if the EU imposed sanctions".
        "supposed": re.compile(r"\b(?:if|unless|whether)\b", re.IGNORECASE),
    }


def measures_by_taker(text: str, sentence: Sentence) -> list[PositionDraft]:
    """The taker's `commit` for each sanctions the sentence names with a named taker in a
    relative clause after the noun; none in a question or a sentence that judges them."""
    if sentence.journalist or sentence.question:
        return []
    # Both readings need a sanctions noun, and most sentences have none. Asking the stance
    # lexicon (``_judged``) of every sentence first cost 7.7 M instructions a seed article;
    # the search for the noun itself, tried at every word, is skipped where none of the
    # nouns' words stands (with claim_nouns' gate, 4.7 M a seed article).
    named = _patterns()["noun"]
    if not may_match(sentence.scan, named, sentence.start, sentence.end):
        return []
    nouns = list(named.finditer(text, sentence.start, sentence.end))
    if not nouns:
        return []
    takers = [
        (noun, taken) for noun in nouns if (taken := _taker(text, sentence, noun.end())) is not None
    ]
    # The judgement is asked for only once a taker is told: it scans the whole lexicon.
    if not takers or _judged(text, sentence.start, sentence.end):
        return _taken_by_subject(text, sentence)
    found: list[PositionDraft] = []
    for noun, (taker, until) in takers:
        stop = _PHRASE_END.search(text, until, sentence.end)
        end = stop.start() if stop is not None else sentence.end
        found.append(
            PositionDraft(
                holder=taker,
                via=None,
                stance="commit",
                topic=text[noun.start() : end],
                target=None,
                quotes=[(noun.start(), end)],
                when=when_in(sentence),
                sentence=sentence.index,
                voice="reported",
            )
        )
    return found + _taken_by_subject(text, sentence)


def _taken_by_subject(text: str, sentence: Sentence) -> list[PositionDraft]:
    """The taker's `commit` where a named party other than the sentence's holders is the
    subject of taking the sanctions ("As you know, the so-called united West has
    imposed a vast package of sanctions", said by Putin): the speaker tells
    another's act, which is that party's; the sentence's own holder is read by its
    claims."""
    holders = {c.held()[0] if c.holder is not None else None for c in sentence.claims}
    patterns = _patterns()
    for m in sentence.mentions:
        taken = patterns["taken"].match(text, m.end, sentence.end)
        if (
            taken is None
            or m.ref is None
            or m.ref in holders
            or m.kind in ("pronoun", "first", "joint")
            or m.adjective
            or patterns["supposed"].search(text, sentence.start, m.start) is not None
            or _judged(text, sentence.start, taken.end())
        ):
            continue
        start, end = _trimmed(text, sentence)
        return [
            PositionDraft(
                holder=m.ref,
                via=None,
                stance="commit",
                topic=text[m.start : taken.end()],
                target=None,
                quotes=[(start, end)],
                when=when_in(sentence),
                sentence=sentence.index,
                voice="reported",
            )
        ]
    return []


def _trimmed(text: str, sentence: Sentence) -> tuple[int, int]:
    """The sentence without the space around it."""
    chunk = text[sentence.start : sentence.end]
    start = sentence.start + len(chunk) - len(chunk.lstrip())
    return start, sentence.start + len(chunk.rstrip())


def _judged(text: str, start: int, end: int) -> bool:
    """A charge, rejection, concern or warning between ``start`` and ``end`` ("the
    sanctions imposed by Western states, which we consider illegitimate")."""
    cues = load_lexicon().stances.finditer(text, start, end)
    return any(category(c) in _JUDGING for c in cues)


def _taker(text: str, sentence: Sentence, after: int) -> tuple[ActorRef, int] | None:
    """The named party (or parties joined by "and") that the relative clause after the
    noun ending at ``after`` says took it, with where its verb ends."""
    patterns = _patterns()
    by = patterns["by"].match(text, after, sentence.end)
    if by is not None:
        parties = _parties(text, sentence, by.end())
        if parties is None:
            return None
        return _ref(parties), parties[-1].end
    gap = patterns["before_taker"].match(text, after, sentence.end)
    parties = _parties(text, sentence, gap.end()) if gap is not None else None
    if parties is None:
        return None
    verb = patterns["verb"].match(text, parties[-1].end, sentence.end)
    return None if verb is None else (_ref(parties), verb.end())


def _parties(text: str, sentence: Sentence, start: int) -> list[Mention] | None:
    """The named parties listed from ``start``, perhaps after "the"; none when any is a
    pronoun, a first person, a possessive or an adjective, or is not resolved."""
    names = list(listed(text, sentence.mentions, start, OPTIONAL_THE))
    if not names or any(
        m.ref is None or m.kind in ("pronoun", "first", "joint") or m.possessive or m.adjective
        for m in names
    ):
        return None
    return names


def _ref(parties: list[Mention]) -> ActorRef:
    """One party's ref, or the parties together named as the text names them ("United
    States and European Union"): a group's name is read word by word, so a short form
    ("EU") inside it would name no party."""
    if len(parties) == 1 and parties[0].ref is not None:
        return parties[0].ref
    names = [_THE.sub("", m.text) for m in parties]
    return ActorRef(and_joined(names), "other")
