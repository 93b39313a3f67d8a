"""The closed word classes of ``data/grammar.toml`` as folded sets, read once.

Apart from ``lexicon`` because these describe English, not the crisis: the rules ask them
single-word questions ("is this word a preposition?"), which a set answers without a
regular expression, while the lexicon's classes are compiled into scanners.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data


@dataclass(frozen=True)
class Grammar:
    """Closed word classes from ``data/grammar.toml``, as folded sets."""

    between_subject_and_verb: frozenset[str]
    prepositions: frozenset[str]
    determiners: frozenset[str]
    first_person: frozenset[str]
    person_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    clause_openers: frozenset[str]
    subject_openers: frozenset[str]
    side_clause_openers: frozenset[str]
    clause_opener_phrases: tuple[str, ...]
    continuing_adverbials: tuple[str, ...]
    new_point_openers: tuple[str, ...]
    new_point_adverbs: frozenset[str]
    subject_adverbs: frozenset[str]
    # Words that may stand before a sentence's subject without ending its clause ("But
    # Russia …", "Later I will meet …"): ``subjects``.
    lead_words: frozenset[str]
    # The finite forms of "be" and "have": the auxiliaries before a participle.
    auxiliaries: frozenset[str]
    # Participles joined by "and" as adjectives before a noun ("swift and coordinated
    # measures"): there "and" opens no verb phrase (``clauses``).
    joined_participles: frozenset[str]
    title_heads: frozenset[str]
    title_qualifiers: frozenset[str]
    # Heads and qualifiers together, asked of every capitalised word read.
    title_words: frozenset[str]
    name_possessives: frozenset[str]
    body_words: frozenset[str]
    # What an office serves or governs ("Secretary of Energy", "Governor of Belgorod
    # Region"): never a word of the personal name that follows the title.
    portfolio_words: frozenset[str]
    governing_nouns: frozenset[str]
    institution_heads: frozenset[str]
    polity_nouns: frozenset[str]
    governed_nouns: frozenset[str]
    party_nouns: frozenset[str]
    ing_complement_verbs: frozenset[str]
    media: frozenset[str]
    event_nouns: frozenset[str]
    time_heads: frozenset[str]
    phase_nouns: frozenset[str]
    phase_verbs: frozenset[str]
    spokesperson_offices: frozenset[str]
    presidency_adjectives: frozenset[str]
    outlet_nouns: frozenset[str]
    said_nouns: frozenset[str]
    address_forms: frozenset[str]
    side_words: frozenset[str]
    undertaking_words: frozenset[str]
    voicing_verbs: frozenset[str]
    adversary_nouns: frozenset[str]
    command_bodies: frozenset[str]
    war_sides: tuple[str, ...]
    evidence_nouns: frozenset[str]
    reinforcement_nouns: frozenset[str]
    stock_kinds: frozenset[str]
    not_names: frozenset[str]
    person_objects: frozenset[str]
    negation: frozenset[str]
    degree_modifiers: frozenset[str]
    complement_adverbs: frozenset[str]
    judging_verbs: frozenset[str]
    supposing_quantifiers: frozenset[str]
    # A named negotiating format and its member states.
    formats: tuple[tuple[str, tuple[str, ...]], ...]
    # A state and the words of offices it does not have.
    offices_abroad: tuple[tuple[str, frozenset[str]], ...]


@cache
def load_grammar() -> Grammar:
    """``data/grammar.toml``'s closed word classes as lower-cased sets (and its phrases as
    tuples), once per process: the rules test single words against them ("is this word
    a pronoun?"), which a set answers without a regular expression."""
    g = read_data("grammar.toml")
    lexicon = read_data("lexicon.toml")

    def folded(name: str) -> frozenset[str]:
        return frozenset(w.lower() for w in g[name])

    return Grammar(
        between_subject_and_verb=folded("between_subject_and_verb"),
        prepositions=folded("prepositions"),
        determiners=folded("determiners"),
        first_person=folded("first_person"),
        person_pronouns=folded("person_pronouns"),
        plural_pronouns=folded("plural_pronouns"),
        clause_openers=folded("clause_openers"),
        subject_openers=folded("subordinators") | folded("coordinators"),
        side_clause_openers=folded("side_clause_openers"),
        clause_opener_phrases=tuple(p.lower() for p in g["clause_opener_phrases"]),
        continuing_adverbials=tuple(p.lower() for p in g["continuing_adverbials"]),
        new_point_openers=tuple(p.lower() for p in g["new_point_openers"]),
        new_point_adverbs=folded("new_point_adverbs"),
        subject_adverbs=folded("subject_adverbs"),
        lead_words=folded("lead_words"),
        auxiliaries=folded("be_forms") | folded("have_forms"),
        joined_participles=folded("joined_participles"),
        title_heads=folded("title_heads"),
        title_qualifiers=folded("title_qualifiers"),
        title_words=folded("title_heads") | folded("title_qualifiers"),
        name_possessives=folded("name_possessives"),
        body_words=folded("body_words"),
        portfolio_words=folded("portfolio_words"),
        governing_nouns=folded("governing_nouns"),
        institution_heads=folded("institution_heads"),
        polity_nouns=folded("polity_nouns"),
        governed_nouns=folded("governed_nouns"),
        party_nouns=folded("party_nouns"),
        ing_complement_verbs=folded("ing_complement_verbs"),
        media=folded("media"),
        event_nouns=folded("event_nouns"),
        time_heads=folded("time_heads"),
        phase_nouns=folded("phase_nouns"),
        phase_verbs=folded("phase_verbs"),
        spokesperson_offices=folded("spokesperson_offices"),
        presidency_adjectives=folded("presidency_adjectives"),
        outlet_nouns=folded("outlet_nouns"),
        said_nouns=folded("said_nouns"),
        address_forms=folded("address_forms"),
        side_words=folded("side_words"),
        undertaking_words=folded("undertaking_words"),
        voicing_verbs=folded("voicing_verbs"),
        adversary_nouns=folded("adversary_nouns"),
        command_bodies=folded("command_bodies"),
        war_sides=tuple(g["war_sides"]),
        evidence_nouns=folded("evidence_nouns"),
        reinforcement_nouns=folded("reinforcement_nouns"),
        stock_kinds=folded("stock_kinds"),
        not_names=frozenset(g["not_names"]),
        person_objects=folded("person_objects"),
        negation=frozenset(w.lower() for w in lexicon["negation"]["cues"]),
        degree_modifiers=folded("degree_modifiers"),
        complement_adverbs=folded("complement_adverbs"),
        judging_verbs=folded("judging_verbs"),
        supposing_quantifiers=folded("supposing_quantifiers"),
        formats=tuple((name, tuple(states)) for name, states in g["formats"].items()),
        offices_abroad=tuple(
            (country, frozenset(words)) for country, words in g["offices_abroad"].items()
        ),
    )
