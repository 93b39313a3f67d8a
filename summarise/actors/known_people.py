"""A person the vocabulary knows, by a name as a text writes it.

Texts name leaders bare ("Lukashenko knows this", "I said the same thing to Zelensky") or
by a spelling of their own ("Vladimir Zelensky"); no title says whose they are. The
vocabulary's people are read here: a listed spelling names its person, and so does a
full name whose surname is a listed one and whose first name is the person's
(``same_person``: "Sergey Lavrov" of "Sergei Lavrov"). Any other name names no one known.
"""

from __future__ import annotations

from functools import lru_cache

from summarise.actors.folding import phrase_key
from summarise.actors.parties import same_person
from summarise.actors.table import KnownPerson, vocabulary


@lru_cache(maxsize=4096)
def known_person(name: str) -> KnownPerson | None:
    """The listed person ``name`` names, else None. Kept per name: the vocabulary is read
    once, and a person is looked up at each mention and placing of their name (several
    times an article, four in five asks a name asked before)."""
    phrases = vocabulary().person_phrases
    words = phrase_key(name.replace("-", " "))
    if not words:
        return None
    found = phrases.get(words)
    if found is not None or len(words) < 2:
        return found
    by_surname = phrases.get(words[-1:])
    if by_surname is None:
        return None
    full = (by_surname.name, *by_surname.forms)
    listed = (phrase_key(f.replace("-", " ")) for f in full)
    return by_surname if any(len(k) > 1 and same_person(words, k) for k in listed) else None
