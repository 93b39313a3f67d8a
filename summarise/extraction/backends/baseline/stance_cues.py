"""The stance cue classes as the scanner reads them: the ``[stances]`` table, with the cues
that are built from an opening and what must follow it, written once for all openings.

Readiness for talks or to take a party's side and assistance offered are `support` (the
guide: "there is always room for diplomacy", assistance offered); refusing to talk is
`oppose` (CAMEO 125); drawing attention to
another party's hostile act charges it (`accuse`: "drew attention to the ongoing
shelling of Donetsk by Ukrainian forces"), where drawing attention to a fact alone only
reports. A party's own act forsworn takes the refusals' openings of negated intent: a
hostile act disowned is `deny` ("Belarus is not going to invade anybody"), also as done ("we
have never planned an assault", "has not fired a single shell"), yielding forsworn
`commit` ("Ukraine is not going to abandon its path"). A maxim in the generic "you" held
against a party's act charges it (`accuse`: "You don't move forces 5,000 miles for an
exercise"), and so does a hostile act another party is said to want ("They want to
encircle Kyiv"; one's own side's is an aim, ``stances``), and so do the words for the
conduct itself ("a deliberate choice by the Kremlin", "pumping Ukraine with weapons") and a
question tagged as the speaker's musing ("Who is escalating things here, I
wonder?"). The next move put on a party asks it to make it (`demand`: "The ball is in
Moscow's court"), and the goals a party has not achieved assess the war's course (`other`).
A person praised for their character by a copula ("He's a brave man") is supported, and a
hostile act foretold as possible at any moment ("an attack could come at any time") warns.
Help judged not enough while harm goes on asks for more (`demand`: "the sanctions are not
yet enough while …"), and a wh-question answered after "if not" charges ("Who are these
weapons for, if not for an offensive?"). More of what was given, promised with "more is
coming" or "more will follow", is a pledge (`commit`), as is a measure kept ("we will keep
the restrictions", not "I will keep this brief"), and an addressee told not to let
another draw them into a war is asked (`demand`: "Do not let anyone pull you into this war").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.word_classes import alternation


def stance_cues(data: dict[str, Any]) -> dict[str, list[str]]:
    """The fragments of each stance class, the built ones included."""
    readiness = data["readiness"]
    # The talks stay out of the cue, so that the topic names them; the verb of taking a
    # side is the cue's, so that the topic names what is supported.
    ready = [f"{opening}(?= {readiness['talks']})" for opening in readiness["openings"]]
    ready += [f"{opening} {readiness['sides']}" for opening in readiness["openings"]]
    aid = data["assistance"]
    giving = [f"{opening}(?= {aid['given']})" for opening in aid["giving"]]
    sheltering = [f"{opening}(?= {aid['sheltered']})" for opening in aid["sheltering"]]
    judgements = data["judgements"]
    hostile = "|".join(judgements["hostile_acts"])
    # The cue ends at "to", so that the topic names the act.
    attention = [
        rf"{opening}(?= (?:[\w-]+ ){{0,3}}?(?:{hostile})\b)" for opening in judgements["attention"]
    ]
    harm = "|".join([*data["wished_harm"]["acts"], *data["wished_harm"]["sights"]])
    wished = [rf"{opening}(?= (?:{harm})\b)" for opening in data["wished_harm"]["openings"]]
    wished += [harm_believed(verb, data, cue=True) for verb in data["wished_harm"]["believing"]]
    refusals = data["refusals"]
    refusing = [f"{opening} {refusals['talks']}" for opening in refusals["openings"]]
    forsworn = data["forsworn"]
    disowning = [f"{opening}(?= {forsworn['disowned']})" for opening in intent_openings(data)]
    holding = [f"{opening} {forsworn['yielding']}" for opening in refusals["openings"]]
    done = [f"{opening}(?= {forsworn['done']})" for opening in forsworn["done_openings"]]
    done += [f"{opening}(?= {forsworn['never_done']})" for opening in forsworn["never_openings"]]
    # Any act but a hostile one or an answer to a charge within the next four words.
    undertaken = rf"(?= (?!(?:[\w\u2019'-]+ ){{0,3}}?{forsworn['disowned_acts']}\b)[\w\u2019'-])"
    disclaimed = [f"{opening}{undertaken}" for opening in forsworn["intent_denied"]]
    own = _own_acts(forsworn["own"])
    imminent = data["imminent"]
    doers = [*imminent["acts"], *imminent["forces"], *imminent["persons"], *imminent["referring"]]
    foretold = [f"(?:{'|'.join(doers)}) {imminent['modal']}"]
    kept = data["kept"]
    # Written once for both openings: what kept after "keep" pledges nothing.
    not_kept = "|".join(kept["not_kept"])
    keeping = [f"{opening}(?! (?:{not_kept}))" for opening in kept["openings"]]
    stances: dict[str, list[str]] = data["stances"]
    return {
        **stances,
        # A message passed on asks nothing (``[predicates] relayed``); no other ignored
        # wording starts as it does, so it may stand first.
        "ignore": [*data["predicates"]["relayed"], *stances["ignore"]],
        "demand": [
            *stances["demand"],
            *data["onus"]["cues"],
            *data["insufficient"]["cues"],
            *data["drawn_in"]["cues"],
        ],
        "support": [*stances["support"], *ready, *giving, *sheltering, *data["praise"]["cues"]],
        "oppose": [*stances["oppose"], *refusing],
        "deny": [
            *stances["deny"],
            *disowning,
            *done,
            *data["rebuttals"]["cues"],
            *data["wondered"]["disbelieved"],
        ],
        "commit": [
            *stances["commit"],
            *keeping,
            *holding,
            *own,
            *disclaimed,
            *data["more_to_come"]["cues"],
        ],
        "warn": [*stances["warn"], *foretold],
        "other": [*stances["other"], *data["assessments"]["cues"]],
        "accuse": [
            *stances["accuse"],
            *refusals["withheld"],
            *attention,
            *wished,
            *data["maxims"]["cues"],
            *data["conduct"]["cues"],
            *data["wondered"]["cues"],
        ],
    }


def harm_believed(verb: str, data: dict[str, Any], *, cue: bool) -> str:
    """A verb of believing (lexicon.toml `[wished_harm] believing`) as the `accuse` cue of a
    harm its subject believes it can do (``cue``: "Putin thought he could split NATO"), or
    as the verb of saying it is everywhere else. Both are built here from the one list of
    harms, so that a belief the cue charges is never also a view reported, and one it does
    not charge ("he thought he could split the costs") always is; nor is the speaker's own
    belief or one disowned (`unbelieved`: "I thought they could attack") a charge."""
    wished = data["wished_harm"]
    division = f"(?:{'|'.join(wished['dividing'])}) {wished['divided']}"
    harm = "|".join([*wished["acts"], *wished["sights"], division])
    unowned = "".join(rf"(?<!{before} {verb})" for before in wished["unbelieved"])
    if cue:
        return rf"{verb}{unowned}{wished['able']}(?= (?:{harm})\b)"
    return rf"{verb}(?!{unowned}{wished['able']} (?:{harm})\b)"


def _own_acts(openings: Sequence[str]) -> list[str]:
    """The cues of one's own act forsworn (lexicon.toml `[forsworn] own`): the negation and
    the verb after it, any but grammar.toml's `unforsworn_verbs`."""
    return [rf"{opening} (?!(?:{alternation('unforsworn_verbs')})\b)[a-z]+" for opening in openings]


@cache
def forsworn_own() -> re.Pattern[str]:
    """The cues of one's own act forsworn, by which ``stances`` tells them from the other
    `commit` cues: they decide only a clause with no other cue."""
    return openings_pattern(_own_acts(read_data("lexicon.toml")["forsworn"]["own"]))


@cache
def disclaimed_intent() -> re.Pattern[str]:
    """The openings of intent disclaimed (lexicon.toml's `[forsworn] intent_denied`), which
    a `commit` cue of one's own act not to be done starts with."""
    return openings_pattern(read_data("lexicon.toml")["forsworn"]["intent_denied"])


def openings_pattern(openings: Sequence[str]) -> re.Pattern[str]:
    """One expression for a list of lexicon.toml openings, any of which a cue may start
    with: the cue is read by which list it opens with, not by the class it was found in."""
    return re.compile("|".join(f"(?:{o})" for o in openings), re.IGNORECASE)


def intent_openings(data: dict[str, Any]) -> list[str]:
    """The openings of negated intent a forsworn cue starts with: the refusals' ("will
    not", "is not going to") and the forsworn table's own ("we are not", "is not")."""
    return [*data["refusals"]["openings"], *data["forsworn"]["openings"]]
