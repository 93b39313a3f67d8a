"""Actor names: the one vocabulary of countries, organisations, offices and honorifics,
and the one answer to "do these two names name the same party?".

The scorer (``summarise eval``), the briefing's cross-article resolution, ``--party`` and
the offline baseline all read names through this package, so a "same party" in the eval is
a "same party" in the briefing the analyst reads.
"""

from summarise.actors.folding import FUNCTION_WORDS, fold, phrase_key, same_text, tokens
from summarise.actors.known_people import known_person
from summarise.actors.name_parts import (
    BodyName,
    PersonName,
    countries_in,
    country_of,
    display_personal,
    organisation_of,
    parse_body,
    parse_person,
    party_spans,
    role_of,
)
from summarise.actors.parties import (
    Party,
    canonical_country,
    countries_compatible,
    parties_match,
    party_of,
    same_party,
    same_person,
    same_surname,
    single_holder,
)
from summarise.actors.table import Vocabulary, vocabulary

__all__ = [
    "FUNCTION_WORDS",
    "BodyName",
    "Party",
    "PersonName",
    "Vocabulary",
    "canonical_country",
    "countries_compatible",
    "countries_in",
    "country_of",
    "display_personal",
    "fold",
    "known_person",
    "organisation_of",
    "parse_body",
    "parse_person",
    "parties_match",
    "party_of",
    "party_spans",
    "phrase_key",
    "role_of",
    "same_party",
    "same_person",
    "same_surname",
    "same_text",
    "single_holder",
    "tokens",
    "vocabulary",
]
