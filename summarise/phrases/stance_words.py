"""A stance said with its topic, in whatever shape the topic came: the one wording shared
by the briefing's plain lines and the offline extractor's summaries, so that a clause, a
bare verb or a prepositional phrase is joined to the stance's verb the same way in both.
"""

from __future__ import annotations

from dataclasses import dataclass

from summarise.phrases.shape import Shape, in_own_person, read_phrase


@dataclass(frozen=True)
class _StanceWords:
    """A stance said before each shape of topic (``phrases.Shape``): a noun phrase, a
    clause, a verb phrase, and the stance as a noun for whatever else ("made a threat
    against Russia", "made a threat if Russia invades"). ``verb`` is None where no verb
    before a bare infinitive says what the article said: the infinitive of an accusation
    is the accused's act, whose polarity the cut often lost ("NATO was not ready to
    respond adequately" → "respond adequately"), and "alleged plans to respond" would
    report plans nobody named; it stands apart, as a predicate without its subject does."""

    noun: str
    clause: str
    verb: str | None
    as_noun: str


_STANCE_WORDS: dict[str, _StanceWords] = {
    "support": _StanceWords(
        "voiced support for", "welcomed that", "backed moves to", "voiced support"
    ),
    "oppose": _StanceWords("opposed", "objected that", "opposed moves to", "voiced opposition"),
    "demand": _StanceWords("called for", "demanded that", "called for moves to", "made a demand"),
    "warn": _StanceWords(
        "warned about", "warned that", "warned that this would", "issued a warning"
    ),
    "threaten": _StanceWords("threatened", "threatened that", "threatened to", "made a threat"),
    "accuse": _StanceWords("made accusations over", "alleged that", None, "made accusations"),
    "deny": _StanceWords("denied", "denied that", "denied plans to", "issued a denial"),
    "concern": _StanceWords(
        "voiced concern about",
        "voiced concern that",
        "voiced concern about moves to",
        "voiced concern",
    ),
    "commit": _StanceWords("committed to", "pledged that", "pledged to", "made a commitment"),
    "other": _StanceWords("spoke on", "said that", "spoke about plans to", "made a statement"),
}


# Stances whose topic is another party's act: a past verb phrase under one ("refused to
# hold talks", kept with its verb so the topic keeps its polarity) is what the other party
# did, never the holder ("made accusations and refused to hold talks" would say the holder
# refused): it stands apart like a verb phrase whose subject was cut off.
_OTHERS_ACT = frozenset({"accuse", "concern"})


def stance_and_topic(stance: str, topic: str) -> str:
    """The stance's verb and the topic, joined as the topic's shape allows: "warned
    about the build-up", "warned that Russians could invade", "threatened to impose
    costs", "made a threat against Russia"."""
    words = _STANCE_WORDS[stance]
    phrase = read_phrase(topic)
    if in_own_person(topic):
        # The holder's own words ("We have anticipated …"): joined to the verb, "we" would
        # stand for nobody, so they stand apart, as a predicate without its subject does.
        return f"{words.as_noun} ({phrase.text})"
    if phrase.shape is Shape.NOUN:
        return f"{words.noun} {phrase.text}"
    if phrase.shape is Shape.CLAUSE:
        return f"{words.clause} {phrase.text}"
    if phrase.shape is Shape.INFINITIVE and words.verb is not None:
        return f"{words.verb} {phrase.text}"
    if phrase.shape is Shape.QUESTION:
        return f"{words.as_noun} about {phrase.text}"
    if phrase.shape in {Shape.PREPOSITIONAL, Shape.CONDITION}:
        return f"{words.as_noun} {phrase.text}"
    if phrase.shape is Shape.PAST and stance not in _OTHERS_ACT:
        # What the holder did ("reiterated that NATO is a defensive alliance"): the holder
        # is its subject, and the stance, unless it says nothing more, a first verb.
        return phrase.text if stance == "other" else f"{words.as_noun} and {phrase.text}"
    # A verb phrase whose subject the extractor cut off ("have not been satisfied"): whose
    # it was is unknown, so the words stand apart rather than be given a subject.
    return f"{words.as_noun} ({phrase.text})"
