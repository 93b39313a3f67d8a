"""One canonical actor per party across all articles.

Every article resolves "Mr Johnson" and "the Prime Minister" within itself, but each outlet
spells the result differently ("Boris Johnson", "UK PM", "Johnson"). Merging facts across
articles needs one identity per party, so mentions are clustered: full personal names that
agree, then surnames and bare offices attached to the one person they can mean, then
states, governments and armed forces keyed by country, then organisations by name,
acronym and spelling. A state and its government stay two actors linked by country.

Everything is iterated in sorted order, so the same mentions always give the same actors.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from summarise.actors import (
    Party,
    countries_in,
    display_personal,
    fold,
    parse_body,
    parse_person,
    party_of,
    same_person,
    same_surname,
    single_holder,
    tokens,
    vocabulary,
)
from summarise.actors.parties import bodies_match
from summarise.briefing.model import CanonicalActor
from summarise.briefing.similarity import slug
from summarise.schema import Actor, ActorKind

MentionKey = tuple[str, ActorKind, str, str]
# Kinds the name itself decides, in the order they win when a cluster holds several.
_FIXED_KINDS: tuple[ActorKind, ...] = ("person", "state", "government", "military")


@dataclass(frozen=True)
class Resolved:
    """A canonical actor and everything the briefing says about it."""

    ref: CanonicalActor
    roles: tuple[str, ...]
    variants: tuple[str, ...]


@dataclass
class _Mention:
    key: MentionKey
    count: int
    alias_target: str | None
    country: str | None
    role: str | None
    party: Party
    cluster: tuple[str, ...] = field(default=())
    display: str = ""
    full_name: bool = False
    government_word: bool = False


class _UnionFind:
    def __init__(self) -> None:
        self._parent: dict[MentionKey, MentionKey] = {}

    def add(self, key: MentionKey) -> None:
        self._parent.setdefault(key, key)

    def find(self, key: MentionKey) -> MentionKey:
        root = key
        while self._parent[root] != root:
            root = self._parent[root]
        while self._parent[key] != root:
            self._parent[key], key = root, self._parent[key]
        return root

    def union(self, a: MentionKey, b: MentionKey) -> None:
        """Join two clusters; the smaller key becomes the root, whatever the call order."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            low, high = sorted((root_a, root_b))
            self._parent[high] = low


def _normalised_aliases(aliases: Mapping[str, str] | None) -> dict[str, str]:
    return {" ".join(tokens(variant)): target for variant, target in (aliases or {}).items()}


def mention_key(actor: Actor) -> MentionKey:
    return (
        actor.name.strip(),
        actor.kind,
        (actor.country or "").strip(),
        (actor.role or "").strip(),
    )


class ActorResolver:
    """Clusters every actor mention of a run into canonical actors.

    Build it once from every mention (with repeats: frequency picks display names), then
    ``resolve`` any of those mentions. Resolution never depends on the filters the user
    applies, so an actor keeps its name and id whatever is shown.
    """

    def __init__(self, actors: Iterable[Actor], aliases: Mapping[str, str] | None = None) -> None:
        self._aliases = _normalised_aliases(aliases)
        counts = Counter(mention_key(a) for a in actors)
        self._mentions = {key: self._read(key, n) for key, n in sorted(counts.items())}
        self._country_names = self._country_spellings()
        self._sets = _UnionFind()
        for key in self._mentions:
            self._sets.add(key)
        self._cluster_people()
        self._cluster_bodies()
        self._join_aliased()
        self._resolved = self._canonical_actors()
        self._states: dict[str, str] = {}
        for r in self.actors():
            if r.ref.kind == "state" and r.ref.country:
                self._states.setdefault(fold(r.ref.country), r.ref.id)

    def alias(self, text: str) -> str | None:
        """What the user's alias file makes of ``text``, following chains; ``None`` if none."""
        seen: set[str] = set()
        target: str | None = None
        current = " ".join(tokens(text))
        while current in self._aliases and current not in seen:
            seen.add(current)
            target = self._aliases[current]
            current = " ".join(tokens(target))
        return target

    def _read(self, key: MentionKey, count: int) -> _Mention:
        """Read a mention into the party it names (``summarise.actors``) and its cluster key.

        The cluster keys are the party keys, so two mentions the scorer calls the same
        party start in one cluster; what follows only adds what one pair cannot know.
        """
        name, kind, country_text, role_text = key
        target = self.alias(name)
        shown = target or name
        country = self.alias(country_text) or country_text
        # The party is read from the name as written, so "Mr Johnson" still finds the
        # Boris Johnson that an alias renames; the alias itself joins clusters afterwards.
        party = party_of(
            Actor(name=name, kind=kind, country=country or None, role=role_text or None)
        )
        mention = _Mention(
            key=key,
            count=count,
            alias_target=target,
            country=_country_of_one(party, shown, country),
            role=party.role,
            party=party,
            display=shown.strip(),
        )
        if party.kind in {"person", "surname"}:
            mention.display = display_personal(shown, parse_person(shown))
            mention.full_name = party.kind == "person"
        mention.government_word = any(w in vocabulary().government_words for w in tokens(shown))
        mention.cluster = _cluster_key(party)
        return mention

    def _country_spellings(self) -> dict[str, str]:
        """One spelling per country the lexicon does not know, the most used one."""
        spellings: Counter[str] = Counter()
        for m in self._mentions.values():
            if m.country:
                spellings[m.country] += m.count
        best: dict[str, tuple[int, str]] = {}
        for spelling, n in sorted(spellings.items()):
            key = fold(spelling)
            if key not in best or n > best[key][0]:
                best[key] = (n, spelling)
        return {key: spelling for key, (_, spelling) in best.items()}

    def _canonical_country(self, country: str | None) -> str | None:
        return self._country_names.get(fold(country)) if country else None

    def _by_cluster(self, kind: str) -> dict[tuple[str, ...], list[_Mention]]:
        """Mentions with one cluster key, already joined; keyed in sorted order."""
        groups: dict[tuple[str, ...], list[_Mention]] = defaultdict(list)
        for m in self._mentions.values():
            if m.cluster[0] == kind:
                groups[m.cluster].append(m)
        for members in groups.values():
            for other in members[1:]:
                self._sets.union(members[0].key, other.key)
        return dict(sorted(groups.items()))

    def _cluster_people(self) -> None:
        people = self._by_cluster("person")
        countries = {
            cluster: {fold(m.country) for m in members if m.country}
            for cluster, members in people.items()
        }

        def compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
            return not countries[a] or not countries[b] or bool(countries[a] & countries[b])

        by_initial: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for cluster in people:
            by_initial[cluster[-1][:1]].append(cluster)
        for names in by_initial.values():
            for i, left in enumerate(names):
                for right in names[i + 1 :]:
                    if same_person(left[1:], right[1:]) and compatible(left, right):
                        self._sets.union(people[left][0].key, people[right][0].key)
        self._attach_surnames(people, countries, by_initial)
        self._attach_offices()

    def _attach_surnames(
        self,
        people: dict[tuple[str, ...], list[_Mention]],
        countries: dict[tuple[str, ...], set[str]],
        by_initial: dict[str, list[tuple[str, ...]]],
    ) -> None:
        """A bare surname joins the one full name it can mean (its country and office decide).

        Surnames that match no full name join each other only while at most one country is
        in play, so "Johnson" never links a British and an American Johnson.
        """
        surnames = self._by_cluster("surname")
        unmatched: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for cluster, members in surnames.items():
            _, surname, country = cluster
            matches = [
                name
                for name in by_initial.get(surname[:1], [])
                if same_surname(name[-1], surname)
                and (not country or not countries[name] or country in countries[name])
            ]
            roles = {m.role for m in members if m.role}
            if len(matches) > 1 and roles:
                matches = [n for n in matches if roles & {m.role for m in people[n]}]
            roots = {self._sets.find(people[name][0].key) for name in matches}
            if len(roots) == 1:
                self._sets.union(roots.pop(), members[0].key)
            elif not roots:
                unmatched[surname].append(cluster)
        for clusters in unmatched.values():
            if len({c[2] for c in clusters if c[2]}) <= 1:
                for other in clusters[1:]:
                    self._sets.union(surnames[clusters[0]][0].key, surnames[other][0].key)

    def _attach_offices(self) -> None:
        """A bare office ("UK PM") joins the one named person known to hold it.

        Only offices one person holds per country, and only where the country is known:
        "a spokesperson" or "officials" name nobody in particular and stay as they are.
        """
        offices = self._by_cluster("office")
        holders: dict[tuple[str, str], set[MentionKey]] = defaultdict(set)
        for m in self._mentions.values():
            if m.cluster[0] in {"person", "surname"} and m.role and m.country:
                holders[(fold(m.country), m.role)].add(self._sets.find(m.key))
        for (_, country, role), members in offices.items():
            if not country or not single_holder(role):
                continue
            roots = holders.get((fold(country), role), set())
            if len(roots) == 1:
                self._sets.union(next(iter(roots)), members[0].key)

    def _cluster_bodies(self) -> None:
        """Organisations and other bodies: same name, acronym of the full name, or a typo."""
        for kind in ("state", "government", "military"):
            self._by_cluster(kind)
        named = self._by_cluster("body")
        by_initial: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for cluster in named:
            by_initial[cluster[1][:1] if len(cluster) > 1 else ""].append(cluster)
        for clusters in by_initial.values():
            for i, left in enumerate(clusters):
                for right in clusters[i + 1 :]:
                    a, b = named[left][0], named[right][0]
                    if bodies_match(a.party, b.party):
                        self._sets.union(a.key, b.key)

    def _join_aliased(self) -> None:
        """The alias file says its names are one party, whatever kind each mention has ("UK
        government" as Boris Johnson): they join each other and the mentions that already
        carry the canonical name."""
        by_name: dict[str, list[_Mention]] = defaultdict(list)
        for m in self._mentions.values():
            by_name[" ".join(tokens(m.alias_target or m.key[0]))].append(m)
        for members in by_name.values():
            if any(m.alias_target for m in members):
                for other in members[1:]:
                    self._sets.union(members[0].key, other.key)

    def _canonical_actors(self) -> dict[MentionKey, Resolved]:
        groups: dict[MentionKey, list[_Mention]] = defaultdict(list)
        for m in self._mentions.values():
            groups[self._sets.find(m.key)].append(m)
        used: set[str] = set()
        resolved: dict[MentionKey, Resolved] = {}
        for root in sorted(groups):
            members = groups[root]
            kind = _cluster_kind(members)
            name = _display_name(members, kind)
            if kind in {"government", "military"} and all(
                m.cluster[0] == kind and parse_body(m.display).country is None and m.cluster[1]
                for m in members
            ):
                name = f"{members[0].cluster[1]} {name}"
            countries: Counter[str] = Counter()
            for m in members:
                canonical = self._canonical_country(m.country)
                if canonical:
                    countries[canonical] += m.count
            country = min(countries, key=lambda c: (-countries[c], c)) if countries else None
            if kind == "state":
                country = country or name
            base = slug(name)
            actor_id = base if base not in used else f"{base}-{kind}"
            suffix = 2
            while actor_id in used:
                actor_id = f"{base}-{kind}-{suffix}"
                suffix += 1
            used.add(actor_id)
            entry = Resolved(
                ref=CanonicalActor(id=actor_id, name=name, kind=kind, country=country),
                roles=tuple(sorted({m.key[3] for m in members if m.key[3]})),
                variants=tuple(sorted({m.key[0] for m in members})),
            )
            for m in members:
                resolved[m.key] = entry
        return resolved

    def resolve(self, actor: Actor) -> CanonicalActor:
        return self._resolved[mention_key(actor)].ref

    def actors(self) -> list[Resolved]:
        unique = {r.ref.id: r for r in self._resolved.values()}
        return [unique[k] for k in sorted(unique)]

    def state_of(self, country: str) -> str | None:
        """The id of the state actor of ``country``, if the articles name that state."""
        return self._states.get(fold(country))

    def uses(self) -> list[tuple[str, int]]:
        """Every distinct mention's actor id and how often it was mentioned."""
        return [(self._resolved[m.key].ref.id, m.count) for m in self._mentions.values()]

    def parties(self) -> list[tuple[str, Party]]:
        """Every distinct mention's actor id and the party the vocabulary reads it as."""
        return [(self._resolved[m.key].ref.id, m.party) for m in self._mentions.values()]


def _country_of_one(party: Party, name: str, stated: str) -> str | None:
    """The party's country, unless it was read from a name listing several states: the
    signers of a joint statement ("European Commission, France, Germany, Italy, United
    Kingdom, Canada and United States") are no more France's than Canada's, and the parties
    table said "France" of them."""
    if not stated and party.kind == "body" and len(countries_in(name)) > 1:
        return None
    return party.country


def _cluster_key(party: Party) -> tuple[str, ...]:
    """Mentions with one key are one actor: a person's personal name, a state's country."""
    if party.kind == "surname":
        return ("surname", party.key[0], fold(party.country or ""))
    if party.kind == "office":
        return ("office", party.country or "", party.key[0])
    if party.kind in {"state", "government", "military"}:
        return (party.kind, party.country or "")
    return (party.kind, *party.key)


def _cluster_kind(members: list[_Mention]) -> ActorKind:
    targets = {" ".join(tokens(m.alias_target)) for m in members if m.alias_target}
    itself = [m for m in members if not m.alias_target and " ".join(tokens(m.key[0])) in targets]
    if itself:
        # An alias names the party: it is of the kind its own mentions have, not the
        # kind of the names the user folded into it.
        members = itself
    kinds = {m.cluster[0] for m in members}
    for kind in _FIXED_KINDS:
        if kind in kinds:
            return kind
    if kinds & {"surname", "office"}:
        return "person"
    counted = Counter(m.key[1] for m in members)
    return min(counted, key=lambda k: (-counted[k], k))


def _display_name(members: list[_Mention], kind: ActorKind) -> str:
    """The user's alias target if any; else the fullest, most used spelling."""
    targets = sorted({m.alias_target for m in members if m.alias_target})
    if targets:
        return targets[0]
    if kind == "state":
        countries = sorted({m.country for m in members if m.country})
        if countries:
            return countries[0]
    weights: Counter[str] = Counter()
    for m in members:
        weights[m.display] += m.count
    preferred = (
        [m for m in members if m.full_name] or [m for m in members if m.government_word] or members
    )
    names = {m.display for m in preferred}
    # A person is best named in full; a body by its short name ("NATO", "UK government").
    length = -1 if kind == "person" else 1
    return min(names, key=lambda n: (-weights[n], length * len(n), n))
