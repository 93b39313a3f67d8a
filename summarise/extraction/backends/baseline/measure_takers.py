"""Sanctions named with the party that took them: a `commit` of that party.

"He briefed President Nausėda on the sanctions the United States has imposed on Russia",
"We welcome the sanctions adopted by the European Union", "They discussed the sanctions the
United States and the European Union adopted this week": the sentence is about something
else (a briefing, a welcome, a discussion), but the relative clause after the noun tells
that the named party took the measure, and the guide makes a measure taken its taker's
`commit`. The stance cues do not reach it: the measure is not the clause's, and its taker
is no subject (``measures_taken``: "the sanctions imposed by the West" is another's
measure). The taker must be a named party (not "we", not a pronoun), and the sentence must
not charge or warn of the measure ("the sanctions adopted by the European Union, which he
described as illegitimate"): a speaker who condemns sanctions is read for the condemnation,
and the labels then give no item of the taker. The words are ``[measure_takers]`` in lexicon.toml.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.arguments import when_in
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention, listed
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.positions import PositionDraft
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence

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
    return {
        "noun": re.compile(rf"\b(?:the\s+)?(?:{'|'.join(data['nouns'])})\b", re.IGNORECASE),
        # "the sanctions [that] the United States has imposed": the taker opens the clause.
        "before_taker": re.compile(r"\s+(?:that\s+|which\s+)?", re.IGNORECASE),
        "verb": re.compile(
            rf"\s+(?:(?:has|have|had)\s+)?(?:already\s+|now\s+|just\s+)?(?:{taking})\b",
            re.IGNORECASE,
        ),
        # "the sanctions adopted by the European Union": the taker is the agent.
        "by": re.compile(rf"\s+(?:{taking})\s+by\s+", re.IGNORECASE),
    }


def measures_by_taker(text: str, sentence: Sentence) -> list[PositionDraft]:
    """The taker's `commit` for each sanctions the sentence names with a named taker in a
    relative clause after the noun; none in a question or a sentence that judges them."""
    if sentence.journalist or sentence.question or _judged(text, sentence):
        return []
    found: list[PositionDraft] = []
    for noun in _patterns()["noun"].finditer(text, sentence.start, sentence.end):
        taken = _taker(text, sentence, noun.end())
        if taken is None:
            continue
        taker, until = taken
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
    return found


def _judged(text: str, sentence: Sentence) -> bool:
    """A charge, rejection or concern anywhere in the sentence ("the sanctions imposed by
    Western countries, which we consider illegitimate")."""
    cues = load_lexicon().stances.finditer(text, sentence.start, sentence.end)
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
    opening = re.compile(r"(?:the\s+)?", re.IGNORECASE)
    names = list(listed(text, sentence.mentions, start, opening))
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
    return ActorRef(", ".join(names[:-1]) + " and " + names[-1], "other")
