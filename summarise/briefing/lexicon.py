"""Small, generic word lists that let actor names from different outlets be compared.

Outlets name one party many ways ("UK PM", "British Prime Minister", "Mr Johnson"); these
tables say which words name a country, an office, a seat of government or an honorific,
so the rest of a name can be compared. They hold general knowledge only, not anything
learnt from a corpus; anything they miss belongs in the user's alias file.
"""

from __future__ import annotations

# Canonical English name -> other ways of writing the country, including the demonym,
# which outlets use as an adjective ("British Prime Minister", "Russian government").
_COUNTRY_VARIANTS: dict[str, tuple[str, ...]] = {
    "United Kingdom": ("uk", "u k", "britain", "great britain", "british"),
    "United States": (
        "us",
        "u s",
        "usa",
        "u s a",
        "united states of america",
        "america",
        "american",
    ),
    "Russia": ("russian federation", "russian"),
    "Ukraine": ("ukrainian",),
    "Belarus": ("belarusian", "belarussian"),
    "China": ("people's republic of china", "prc", "chinese"),
    "France": ("french",),
    "Germany": ("german",),
    "Poland": ("polish",),
    "Italy": ("italian",),
    "Spain": ("spanish",),
    "Canada": ("canadian",),
    "Japan": ("japanese",),
    "India": ("indian",),
    "Turkey": ("turkish", "turkiye"),
    "Iran": ("iranian",),
    "Israel": ("israeli",),
    "Lithuania": ("lithuanian",),
    "Latvia": ("latvian",),
    "Estonia": ("estonian",),
    "Romania": ("romanian",),
    "Hungary": ("hungarian",),
    "Finland": ("finnish",),
    "Sweden": ("swedish",),
    "Norway": ("norwegian",),
    "Denmark": ("danish",),
    "Netherlands": ("dutch", "holland"),
    "Belgium": ("belgian",),
    "Georgia": ("georgian",),
    "Moldova": ("moldovan",),
    "Kazakhstan": ("kazakh",),
    "North Korea": ("dprk", "north korean"),
    "South Korea": ("south korean", "republic of korea"),
    "Australia": ("australian",),
    "Ireland": ("irish",),
}

# Seats of government stand for the government of their country ("the Kremlin said").
SEATS_OF_GOVERNMENT: dict[tuple[str, ...], str] = {
    ("kremlin",): "Russia",
    ("downing", "street"): "United Kingdom",
    ("number", "10"): "United Kingdom",
    ("no", "10"): "United Kingdom",
    ("number", "ten"): "United Kingdom",
    ("white", "house"): "United States",
    ("elysee",): "France",
    ("elysee", "palace"): "France",
}

GOVERNMENT_WORDS = frozenset({"government", "administration", "cabinet", "authorities"})

# Generic words for a state's armed forces; a named branch ("navy") stays its own actor.
MILITARY_WORDS = frozenset({"military", "forces", "armed", "troops", "army", "soldiers"})

HONORIFICS = frozenset(
    {"mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady", "prof", "professor"}
)

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

# Office titles, longest first when matched; abbreviations map to the full title.
_ROLE_VARIANTS: dict[str, tuple[str, ...]] = {
    "prime minister": ("prime minister", "pm", "premier"),
    "deputy prime minister": ("deputy prime minister", "deputy pm"),
    "president": ("president",),
    "vice president": ("vice president", "vice-president", "vp"),
    "chancellor": ("chancellor",),
    "foreign secretary": ("foreign secretary",),
    "foreign minister": ("foreign minister",),
    "secretary of state": ("secretary of state",),
    "defence secretary": ("defence secretary", "defense secretary"),
    "defence minister": ("defence minister", "defense minister"),
    "secretary general": ("secretary general", "secretary-general"),
    "chancellor of the exchequer": ("chancellor of the exchequer",),
    "home secretary": ("home secretary",),
    "national security adviser": ("national security adviser", "national security advisor"),
    "ambassador": ("ambassador",),
    "spokesperson": ("spokesperson", "spokesman", "spokeswoman"),
    "king": ("king",),
    "queen": ("queen",),
}

STOPWORDS = frozenset(
    {
        "a",
        "an",
        "and",
        "as",
        "at",
        "by",
        "for",
        "from",
        "in",
        "into",
        "its",
        "of",
        "on",
        "or",
        "over",
        "s",
        "the",
        "their",
        "to",
        "with",
    }
)


def _phrase_table(
    variants: dict[str, tuple[str, ...]], *, include_key: bool
) -> dict[tuple[str, ...], str]:
    table: dict[tuple[str, ...], str] = {}
    for canonical, forms in variants.items():
        names = (canonical.lower(), *forms) if include_key else forms
        for form in names:
            table[tuple(form.replace("-", " ").split())] = canonical
    return table


COUNTRY_PHRASES = _phrase_table(_COUNTRY_VARIANTS, include_key=True)
ROLE_PHRASES = _phrase_table(_ROLE_VARIANTS, include_key=False)
LONGEST_PHRASE = max(len(p) for p in (*COUNTRY_PHRASES, *ROLE_PHRASES, *SEATS_OF_GOVERNMENT))
