"""What a punitive measure's own phrase says of it, before the clause's cues are weighed.

A measure noun or verb found in a clause (lexicon.toml [punitive]) is not always one the
holder takes or threatens: its kind may punish no one ("humanitarian measures"), the
speaker's side may ready it in a relative clause after it ("the sanctions we've prepared"),
or the clause may forswear it ("we will not impose sanctions", "will not join any
sanctions"), or its predicate may foretell the harm it does ("the consequences will be very
grave"). ``stances.read_stance`` asks these before it reads the measure as a threat or a
commitment.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.verb_forms import PREDICTIVE_MODALS

if TYPE_CHECKING:
    from summarise.extraction.backends.baseline.scan import TextScan

# The longest modifier of a kind ("confidence-building ") and its space.
_KIND_REACH = 30


@cache
def _unpunitive_kind() -> re.Pattern[str]:
    """A modifier right before a measure noun that names a kind punishing no one."""
    kinds = "|".join(read_data("lexicon.toml")["punitive"]["unpunitive_kinds"])
    return re.compile(rf"(?<![\w-])(?:{kinds})\s+$", re.IGNORECASE)


# "Of" before a capitalised "Measures" within a sentence: the noun ends a document's title
# ("the Minsk Package of Measures"). A capitalised "Sanctions" there ("the Sixth Package
# of Sanctions") still names the sanctions themselves.
_TITLE_OF = re.compile(r"\bof\s+(?:the\s+)?$")
_TITLE_REACH = 12


def unpunitive(text: str, measure: re.Match[str]) -> bool:
    """ "the confidence-building measures we have worked out with Russia", "we have prepared
    humanitarian measures": a measure of a kind that punishes no one (lexicon.toml
    [punitive] unpunitive_kinds) is no measure threatened or taken; "further measures",
    "restrictive measures" stay punitive. Nor is a capitalised "Measures" after "of",
    ending a title ("the Minsk Package of Measures", "the Comprehensive Set of Measures"):
    it names a document, and a clause that mentions the document takes no measure by it."""
    if category(measure) != "measure":
        return False
    if measure.group() == "Measures" and _titled(text, measure):
        return True
    floor = max(0, measure.start() - _KIND_REACH)
    return _unpunitive_kind().search(text, floor, measure.start()) is not None


def _titled(text: str, measure: re.Match[str]) -> bool:
    """Whether "of" stands right before ``measure``."""
    floor = max(0, measure.start() - _TITLE_REACH)
    return _TITLE_OF.search(text, floor, measure.start()) is not None


@cache
def readied_after() -> re.Pattern[str]:
    """A relative clause after a measure noun in which the speaker's side readies it: "the
    sanctions we've readied with our European partners will be swift" holds them ready as
    "we have prepared sanctions" does (lexicon.toml [punitive] readied). Only "we" or "I":
    "the sanctions the West has prepared" is another's measure, and "they" may be anyone's."""
    verbs = "|".join(read_data("lexicon.toml")["punitive"]["readied"])
    return re.compile(
        rf"\s+(?:that\s+|which\s+)?(?:we|I)(?:[\u2019']ve|\s+have|\s+had)?\s+"
        rf"(?:(?:already|now|also|jointly|carefully)\s+)?(?:{verbs})\b",
        re.IGNORECASE,
    )


# A negation right before a measure's own verb ("we will not impose sanctions", "would
# never ban"), or before a verb of taking or joining a measure named by a noun ("will not
# introduce an embargo", "will not join any sanctions"; lexicon.toml [punitive] forsworn_by).
# "Russia will not escape sanctions", "the EU will not lift sanctions", "we will not stop at
# sanctions" negate no act of taking: the measure is still threatened or warned of.
# "Not only sanctions but …" adds one.
_NEGATION = r"(?:\bnot|\bnever|n[\u2019']t)\s+(?!only\b)(?:[a-z]+ly\s+)?"
_FORSWORN_REACH = 40


@cache
def _forsworn_before() -> dict[str, re.Pattern[str]]:
    """By the measure's class, what stands before a measure forsworn: for an action (its
    own verb) the negation alone, for a noun a verb of taking it after the negation."""
    verbs = "|".join(read_data("lexicon.toml")["punitive"]["forsworn_by"])
    return {
        "action": re.compile(_NEGATION + "$", re.IGNORECASE),
        "measure": re.compile(
            _NEGATION + rf"(?:{verbs})\s+(?:[\w\u2019'-]+\s+){{0,2}}$", re.IGNORECASE
        ),
    }


def forsworn_measure(text: str, start: int, measure: re.Match[str]) -> bool:
    """A measure the clause says its subject will not take ("Serbia will not impose
    sanctions on Russia, whatever the pressure"): what a party states it will not do is
    a commitment (the guide, "No plans"), and refusing to join others' measures rejects them;
    neither takes or threatens a measure, so the clause's cues decide."""
    floor = max(start, measure.start() - _FORSWORN_REACH)
    before = _forsworn_before().get(category(measure))
    return before is not None and before.search(text, floor, measure.start()) is not None


@cache
def _harm_told() -> re.Pattern[str]:
    """After a measure noun: perhaps whom it falls on ("for Ukrainian statehood"), a modal
    copula, a degree word, and an adjective of harm (lexicon.toml [punitive] harm_told)."""
    harms = "|".join(read_data("lexicon.toml")["punitive"]["harm_told"])
    return re.compile(
        rf"(?:\s+for\s+(?:[\w\u2019'-]+\s+){{1,4}}?)?\s*(?:{PREDICTIVE_MODALS})\s+be\s+"
        rf"(?:(?:very|extremely|most|truly|particularly|really)\s+)?(?:{harms})\b",
        re.IGNORECASE,
    )


def harm_told(text: str, end: int, measure: re.Match[str]) -> bool:
    """ "The consequences will be dire for Ukrainian statehood", "the consequences for
    Ukrainian statehood would be dire": a consequence or cost whose predicate foretells
    the harm it does is borne, as one an act "carries" is, and no party's measure (the
    guide: "a predicted consequence is `warn`"). "Our response will be swift and severe"
    promises a measure by its force, and stays a threat."""
    return (
        category(measure) == "measure" and _harm_told().match(text, measure.end(), end) is not None
    )


@cache
def _cost_had() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A modal "have" and up to two words before the measure, and the nouns of cost it may
    have (lexicon.toml [punitive] had, had_nouns)."""
    punitive = read_data("lexicon.toml")["punitive"]
    modals = "|".join(punitive["had"])
    nouns = "|".join(punitive["had_nouns"])
    before = re.compile(
        rf"\b(?:{modals})(?:\s+also)?\s+have\s+(?:[\w\u2019'-]+\s+){{0,2}}$", re.IGNORECASE
    )
    return before, re.compile(nouns, re.IGNORECASE)


def cost_had(text: str, start: int, measure: re.Match[str]) -> bool:
    """ "Defending freedom will have costs", "any further aggression would have massive
    consequences for Russia": a cost a course is foretold to have is borne by whoever takes
    it, as one it "carries" is, and no party's measure (the guide: a predicted consequence is
    `warn`). "We will have sanctions ready" names no cost: the measure stays readied."""
    before, nouns = _cost_had()
    return (
        nouns.fullmatch(measure.group()) is not None
        and before.search(text, start, measure.start()) is not None
    )


def measures_named(text: str, start: int, end: int, scan: TextScan | None = None) -> frozenset[str]:
    """The punitive measure words between ``start`` and ``end``, lowercased: what tells
    one measure from another when a speaker names two in turn. With the article's
    ``scan``, a stretch where none of the words' openings stands is not searched (most
    positions' pieces name no measure)."""
    punitive = load_lexicon().punitive
    if scan is not None and scan.text is text and not scan.may_find(punitive, start, end):
        return frozenset()
    return frozenset(m.group().lower() for m in punitive.finditer(text, start, end))
