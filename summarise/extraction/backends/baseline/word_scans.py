"""The mentions found by their words rather than by capitals: lower-case offices ("the
prime minister") and organisations ("the alliance"), sides ("the Russian side"), joint
subjects ("the leaders"), first-person words and pronouns, in one scan (``mentions``
settles them with the capitalised runs).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from summarise.actors import countries_in, vocabulary
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.group_words import group_openers, group_pattern
from summarise.extraction.backends.baseline.lexicon import load_grammar
from summarise.extraction.backends.baseline.patterns import guarded_alternation, trie_pattern
from summarise.extraction.backends.baseline.refs import ActorRef
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


@dataclass(frozen=True)
class WordScans:
    # Lower-case offices and organisations, sides, joint subjects, first-person words and
    # pronouns: one scan with a group for each.
    words: re.Pattern[str]
    lower_body_refs: dict[str, ActorRef]


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
    return WordScans(
        words=re.compile(
            rf"(?<![\w\u2019'-])(?:(?:"
            rf"(?P<side>[Tt]he (?P<demonym>{trie_pattern(demonyms)}) (?:{sides}))|"
            rf"(?P<joint>(?i:{joint}))|"
            rf"(?P<body>{trie_pattern(lower_bodies)})|"
            rf"(?P<office>{trie_pattern(office_forms)})|"
            rf"(?P<adversary>[Tt]he {trie_pattern(load_grammar().adversary_nouns)})|"
            rf"{group_openers()}(?P<group>{group_pattern()})"
            rf")(?![\w\u2019'-])|"
            rf"(?:(?P<first>{trie_pattern(_FIRST_PERSON)})|"
            rf"(?P<third>{trie_pattern(_THIRD_PERSON)})){_CLITIC_OR_END})"
        ),
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
