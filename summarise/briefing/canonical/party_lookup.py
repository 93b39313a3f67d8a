"""What a ``--party`` value means among a run's resolved actors.

The resolver decides who is who; this reads a user's word against that answer. A user
types a country, a surname, a first name, an office or a misspelling, and expects the same
parties the briefing's own filter would show, so every reading goes through the one actor
vocabulary before any fuzzy guess. A guess is reported, never silent: "Rusia" read as
Russia must say so, or a typo of another name would filter the briefing without a word.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from summarise.actors import country_of, fold, parse_person, parties_match, party_of, tokens
from summarise.briefing.canonical.resolver import ActorResolver, Resolved
from summarise.errors import ConfigError
from summarise.schema import Actor

PARTY_SIMILARITY = 85.0
# A name this close to an unmatched ``--party`` is offered as "did you mean".
SUGGESTION_SIMILARITY = 70.0
# Known parties listed when ``--party`` matches none; the rest are counted.
MAX_LISTED_PARTIES = 20


@dataclass(frozen=True)
class PartyMatch:
    """The actor ids a ``--party`` value means, and the name it was read as when that was a
    guess at a misspelling (``None`` when the value itself named them)."""

    ids: frozenset[str]
    read_as: str | None = None


class PartyLookup:
    """Reads ``--party`` values against one resolver's actors."""

    def __init__(self, resolver: ActorResolver) -> None:
        self._resolver = resolver
        self._actors = resolver.actors()
        self._choices: dict[str, Resolved] = {}
        for r in self._actors:
            for variant in (r.ref.name, *r.variants):
                self._choices.setdefault(" ".join(tokens(variant)), r)

    def match(self, text: str) -> PartyMatch:
        """A country means all its actors; else what the actor vocabulary says the name
        means; else the closest spelling (reported as a guess); else the people of that
        surname or first name."""
        wanted = self._resolver.alias(text) or text
        country = country_of(wanted)
        if country is not None:
            return PartyMatch(self._of_country(country))
        named = self._named_by_vocabulary(wanted)
        if named:
            countries = {
                r.ref.country
                for r in self._actors
                if r.ref.id in named and r.ref.kind == "state" and r.ref.country
            }
            return PartyMatch(named.union(*(self._of_country(c) for c in countries)))
        folded = " ".join(tokens(wanted))
        best = process.extractOne(folded, sorted(self._choices), scorer=fuzz.ratio)
        if best is None or best[1] < PARTY_SIMILARITY:
            return PartyMatch(self._people_called(wanted))
        match = self._choices[best[0]].ref
        read_as = None if best[0] == folded else match.name
        if match.kind == "state" and match.country is not None:
            return PartyMatch(self._of_country(match.country), read_as)
        return PartyMatch(frozenset({match.id}), read_as)

    def suggestions(self, text: str, limit: int = 3) -> list[str]:
        """Names close to ``text`` (a typo, another spelling), for a value that matched
        nothing."""
        folded = " ".join(tokens(text))
        found = process.extract(
            folded, sorted(self._choices), scorer=fuzz.ratio, score_cutoff=SUGGESTION_SIMILARITY
        )
        names: list[str] = []
        for choice, _, _ in found:
            name = self._choices[choice].ref.name
            if name not in names:
                names.append(name)
        return names[:limit]

    def by_use(self) -> list[str]:
        """Display names of every actor, the most mentioned first."""
        uses: Counter[str] = Counter()
        for actor_id, count in self._resolver.uses():
            uses[actor_id] += count
        refs = {r.ref.id: r.ref for r in self._actors}
        ordered = sorted(refs, key=lambda i: (-uses[i], refs[i].name.casefold(), i))
        return [refs[i].name for i in ordered]

    def _named_by_vocabulary(self, text: str) -> frozenset[str]:
        """Actors the vocabulary says ``text`` names ("the Kremlin" is the Russian
        government), read as a person's name and as a body's."""
        wanted = {party_of(Actor(name=text, kind=kind)) for kind in ("person", "other")}
        return frozenset(
            actor_id
            for actor_id, party in self._resolver.parties()
            if any(parties_match(p, party) for p in wanted)
        )

    def _of_country(self, country: str) -> frozenset[str]:
        folded = fold(country)
        return frozenset(
            r.ref.id for r in self._actors if r.ref.country and fold(r.ref.country) == folded
        )

    def _people_called(self, text: str) -> frozenset[str]:
        """People whose surname is ``text``'s surname, or, for one word, whose first name it
        is ("Boris"): a user names a person the way the articles do."""
        name = parse_person(text)
        if not name.personal:
            return frozenset()
        one_word = len(name.personal) == 1
        found: set[str] = set()
        for r in self._actors:
            if r.ref.kind != "person":
                continue
            personal = parse_person(r.ref.name).personal
            if personal and (
                personal[-1] == name.personal[-1] or (one_word and personal[0] == name.personal[0])
            ):
                found.add(r.ref.id)
        return frozenset(found)


def no_such_party(
    party: str, lookup: PartyLookup, known: Sequence[str] | None = None
) -> ConfigError:
    """The error for a ``--party`` that names no actor: close names, then the known ones
    (``known``, the briefing's own party table, when the caller has one)."""
    close = lookup.suggestions(party)
    names = list(known) if known is not None else lookup.by_use()
    listed = ", ".join(names[:MAX_LISTED_PARTIES])
    if len(names) > MAX_LISTED_PARTIES:
        listed += f", … and {len(names) - MAX_LISTED_PARTIES} more"
    guess = f"; did you mean {' or '.join(close)}?" if close else "."
    return ConfigError(f"No party matches {party!r}{guess} Known parties: {listed}.")
