"""Another party's decision or voiced stance, named inside a clause, as its own position.

"Let me thank the Chancellor for Berlin's decision to stop the pipeline's approval",
"Moscow's demand that Ukraine recognise Crimea as Russian is not acceptable to
us", "branded as disinformation Moscow's claims that Washington funds …", "We
share President Zelenskyy's concern over …": the clause is the speaker's thanks, rejection,
denial or agreement, and what the possessor decided, demanded, charged or feared is a
position of its own (the guide: views a speaker attributes to others are those others'
positions; `commit` once decided; assistance offered is `support`). Only a named possessor
of another side counts: "our decision", a pronoun's, or the holder's own side's is already
the clause's, except a pronoun standing for the party just thanked or praised ("thanked
Japan for its consistent support of …" is Japan's support, as "thanked Scholz for Germany's
decision" is Germany's). The of-genitive names the same ("the commitment of Poland to …",
"the steady position of the Alliance in support of …").
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.lexicon import load_lexicon, stance_of
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import category, window_after
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.stances import StanceCue
from summarise.extraction.backends.baseline.topics import topic_after
from summarise.schema import Stance

# A possessor, perhaps an adjective or two, and the noun of deciding with its infinitive:
# "Germany's decision to halt", "Madrid's welcome decision to send", "Budapest's decision
# not to allow".
_DECISION = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,2}?decisions?\s+(?:not\s+)?to\s+", re.IGNORECASE)
# What may stand between a possessor and its stance noun, a word at a time: "Moscow's
# latest ultimatum", "Turkey's consistent support for …".
_SPACE = re.compile(r"\s+")
_MODIFIER = re.compile(r"[a-z][\w-]*\s+")
_MAX_MODIFIERS = 2


@cache
def _aid() -> re.Pattern[str]:
    """Help given, as the assistance cues name it: "to send additional humanitarian aid"."""
    given = load_lexicon().assistance_given
    return re.compile(r"\w+\s+" + given, re.IGNORECASE)


def stances_named(
    text: str, sentence: Sentence, span: tuple[int, int], cue: StanceCue, holder: ActorRef
) -> list[tuple[ActorRef, Stance, str]]:
    """The party, stance and topic of each decision or voiced stance of another side than
    ``holder``'s that the clause ``span`` names. A decision counts after the clause's cue,
    as what is thanked for or welcomed; one judged before it ("Russia's decision
    to recognise … is a violation") is the act judged. A voiced stance counts anywhere but
    as the object of a request ("pressed for Germany's support": asked for, not yet
    given); and not when the holder is a person whose side is unknown ("Helga Schmid
    reiterated the OSCE's commitment": she may speak for it)."""
    start, end = span
    found: list[tuple[ActorRef, Stance, str]] = []
    unknown = holder.is_person and holder.country is None
    for mention in sentence.mentions:
        ref = mention.ref
        if (
            not start <= mention.start < end
            or mention.kind in ("pronoun", "first", "joint")
            or ref is None
            or ref == holder
            or ref.side == holder.side
        ):
            continue
        after = mention.start >= cue.end
        asked = cue.stance == "demand" and after
        named = None
        if not mention.possessive:
            # The of-genitive of the same nouns: "the consistent position of the Alliance in
            # support of …", "the commitment of NATO to the open door".
            if not unknown and not asked:
                named = _voiced_of(text, (max(start, mention.start - _OF_BEFORE), end), mention)
            if named is None and after and not unknown and not asked:
                # The party thanked or praised, then its stance by a pronoun: "thanked
                # Japan for its consistent support of …" is Japan's support.
                reason = _FOR_ITS.match(text, mention.end, end)
                if reason is not None:
                    # What it is thanked for ends at a comma: "for its support, the
                    # ministry said" names no object of the support.
                    comma = text.find(",", reason.end(), end)
                    named = _voiced(text, sentence, ref, reason.end(), end if comma < 0 else comma)
        else:
            named = _decision(text, mention.end, end) if after else None
            if named is None and not unknown and not asked:
                named = _voiced(text, sentence, ref, mention.end, end)
        if named is not None:
            found.append((ref, *named))
    return found


# What is thanked or praised for after its party, a possessive pronoun standing for that
# party: "thanked Japan for its …", "commended the Baltic states for their …".
_FOR_ITS = re.compile(r"\s+for\s+(?:its|their)(?=\s)", re.IGNORECASE)

# How far before its possessor a noun of the of-genitive stands: "the consistent and
# principled position of".
_OF_BEFORE = 60


@cache
def _noun_of() -> re.Pattern[str]:
    """A voiced stance noun, or the noun of a position held, in the of-genitive before its
    possessor: "the position of", "the unwavering support of", "the demands of the"."""
    nouns = load_lexicon().voiced.pattern
    return re.compile(
        rf"\bthe\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<noun>{nouns}|positions?|stance)\s+of\s+(?:the\s+)?$",
        re.IGNORECASE,
    )


# How far after the possessor a position's stance cue is, and what may stand between: "of
# the Alliance in support of", "of NATO as regards commitment to".
_CUE_AFTER = 30
# A stance named as absent, in a counterfactual: "Without the support of the CSTO, the
# situation could have developed differently" tells of no stance voiced.
_WITHOUT = re.compile(r"\bwithout\s+$", re.IGNORECASE)
_WORDS_BETWEEN = re.compile(r"\s+(?:[\w-]+\s+){0,2}")
# What a voiced stance's own object opens with after its possessor, which makes the
# possessor its holder (the subjective genitive): "the commitment of Poland to supply …",
# "the demands of Russia that …", "the support of the United States for Ukraine".
_COMPLEMENT = re.compile(r"\s+(?:for|to|that|on|over|about|against|regarding)\b", re.IGNORECASE)


def _voiced_of(text: str, span: tuple[int, int], mention: Mention) -> tuple[Stance, str] | None:
    """The stance an of-genitive names for its possessor ``mention``: its noun's, or for a
    position the first stance cue just after the possessor ("position of the Alliance in
    favour of sovereignty", "position of NATO as regards commitment to the open door")."""
    floor, end = span
    of = _noun_of().search(text, floor, mention.start)
    if of is None or _WITHOUT.search(text, floor, of.start()) is not None:
        return None
    lexicon = load_lexicon()
    noun = of.group("noun")
    stance: Stance | None
    if noun.lower().startswith(("position", "stance")):
        cue = next(
            (
                c
                for c in lexicon.stances.finditer(
                    text, mention.end, window_after(text, mention.end, _CUE_AFTER, end)
                )
                if category(c) not in ("other", "ignore")
            ),
            None,
        )
        if cue is None or _WORDS_BETWEEN.fullmatch(text, mention.end, cue.start()) is None:
            return None
        stance = stance_of(category(cue))
        topic = topic_after(text, cue.end(), end)
    elif _COMPLEMENT.match(text, mention.end, end) is None:
        # "the support of Ukraine", "the condemnation of Russia by …": the party supported
        # or condemned (the objective genitive), not the one that voiced it.
        return None
    else:
        voiced = lexicon.stances.match(text, of.start("noun"), of.end("noun"))
        stance = (
            stance_of(category(voiced))
            if voiced is not None
            else lexicon.voiced_stances.get(noun.lower().split()[0])
        )
        topic = topic_after(text, mention.end, end)
    if stance is None or stance == "other" or not topic:
        return None
    return stance, topic


def _decision(text: str, at: int, end: int) -> tuple[Stance, str] | None:
    decision = _DECISION.match(text, at, end)
    topic = decision and topic_after(text, decision.end(), end)
    if decision is None or not topic or _of_forces(text, decision.end(), end):
        return None
    return ("support" if _aid().match(text, decision.end(), end) else "commit"), topic


# How far after the verb the forces it moves are named: "to transfer Javelin anti-armor
# missiles", "to deploy elements of its Response Force".
_FORCES_AFTER = 40


def _of_forces(text: str, at: int, end: int) -> bool:
    """A decision to move forces or weapons ("Estonia's decision to transfer Javelin
    missiles to Ukraine", "the Alliance's decision to deploy parts of its Response
    Force"): the guide makes a decided movement a `planned` movement and no separate
    position, so the movement item holds it."""
    lexicon = load_lexicon()
    verb = lexicon.activities.match(text, at, end)
    if verb is None:
        return False
    reach = window_after(text, verb.end(), _FORCES_AFTER, end)
    return next(iter(lexicon.force_nouns.finditer(text, verb.end(), reach)), None) is not None


def _voiced(
    text: str, sentence: Sentence, owner: ActorRef, at: int, end: int
) -> tuple[Stance, str] | None:
    """A noun of a stance voiced, just after its possessor ("Moscow's ultimatum that …",
    "the Secretary-General's plea for …"), with the stance it names: its cue class's, or
    for a claim or allegation, a charge when what is claimed is another party's conduct."""
    lexicon = load_lexicon()
    noun: re.Match[str] | None = None
    stance: Stance | None = None
    for start in _noun_starts(text, at, end):
        noun = lexicon.voiced.match(text, start, end)
        if noun is not None:
            cue = lexicon.stances.match(text, noun.start(), end)
            named = lexicon.voiced_stances.get(noun.group().lower().split()[0])
            stance = stance_of(category(cue)) if cue is not None else named
            break
        noun = lexicon.voiced_charges.match(text, start, end)
        if noun is not None:
            if _of_another(sentence, owner, noun.end(), end):
                stance = "accuse"
            break
    if noun is None or stance is None:
        return None
    topic = topic_after(text, noun.end(), end)
    return (stance, topic) if topic else None


def _noun_starts(text: str, at: int, end: int) -> list[int]:
    """Where a stance noun may begin after its possessor ending at ``at``: at once, or
    after one or two modifiers ("Moscow's latest ultimatum", "Turkey's consistent support
    for …"), nearest first."""
    space = _SPACE.match(text, at, end)
    if space is None:
        return []
    starts = [space.end()]
    while len(starts) <= _MAX_MODIFIERS:
        word = _MODIFIER.match(text, starts[-1], end)
        if word is None:
            break
        starts.append(word.end())
    return starts


def _of_another(sentence: Sentence, owner: ActorRef, at: int, end: int) -> bool:
    """What is claimed opens with a party of another side than the claimant: "Moscow's
    claims that Washington is funding …", not "Russia's claims that its forces are
    leaving"."""
    first = next((m for m in sentence.mentions if at <= m.start < end), None)
    return (
        first is not None
        and first.ref is not None
        and first.kind not in ("pronoun", "first", "joint")
        and first.ref.side != owner.side
        and sentence.scan.text[at : first.start].strip().lower() in ("that", "that the", "")
    )
