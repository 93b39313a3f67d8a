"""Manners, which hold no position: thanks and welcomes whose object is the addressee or
an occasion ("Thank you, Madam President.", "thanks for your hospitality", "welcome to
Bucharest"), wishes ("I hope you are well") and congratulations on a day. Thanks for
something done ("for your support") stay a position. Apart from ``idle_remarks`` because
what counts as manners is read from the lexicon's courtesy lists, one pattern each."""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.names import PATRONYMIC_ADDRESS
from summarise.extraction.backends.baseline.sentence import Sentence


def gives_thanks(text: str, start: int, end: int) -> bool:
    return load_lexicon().courtesy.match(text, start, end) is not None


@cache
def _courtesy_object() -> re.Pattern[str]:
    """What follows thanks or a welcome that makes it manners: nothing, the addressee (a
    vocative, set off by commas or ending the sentence: "Thank you, Mr. President."), or
    an occasion ("for your hospitality", "to see you"). A Russian address by given name and
    patronymic ("Thank you, Vladimir Vladimirovich.") is a vocative as "Mr. President" is,
    and the two may follow each other ("Thank you, Mr President, dear Vladimir
    Vladimirovich.")."""
    occasions = "|".join(load_lexicon().courtesy_occasions)
    return re.compile(
        r"^\W*(?:you\b|him\b|her\b|them\b)?[\s,]*(?:(?:also|very much|so much|again|all)[\s,]*)*"
        r"(?:(?:(?:Mr\.?|Madam|Mrs\.?|Ms\.?|Dear|Your Excellency)\s+[\w. ]+?"
        rf"|{PATRONYMIC_ADDRESS})(?:,\s*|\W*$)){{0,2}}"
        # The addressee may be named before "for": "thanked the Russian President for".
        r"(?:(?:the\s+)?[\w.\u2019'-]+(?:\s+[\w.\u2019'-]+){0,3}?\s+(?=for\b))?"
        # The occasion may be the day's: "for today's talks", "for yesterday's meeting".
        rf"(?:$|for (?:(?:this|the|your|our|his|her|their|(?:to|yester)day[\u2019']s)\s+)?"
        rf"(?:\w+\s+)?(?:{occasions})\b|"
        r"to (?:see|meet|receive|welcome)\b|in \w+\W*$|\W*$)",
        re.IGNORECASE,
    )


@cache
def _more_thanked() -> re.Pattern[str]:
    """A second thing thanked for that is no occasion, after an occasion: "we thank you for
    your warm hospitality and for the grain deal", "thanked them for the welcome and for
    the humanitarian aid": thanks for something done, a position, though the first thing
    thanked for is manners. "for the invitation to Riga and for the kind words" stays manners."""
    occasions = "|".join(load_lexicon().courtesy_occasions)
    return re.compile(
        r"\band\s+for\s+(?!(?:(?:this|the|your|our|his|her|their)\s+)?(?:\w+\s+)?"
        rf"(?:{occasions})\b)\w",
        re.IGNORECASE,
    )


@cache
def _well_wishing() -> re.Pattern[str]:
    """Wishes and greetings are manners too: "I hope you are well", "I hope your journey
    was good", "I would ask you to convey my best wishes to …"."""
    lexicon = load_lexicon()
    states = "|".join(lexicon.courtesy_wished_states)
    things = "|".join(lexicon.courtesy_wished_things)
    passed_on = "|".join(lexicon.courtesy_passed_on)
    return re.compile(
        rf"hop(?:e|es|ed|ing)\s+(?:that\s+)?(?:you\s+(?:{states})\b|"
        rf"your\s+(?:\w+\s+)?(?:{things})\b)|"
        rf"ask(?:s|ed|ing)?\s+you\s+to\s+(?:\w+\s+)?(?:{passed_on})\b",
        re.IGNORECASE,
    )


@cache
def _celebration() -> re.Pattern[str]:
    """What congratulations are on when they are manners, after the one congratulated: "on
    his birthday", "on the Day of the Restoration of the State"."""
    days = "|".join(d.replace(" ", r"\s+") for d in load_lexicon().courtesy_celebrated)
    return re.compile(
        r"[^.;:]{0,80}?\bon\s+(?:(?:the|his|her|their|your|its|our)\s+)?"
        rf"(?:[\w\u2019'-]+\s+){{0,2}}?(?:{days})\b",
        re.IGNORECASE,
    )


# The place a visitor is welcomed to, ending the greeting: "welcome to Bucharest.", "welcome
# back to the White House.", "I am happy to welcome you to Moscow." Not a welcome of an act
# ("welcome the decision to send troops to Poland") nor of a party into a body ("welcome
# Finland to NATO"), which name what is welcomed before "to".
_WELCOMED_TO = re.compile(
    r"\W*(?:you\s+)?(?:back\s+)?to\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?\W*$", re.IGNORECASE
)


# Thanks and welcomes that are manners, not positions: "Thank you for coming", "welcomed
# Chancellor Scholz to the White House". Thanks for something done ("for your support") stay.
def courtesy(text: str, start: int, end: int, piece_end: int, sentence: Sentence) -> bool:
    if _well_wishing().match(text, start, piece_end) is not None:
        return True
    if load_lexicon().courtesy.match(text, start, end) is None:
        return False
    rest = text[end:piece_end]
    if _courtesy_object().match(rest) is not None:
        return _more_thanked().search(rest) is None
    if text[start:end].lower().startswith("congratulat") and _celebration().match(rest):
        return True
    if text[start:end].lower().startswith("welcom") and _WELCOMED_TO.match(rest):
        return True
    # "welcomed Chancellor Scholz to the White House": receiving a visitor.
    after = [m for m in sentence.mentions if m.start >= end]
    return (
        text[start:end].lower().startswith("welcom")
        and bool(after)
        and after[0].start - end <= 2
        and after[0].ref is not None
        and after[0].ref.is_person
    )
