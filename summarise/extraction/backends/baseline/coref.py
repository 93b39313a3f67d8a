"""Within-article resolution: what each actor mention refers to.

One pass in reading order, as a reader would: full names introduce people, "Mr Johnson"
takes the person with that surname, "the Prime Minister" the person last introduced in
that role (or the period's office holder from the dictionary when the article has
introduced none), "he"/"she" the subject of the sentence or of the one before, and "it"
the last organisation that was a subject. Subjects are told from objects by the word
before a mention: after a preposition or a transitive verb a name is an object.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from summarise.extraction.backends.baseline.mentions import (
    ActorKey,
    Form,
    Gazetteer,
    Person,
    RawMention,
    find_raw_mentions,
    normalise_role,
)
from summarise.extraction.backends.baseline.quotes import QuoteZones

_POSSESSIVE_PREFIX = re.compile(r"^\S+['\u2019]s\s+")
_POSSESSIVE_MARKS = ("'s", "\u2019s")
_ARTICLES = frozenset({"the", "a", "an"})
_MALE = frozenset({"he", "his"})
_POSSESSIVE_PRONOUNS = frozenset({"his", "her", "its"})


@dataclass
class Mention:
    """A resolved actor mention."""

    start: int
    end: int
    actor: ActorKey
    text: str
    zone: int = -1
    gender: str = ""
    modifier: bool = False
    possessive: bool = False
    pronoun: bool = False
    subject_ok: bool = True
    place: str | None = None
    principal: ActorKey | None = None
    spokesperson: bool = False

    @property
    def is_person(self) -> bool:
        """People and spokespeople: what "he" and "she" can refer to."""
        return self.actor.kind == "person" or self.spokesperson

    @property
    def quoted(self) -> bool:
        return self.zone >= 0


@dataclass
class _Registry:
    """The people the article has introduced so far, most recent last."""

    people: list[tuple[ActorKey, str]] = field(default_factory=list)
    by_surname: dict[str, tuple[ActorKey, str]] = field(default_factory=dict)

    def add(self, ref: ActorKey, gender: str) -> None:
        self.people.append((ref, gender))
        self.by_surname[ref.name.split()[-1]] = (ref, gender)

    def with_role(self, role: str, country: str | None) -> tuple[ActorKey, str] | None:
        for ref, gender in reversed(self.people):
            if ref.role is None or not normalise_role(ref.role).endswith(role):
                continue
            if country is None or ref.country == country:
                return ref, gender
        return None


class _Resolver:
    def __init__(self, text: str, gazetteer: Gazetteer, zones: QuoteZones) -> None:
        self.text = text
        self.gaz = gazetteer
        self.zones = zones
        self.registry = _Registry()
        self.last_subject: dict[bool, Mention] = {}
        self.last_org: Mention | None = None
        self.last_spokesperson: Mention | None = None
        self.principals: dict[str, ActorKey] = {}
        self.sentence: list[Mention] = []

    # -- people

    def _person(self, person: Person) -> tuple[ActorKey, str]:
        known = self.registry.by_surname.get(person.surname)
        if known is not None and known[0].name == person.name:
            return known
        self.registry.add(person.ref, person.gender)
        return person.ref, person.gender

    def _named(
        self, name: str, gender: str = "", role: str | None = None, country: str | None = None
    ) -> tuple[ActorKey, str]:
        """A person given by name: one the article introduced, one the dictionary knows,
        or a new one."""
        if " " not in name:
            known = self.registry.by_surname.get(name)
            if known is not None:
                return known
        person = self.gaz.person_by_name(name)
        if person is not None:
            return self._person(person)
        for ref, known_gender in reversed(self.registry.people):
            if ref.name == name:
                return ref, known_gender
        ref = ActorKey(name, "person", country, role)
        self.registry.add(ref, gender)
        return ref, gender

    # -- one raw mention

    def resolve(self, raw: RawMention) -> Mention | None:
        if raw.kind == "form":
            return self._form(raw)
        if raw.kind == "titled":
            return self._titled(raw)
        if raw.kind == "honorific":
            gender = self.gaz.honorifics.get(raw.groups["hon"], "")
            ref, known = self._named(raw.groups["name"], gender)
            return self._mention(raw, ref, gender=known or gender)
        if raw.kind == "group":
            form = self.gaz.form(raw.groups["mod"])
            return None if form is None else self._mention(raw, self._government(form))
        if raw.kind == "pronoun":
            return self._pronoun(raw)
        if raw.kind in ("appositive", "named"):
            name = raw.groups["name"]
            ref, gender = self._named(name, role=raw.groups.get("role"))
            return self._mention(raw, ref, gender=gender)
        if raw.kind == "capword":
            person = self.registry.by_surname.get(raw.text)
            return None if person is None else self._mention(raw, person[0], gender=person[1])
        return None

    def _mention(
        self,
        raw: RawMention,
        actor: ActorKey,
        *,
        gender: str = "",
        modifier: bool = False,
        place: str | None = None,
        pronoun: bool = False,
        spokesperson: bool = False,
    ) -> Mention:
        possessive = self.text.startswith(_POSSESSIVE_MARKS, raw.end) or raw.text.endswith(
            _POSSESSIVE_MARKS
        )
        return Mention(
            raw.start,
            raw.end,
            actor,
            raw.text,
            zone=self.zones.zone(raw.start),
            gender=gender,
            modifier=modifier,
            possessive=possessive,
            pronoun=pronoun,
            subject_ok=not possessive and not modifier and self._subject_position(raw.start),
            place=place,
            principal=self.principals.get(actor.name),
            spokesperson=spokesperson or actor.name in self.principals,
        )

    def _form(self, raw: RawMention) -> Mention | None:
        form = raw.form
        if form is None:
            return None
        if form.kind == "person" and form.person is not None:
            if raw.text == form.person.surname:
                ref, gender = self._named(raw.text)
            else:
                ref, gender = self._person(form.person)
            return self._mention(raw, ref, gender=gender)
        if form.kind == "adjective":
            return self._mention(raw, form.actor, modifier=True)
        if form.kind in ("state", "demonym"):
            return self._mention(raw, form.actor, place=form.actor.name)
        if form.kind == "capital":
            return self._mention(raw, form.actor, place=form.actor.country)
        return self._mention(raw, form.actor)

    def _government(self, form: Form) -> ActorKey:
        """The government a form stands for: "British officials", "Biden administration";
        a body that is itself part of a government ("the Pentagon") stands for itself."""
        actor = form.actor
        if actor.kind not in {"person", "state"}:
            return actor
        state = self.gaz.states.get(actor.name if actor.kind == "state" else actor.country or "")
        return actor if state is None else ActorKey(state.government, "government", state.name)

    def _office(self, principal: ActorKey) -> ActorKey:
        """Whom an unnamed spokesperson speaks for: the office, "UK government" for Downing
        Street and for the Prime Minister alike."""
        state = self.gaz.states.get(principal.country or "") if principal.kind == "person" else None
        if state is None:
            return principal
        return ActorKey(state.government, "government", state.name)

    def _titled(self, raw: RawMention) -> Mention | None:
        groups = raw.groups
        title = groups["title"]
        role = normalise_role(title)
        det = groups.get("det", "").lower()
        quals = [
            f
            for m in self.gaz.patterns["form"].finditer(groups.get("qual", ""))
            if (f := self.gaz.form(m.group())) is not None
        ]
        country = quals[0].actor.state if quals else None
        of = self.gaz.form(groups["of"]) if groups.get("prep") == "of" else None
        if country is None and of is not None:
            country = of.actor.state  # "the President of Russia"
        name = groups.get("name")
        spokesperson = role in self.gaz.spokesperson_words
        gender = "m" if role.endswith("man") else "f" if role.endswith("woman") else ""
        if name is not None:
            role_text = raw.text[: raw.text.rfind(name)].rstrip(" ,")
            if det and role_text.lower().startswith(det + " "):
                role_text = role_text[len(det) + 1 :]
            role_text = _POSSESSIVE_PREFIX.sub("", role_text)
            ref, known = self._named(name, gender, role_text or None, country)
            if spokesperson and quals:
                self.principals[ref.name] = self._government(quals[0])
            return self._mention(raw, ref, gender=known, spokesperson=spokesperson)
        if spokesperson:
            return self._spokesperson(raw, title, det, quals, gender)
        resolved = self._role_holder(role, country, bare=not (det or quals))
        if resolved is not None:
            return self._mention(raw, resolved[0], gender=resolved[1])
        if not quals:
            return None
        text = raw.text[len(det) + 1 :] if det else raw.text
        return self._mention(raw, ActorKey(text, "person", country, title))

    def _role_holder(
        self, role: str, country: str | None, bare: bool
    ) -> tuple[ActorKey, str] | None:
        found = self.registry.with_role(role, country)
        if found is not None or bare:
            return found
        if country is not None:
            person = self.gaz.office_holders.get((country, role))
            state = self.gaz.states.get(country)
            if person is None and role == "leader" and state is not None:
                person = self.gaz.office_holders.get((country, normalise_role(state.leader)))
        else:
            person = self.gaz.role_defaults.get(role)
        return None if person is None else self._person(person)

    def _spokesperson(
        self, raw: RawMention, title: str, det: str, quals: list[Form], gender: str
    ) -> Mention | None:
        principal: ActorKey | None = None
        label = title
        speaks_for = self.gaz.form(raw.groups["of"]) if "of" in raw.groups else None
        if speaks_for is not None:
            quals = [speaks_for]
        if quals:
            principal = self._government(quals[0]) if quals[0].kind != "person" else quals[0].actor
            label = (
                f"{principal.name} {title}"
                if speaks_for
                else f"{raw.groups.get('qual', '').strip()} {title}"
            )
        elif det in ("his", "her", "their", "its"):
            owner = self._antecedent(det, raw.start)
            if owner is not None:
                principal = owner.principal or owner.actor
        elif det == "the" and self.last_spokesperson is not None:
            last = self.last_spokesperson
            mention = self._mention(raw, last.actor, gender=last.gender, spokesperson=True)
            return replace(mention, principal=last.principal)
        actor = ActorKey(label, "person", None, title)
        if principal is not None:
            office = self._office(principal)
            actor = ActorKey(office.name, office.kind, office.country, label)
        mention = self._mention(raw, actor, gender=gender, spokesperson=True)
        mention.principal = principal
        self.last_spokesperson = mention
        return mention

    def _pronoun(self, raw: RawMention) -> Mention | None:
        word = raw.text.lower()
        found = self._antecedent(word, raw.start)
        if found is None:
            return None
        mention = self._mention(
            raw, found.actor, gender=found.gender, pronoun=True, spokesperson=found.spokesperson
        )
        mention.principal = found.principal
        if word in _POSSESSIVE_PRONOUNS:
            mention.possessive = True
            mention.subject_ok = False
        return mention

    def _antecedent(self, word: str, pos: int) -> Mention | None:
        quoted = self.zones.zone(pos) >= 0
        if word in ("it", "its", "their"):
            for m in self.sentence:
                if m.subject_ok and not m.is_person:
                    return m
            return self.last_org

        def fits(m: Mention) -> bool:
            if not m.is_person:
                return False
            if word in _MALE:
                return m.gender != "f"
            return m.gender != "m"

        for m in self.sentence:
            if m.subject_ok and m.quoted == quoted and fits(m):
                return m
        for key in (quoted, not quoted):
            last = self.last_subject.get(key)
            if last is not None and fits(last):
                return last
        return None

    def _subject_position(self, start: int) -> bool:
        word, start = self._word_before(start)
        while word in _ARTICLES or word.endswith(_POSSESSIVE_MARKS):
            word, start = self._word_before(start)
        if word in self.gaz.reporting_verbs:
            return True
        if word in self.gaz.prepositions or word in self.gaz.object_words:
            return False
        return not (word.endswith("ed") and len(word) > 4)

    def _word_before(self, start: int) -> tuple[str, int]:
        """The lower-cased word just before ``start`` and where it starts; "" after
        punctuation."""
        text = self.text
        i = start - 1
        while i >= 0 and text[i] in " \t":
            i -= 1
        j = i
        while j >= 0 and (text[j].isalpha() or text[j] in "'\u2019"):
            j -= 1
        return text[j + 1 : i + 1].lower(), j + 1

    # -- sentences

    def end_sentence(self) -> None:
        for quoted in (False, True):
            for m in self.sentence:
                if m.is_person and m.subject_ok and m.quoted == quoted:
                    self.last_subject[quoted] = m
                    break
        for m in self.sentence:
            if m.subject_ok and not m.is_person:
                self.last_org = m
                break
        self.sentence = []


def resolve_mentions(
    text: str, sentences: list[tuple[int, int]], zones: QuoteZones, gazetteer: Gazetteer
) -> list[list[Mention]]:
    """The resolved mentions of each sentence, in order."""
    resolver = _Resolver(text, gazetteer, zones)
    raws = find_raw_mentions(text, gazetteer)
    out: list[list[Mention]] = []
    k = 0
    for _, end in sentences:
        while k < len(raws) and raws[k].end <= end:
            mention = resolver.resolve(raws[k])
            if mention is not None:
                resolver.sentence.append(mention)
            k += 1
        out.append(resolver.sentence)
        resolver.end_sentence()
    return out
