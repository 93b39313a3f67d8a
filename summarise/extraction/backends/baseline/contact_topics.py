"""Contact topics: what a call, meeting or visit was about, when its sentence says so.

A subject cue ("to discuss X", "talks on X", "spoke about X", "discussed X with") is
followed by noun phrases, a purpose cue ("in an attempt to stop X") by an action, which
reads as "stopping X"; ", including X, Y and Z" adds more. The cues are in
``data/lexicon.toml`` ``[contact_topics]``. Without a cue the list stays empty: a
contact's topic is not guessed from the article's subject.
"""

from __future__ import annotations

from summarise.extraction.backends.baseline.context import Sentence
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.phrases import list_items, phrase, trim_end
from summarise.extraction.backends.baseline.reader import SentenceReader
from summarise.extraction.backends.baseline.words import Token, join

# Where a contact's topic gives way to its partner, place or time ("discussed the
# deployments | with his counterparts in Romania").
_CONTACT_STOPS = frozenset({"with", "between", "at", "during", "by", "from", "in"})


def contact_topics(sentence: Sentence, trigger_start: int) -> list[str]:
    """The topics the sentence names for the contact whose trigger starts at
    ``trigger_start``, or an empty list."""
    cues = list(
        sentence.lexicon.contact_topics.finditer(sentence.text, trigger_start, sentence.end)
    )
    if not cues:
        return []
    reader = SentenceReader(sentence)
    for cue in cues:
        i = reader.index(cue.start())
        if i >= len(reader.tokens) or reader.tokens[i].start != cue.start():
            continue  # the cue word belongs to a time expression ("on Tuesday")
        after = reader.index(cue.end())
        if category(cue) == "purpose":
            action = reader.action(after)
            if action is not None and reader.has_content(action[1]):
                return [join(action[1])]
            continue
        words = _subject(reader, after)
        if words:
            items = [join(item) for item in list_items(words, reader.grammar)]
            return items + _including(reader, reader.end_index(words))
    return []


def _subject(reader: SentenceReader, i: int) -> list[Token]:
    """The noun phrase after a subject cue, up to the contact's partner, place or time;
    nothing when it names the channel ("over the phone")."""
    g = reader.grammar
    words = phrase(reader.tokens[i:], g)
    for k, token in enumerate(words):
        if k > 0 and token.lower in _CONTACT_STOPS:
            words = trim_end(words[:k], g)
            break
    content = [t for t in words if t.lower not in g.determiners]
    if not content or content[0].lower in reader.sentence.lexicon.not_contact_topics:
        return []
    return words if reader.says_something(words) else []


def _including(reader: SentenceReader, end: int) -> list[str]:
    """ ", including military build up": more topics after the first."""
    tokens = reader.tokens
    i = end
    while i < len(tokens) and tokens[i].text == ",":
        i += 1
    if i >= len(tokens) or tokens[i].lower != "including":
        return []
    words = phrase(tokens[i + 1 :], reader.grammar)
    return [join(item) for item in list_items(words, reader.grammar)] if words else []
