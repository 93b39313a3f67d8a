"""The mentions found by their words rather than by capitals: lower-case offices ("the
prime minister") and organisations ("the alliance"), sides ("the Russian side"), joint
subjects ("the leaders"), first-person words and pronouns, in one scan (``mentions``
settles them with the capitalised runs).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from summarise.actors import countries_in, vocabulary
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.group_words import group_openers, group_pattern
from summarise.extraction.backends.baseline.patterns import guarded_alternation, trie_pattern
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.scan import ascii_classes
from summarise.extraction.backends.baseline.verb_forms import CONTRACTED

# Pronouns as tries rather than lists: the scan tries them at every word of the article.
_FIRST_PERSON = ("I", "We", "we", "Our", "our", "us", "My", "my", "me", "Ourselves", "ourselves")
_THIRD_PERSON = (
    *("He", "he", "She", "she", "His", "his", "Her", "her", "him", "They", "they"),
    *("Their", "their", "them", "It", "it", "Its", "its"),
)


# A pronoun ends at a contracted auxiliary ("He's", "They've", "I'll", "we're"): the clitic
# is the verb, not part of a name (Quirk et al. 3.23), so "They've" is "They".
_CLITIC_OR_END = rf"(?=['\u2019](?:{CONTRACTED})(?![\w\u2019'-])|(?![\w\u2019'-]))"


# A character of a word; none stands right before a mention's start or after its end.
_WORD_CHAR = r"[\w\u2019'-]"
_NOT_WORD_CHAR = r"[^\w\u2019'-]"


@dataclass(frozen=True)
class WordScans:
    # Lower-case offices and organisations, sides, joint subjects, first-person words and
    # pronouns: one scan with a group for each, matched at a word's start (``words``), and
    # the same matched from the character before it (``after_mark``, read by ``matches``),
    # and its ASCII twin for a text where ``re.ASCII`` reads every character as Unicode
    # does (``scan.ascii_classes``): ``\w`` then tests a character in a step, where
    # Unicode's asks the character database of every letter (the scan is read over every
    # article: 11% less time on the open sets' articles it serves, 170 of 205).
    words: re.Pattern[str]
    after_mark: re.Pattern[str]
    ascii_after_mark: re.Pattern[str]
    lower_body_refs: dict[str, ActorRef]

    def matches(self, text: str, start: int, stop: int) -> Iterator[tuple[int, int, re.Match[str]]]:
        """``words.finditer(text, start, stop)`` as (start, end, match) each: the same
        matches, found from the character before each (a space put before the text stands
        for its start). An expression opening on a lookbehind is tried at every position of
        the text; one opening on a class of characters skips to where one of them stands,
        a fraction of the cost (the mention scan is read over every article). The match's
        own offsets are those of the text searched, so its start and end are given."""
        shift = 1 if start == 0 else 0
        haystack = " " + text if shift else text
        scan = self.ascii_after_mark if ascii_classes(text) else self.after_mark
        search, after = scan.search, start - 1 + shift
        while (found := search(haystack, after, stop + shift)) is not None:
            begin, end = found.start() + 1 - shift, found.end() - shift
            yield begin, end, found
            # The next match may start where this one ends, its mark this one's last
            # character, as the lookbehind allows.
            after = end - 1 + shift


@cache
def word_scans() -> WordScans:
    """One scan for every lower-case mention. A lower-case body's form opens a sentence
    too ("The alliance"); a capitalised one ("the Ministry of Defence") is read as a
    name's run."""
    vocab = vocabulary()
    office_forms = {form.lower() for forms in vocab.offices.values() for form in forms}
    lower_bodies: dict[str, ActorRef] = {}
    for org in vocab.organisations:
        for form in (org.name, *org.forms):
            if form[:1].islower() and form.startswith("the "):
                for written in {form, "T" + form[1:] if form[4:5].islower() else form}:
                    lower_bodies[written] = ActorRef(org.name, org.kind, org.country)
    demonyms = {d for c in vocab.countries.values() for d in c.demonyms if not d.endswith("s")}
    # Longest first: the words are a set, whose order changes with the hash seed.
    sides = "|".join(sorted(load_grammar().side_words, key=lambda w: (-len(w), w)))
    joint = guarded_alternation(read_data("lexicon.toml")["joint"]["subjects"])
    body = (
        rf"(?:(?:"
        rf"(?P<side>[Tt]he (?P<demonym>{trie_pattern(demonyms)}) (?:{sides}))|"
        rf"(?P<joint>(?i:{joint}))|"
        rf"(?P<body>{trie_pattern(lower_bodies)})|"
        rf"(?P<office>{trie_pattern(office_forms)})|"
        rf"(?P<adversary>[Tt]he {trie_pattern(load_grammar().adversary_nouns)})|"
        rf"{group_openers()}(?P<group>{group_pattern()})"
        rf")(?!{_WORD_CHAR})|"
        rf"(?:(?P<first>{trie_pattern(_FIRST_PERSON)})|"
        rf"(?P<third>{trie_pattern(_THIRD_PERSON)})){_CLITIC_OR_END})"
    )
    return WordScans(
        words=re.compile(rf"(?<!{_WORD_CHAR}){body}"),
        after_mark=re.compile(rf"{_NOT_WORD_CHAR}{body}"),
        ascii_after_mark=re.compile(rf"{_NOT_WORD_CHAR}{body}", re.ASCII),
        lower_body_refs=lower_bodies,
    )


# The complement naming a body's state: "the Ministry of Defence of Ukraine".
_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:of\s+)?[A-Z][\w'-]*){0,3}")


def of_state_end(text: str, end: int) -> int:
    """Where a lower-case body's name ends: past an of-phrase naming a state ("the Ministry
    of Defence of Ukraine"), which says whose it is (``resolve`` reads the state from the
    mention's words), else at ``end``."""
    found = _OF_NAME.match(text, end)
    return found.end() if found is not None and countries_in(found.group()) else end
