"""An actor as a briefing's sentences name it: with "the" or without, one or many.

Plain lines and the speaker's "our" said from the reader's side ("near Ukraine's borders",
"the United States'") both put an actor's name into a sentence; one reading of the name
keeps them saying it the same way.
"""

from __future__ import annotations

from functools import cache

from summarise.actors import parse_person, vocabulary
from summarise.briefing.model import CanonicalActor
from summarise.phrases.shape import definite_words

# Actor kinds whose names are common nouns in a sentence: "the UK government", "the
# Pentagon", "the Russian army".
_DEFINITE_KINDS = frozenset({"government", "military"})


def named(actor: CanonicalActor) -> str:
    """An actor's name as it stands in a sentence: "the United States", "the UK
    government", "the President of Russia", but "Russia", "NATO" and "Boris Johnson"."""
    name = actor.name
    words = name.split()
    if words[:1] and words[0].casefold() == "the":
        return name
    if actor.kind == "person":
        # An office named without its holder: "the President of Russia", "the Polish
        # Foreign Minister", but "President Putin".
        title = parse_person(name.partition(" of ")[0])
        definite = title.role is not None and not title.personal
    else:
        # An acronym reads as its expansion does: "the EU" (the European Union), "NATO".
        acronym = name.replace(".", "").isupper()
        forms = [name, *(_other_names().get(name, ()) if acronym else ())]
        definite = actor.kind in _DEFINITE_KINDS or any(
            word.casefold() in definite_words() for form in forms for word in form.split()
        )
    return f"the {name}" if definite else name


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    """The vocabulary's other names of a state or organisation, those written without
    "the" ("European Union" for the EU; not "the military alliance" for NATO)."""
    vocab = vocabulary()
    pairs = [(c.name, c.forms) for c in vocab.countries.values()]
    pairs += [(o.name, o.forms) for o in vocab.organisations]
    return {
        name: tuple(f for f in forms if not f.casefold().startswith("the "))
        for name, forms in pairs
    }


def is_plural(actor: CanonicalActor) -> bool:
    """ "Foreign mercenaries are", "the Baltic states have": a group named by a plural
    noun or a list; a person, a state ("the United States") or a body is one."""
    name = actor.name
    if actor.kind in {"person", "state"} or name in vocabulary().countries:
        return False
    last = name.split()[-1].casefold() if name.split() else ""
    return " and " in name or (last.endswith("s") and not last.endswith("ss"))
