"""Which sense a stance cue takes in its construction: a cue's class is refined by what
surrounds it. A negated support is opposition ("do not support"), a negated rejection a
threat when it keeps a measure in reserve ("did not rule out sanctions"), else support; a
demand denied is an assessment; condemning a hostile act is an accusation; refusing is a
rejection when the holder refuses and a charge when told of another; a warning that alleges
intent is an accusation and one whose object is a punitive measure a threat; "we must" binds
the speaker and demands nothing of others; hoping another party will act is asking it to.
``stances`` chooses the cue that governs the clause; this module reads what it means there,
and ``cue_negation`` whether a negation governs it.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.cue_holders import REFUSAL, subject_words
from summarise.extraction.backends.baseline.cue_negation import negated_at, negative_cue
from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.forewarned import forewarned
from summarise.extraction.backends.baseline.governing import MODAL, WARNED_THAT
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon, stance_of
from summarise.extraction.backends.baseline.measures_judged import measure_judged
from summarise.extraction.backends.baseline.patterns import WARNING_VERB, WORD, category
from summarise.extraction.backends.baseline.talks_named import talks_carried_on
from summarise.extraction.backends.baseline.verb_forms import PREDICTIVE_MODALS
from summarise.extraction.backends.baseline.word_classes import alternation
from summarise.schema import Stance

_PHRASE_STOP = re.compile(r"[,;:.!?]|\s[\u2013\u2014]\s")
_HOPE_FOR = re.compile(
    r"\s+(?:that\s+)?(?:(?:the\s+)?[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*)*|they|it|you)\s+(?:would|will)\s|"
    r"\s+for\s+(?:\w+\s+){0,3}(?:support|assistance|help|steps|aid)\b"
)
# A noun, perhaps after a determiner or a qualifier, and a future: "that our partners will".
_HOPED_NOUN = re.compile(
    r"\s+(?:that\s+)?(?:(?:the|our|its|their|his|her|all|other)\s+)?(?:[A-Z]\w+\s+)?"
    r"(?P<noun>[a-z]+)\s+(?:would|will)\s"
)
# Whether "we must act" pledges or urges is unclear: "other", which a speaker's own
# remarks do not report, rather than a guess.
_SELF_OBLIGATION: Stance = "other"
# "Without" right before a cue (perhaps after a determiner or a modifier): a negation of its
# own, which a negation before it cancels ("Russia will not leave the people of Donbass
# without support" gives support).
_WITHOUT = re.compile(r"\bwithout\s+(?:(?:any|our|their|its|the|a|an|\w+ly)\s+)?$", re.IGNORECASE)
# "supported by a Voyager", "backed by": a participle describing, not a stance taken.
PASSIVE_BY = re.compile(r"\s+by\b")


def refined(text: str, start: int, end: int, cue: re.Match[str], floor: int) -> Stance:
    """The cue's class, with what follows it taken into account; a negation is looked for
    from ``floor``."""
    stance = stance_of(category(cue))
    negated = (
        stance in ("support", "oppose")
        and negated_at(text, floor, cue.start())
        and not negative_cue(cue.group())
        and not _WITHOUT.search(text, floor, cue.start())
    )
    if stance == "support" and negated:
        return "oppose"
    if (
        stance == "demand"
        and negated_at(text, floor, cue.start())
        and not negative_cue(cue.group())
        and not MODAL.fullmatch(cue.group())
    ):
        # "did not expect a breakthrough", "we are not asking for anything": a demand
        # denied is none; what is left is an assessment.
        return "other"
    if stance == "oppose" and negated:
        # "did not rule out further sanctions" keeps a measure in reserve: a threat (CAMEO
        # 13); "does not oppose the talks" takes their side.
        return _not_rejected(text, end, cue)
    if (
        stance == "oppose"
        and load_lexicon().inadmissible.fullmatch(cue.group())
        and load_lexicon().hostile_acts.search(text, start, end)
    ):
        # The guide: condemning another party's action is `accuse`, rejecting a decision,
        # proposal or policy `oppose`; "the shelling of Kharkiv is unacceptable" condemns.
        return "accuse"
    if stance == "accuse" and measure_judged(text, start, cue):
        # "described the sanctions adopted by the EU as illegitimate": a decision rejected.
        return "oppose"
    if stance == "accuse" and REFUSAL.match(cue.group()) and _own(text, start, cue):
        # Refusing is a charge when told of another party ("Russia refused to meet"), and
        # a rejection when the holder refuses (CAMEO 12): "we refuse to negotiate"; the
        # holder's own refusal denied ("we have never refused contacts", "we should not
        # refuse such a contact") is a rejection negated, which takes the side refused.
        if negated_at(text, floor, cue.start()):
            return _not_rejected(text, end, cue)
        return "oppose"
    if (
        stance == "threaten"
        and _KEPT_OPEN.search(cue.group())
        and not _measure_after(text, end, cue)
    ):
        # "left open the possibility that talks could resume" keeps no measure in reserve.
        return "other"
    if (
        stance == "threaten"
        and _ANSWER_GOT.search(cue.group())
        and not _step_supposed(text, start, cue)
    ):
        # "Ukraine will get a response from NATO", "the offer was answered in kind": a
        # reply, a courtesy returned.
        return "other"
    if (
        stance == "threaten"
        and "on the table" in cue.group().lower()
        and _RELIEF_BEFORE.search(text, start, cue.start()) is not None
    ):
        return "other"
    if stance == "warn" and _alleges_intent(text, end, cue):
        return "accuse"
    if stance == "warn" and _warns_of_measure(text, end, cue):
        return "threaten"
    if stance == "demand" and _abetting(text, end, cue):
        return "accuse"
    if stance == "demand" and MODAL.fullmatch(cue.group()) and self_bound(text, start, cue):
        return _SELF_OBLIGATION
    if stance == "demand" and MODAL.fullmatch(cue.group()) and forewarned(text, end, cue):
        # "Moscow must understand that the price would be enormous": a consequence foretold.
        return "warn"
    if stance == "commit" and _upheld_of(text, cue, end) == "another":
        return "support"
    if (
        stance == "support"
        and _DEFENDING.match(cue.group())
        and _upheld_of(text, cue, end) == "own"
    ):
        return "commit"
    if stance == "commit" and talks_carried_on(text, cue):
        # "As for the dialogue, we are ready to continue it": readiness for the talks.
        return "support"
    if stance == "commit" and _forces_conduct(text, start, cue):
        return "other"
    if stance == "deny" and _deployment_defensive(text, start, cue):
        return "commit"
    if stance == "support" and _welcome_awaited(text, cue, end):
        return "demand"
    # Hoping that another party will act, or for more help, is asking for it.
    if (
        stance == "support"
        and cue.group().lower().startswith("hop")
        and (_HOPE_FOR.match(text, cue.end(), end) or _hoped_of_party(text, cue.end(), end))
    ):
        return "demand"
    if (
        stance == "support"
        and cue.group().lower().startswith("hop")
        and _hoped_outcome(text, cue, end)
    ):
        return "other"
    return stance


# A welcome in the conditional ("he'd welcome a real drawdown", "that would be a welcome
# step"), and what it may not be said of: a party or people received ("would welcome
# Finland as a member", "would welcome them", "would welcome refugees"), or anything at all
# ("we'd welcome anything that gets civilians out safely": openness, no request).
_WOULD_BEFORE = re.compile(
    r"(?:\bwould|[\u2019']d)\s+"
    r"(?:(?:also|certainly|greatly|very much|be|a|an|most|\w+ly)\s+){0,3}$",
    re.IGNORECASE,
)


@cache
def _welcomed_party() -> re.Pattern[str]:
    """A name, or one of grammar.toml's `welcomed_parties`, right after the welcome."""
    return re.compile(rf"\s+(?:(?-i:[A-Z])|(?:{alternation('welcomed_parties')})\b)", re.IGNORECASE)


def _welcome_awaited(text: str, cue: re.Match[str], end: int) -> bool:
    """A welcome in the conditional of a step still to come asks for it (CAMEO 10, the
    diplomatic form of a request): "He'd welcome a real drawdown", "If they pull forces
    back, that would be a welcome step". What is welcomed already ("welcomes the decision")
    takes its side, and so does a party or people welcomed ("would welcome Finland", "would
    welcome refugees") or anything at all, and talks or peace, which a welcome favours as a
    hope does ("would welcome a ceasefire")."""
    if not cue.group().lower().startswith("welcom"):
        return False
    if _WOULD_BEFORE.search(text, max(0, cue.start() - 40), cue.start()) is None:
        return False
    stop = phrase_end(text, cue.end(), end)
    return (
        _welcomed_party().match(text, cue.end()) is None
        and _hoped_good().search(text, cue.end(), stop) is None
    )


# The holder's own side as the possessor of what it upholds: "our", "my", or "its"/"their"
# with no other party named between the cue and it ("Ukraine would not lay down its arms
# and would defend its independence").
_OWN_POSSESSOR = re.compile(r"\b(?:our|my|(?P<third>its|their))\s+(?:own\s+)?$", re.IGNORECASE)
_NAMED = re.compile(r"\b(?-i:[A-Z])[\w\u2019'-]*")
# The support cue of defending what is upheld ("defend its independence", "the defence of").
_DEFENDING = re.compile(r"defen", re.IGNORECASE)


def _upheld_of(text: str, cue: re.Match[str], end: int) -> str | None:
    """Whose sovereignty, integrity or independence (``[judgements] upheld``) a commitment
    or a defence upholds: another party's takes its side ("committed to Ukraine's
    sovereignty", "will continue to defend the sovereignty of our partners"), support; one's
    own ("we will not give up our sovereignty", "Ukraine would defend its independence") is
    what the holder undertakes to do, a commitment (the guide). "Its" or "their" after
    another name ("committed to Ukraine and its sovereignty") is that party's. None when
    nothing is upheld."""
    upheld = load_lexicon().upheld.search(text, cue.end(), end)
    if upheld is None:
        return None
    own = _OWN_POSSESSOR.search(text, cue.start(), upheld.start())
    if own is None or (
        own.group("third") is not None and _NAMED.search(text, cue.end(), own.start())
    ):
        return "another"
    return "own"


# A possibility kept open ("did not exclude that", "left open the possibility"): a threat
# only when what is kept open is a measure, or leaving an agreement.
_KEPT_OPEN = re.compile(r"exclude|open the", re.IGNORECASE)
_LEAVING = re.compile(r"\b(?:withdraw|pull out|exit|leave)\w*\s+(?:from\s+)?", re.IGNORECASE)


# A response got or received ("will get a response", "will receive a response") or an
# answer in kind meets whatever the subject did: a threat only when that is a step
# supposed, not a letter or an offer; retaliation or sanctions received threaten whoever.
_ANSWER_GOT = re.compile(r"\b(?:get|receive)\b[^.;:]*\bresponse\b|\bin kind\b", re.IGNORECASE)
# Measures "on the table" whose end is what is on it ("the lifting of some sanctions is on
# the table", "the easing of the restrictions remains on the table"): an offer, no threat.
_RELIEF_BEFORE = re.compile(
    r"\b(?:lift|eas|remov|relie|suspen|waiv)\w*(?:\s+(?:of|from|to|the|some|all|these|those|any))*\s*$",
    re.IGNORECASE,
)
# A subject under a quantifier or "whoever" is a step supposed, whatever it names: "whoever
# comes with a weapon", "any attempt to cross the river".
_SUPPOSING = re.compile(r"\b(?:whoever|whatever|anyone|anybody|any|every)\b", re.IGNORECASE)


def _step_supposed(text: str, start: int, cue: re.Match[str]) -> bool:
    """What the answer meets, the clause before the cue, is a hostile act or a step
    supposed (the guide's verb test: a response to a step is a threat, one to a letter no
    stance)."""
    return (
        _SUPPOSING.search(text, start, cue.start()) is not None
        or load_lexicon().hostile_acts.search(text, start, cue.start()) is not None
    )


def _measure_after(text: str, end: int, cue: re.Match[str]) -> bool:
    return (
        load_lexicon().punitive.search(text, cue.end(), end) is not None
        or _LEAVING.search(text, cue.end(), end) is not None
    )


# A step told as under way ("is taking", "are providing"), the progressive of a measure.
_UNDER_WAY = re.compile(r"(?:is|are)\b.*ing", re.IGNORECASE)


def _forces_conduct(text: str, start: int, cue: re.Match[str]) -> bool:
    """Armed forces as the subject of a step under way ("Russian units are taking every
    care to spare civilians"): their conduct in the field, told by their side, is an
    assessment of it (the guide: `other`), not an undertaking, which a government or its
    leader gives ("the United States is taking further steps")."""
    if _UNDER_WAY.fullmatch(cue.group()) is None:
        return False
    before = subject_words(text, max(start, cue.start() - 40), cue.start())
    noun = load_lexicon().force_nouns.full.fullmatch(before[-1]) if before else None
    return noun is not None and category(noun) == "troops"


_DEPLOYMENTS = frozenset({"deployment", "deployments", "moves"})
# The noun a predicative "defensive" qualifies: "Those were defensive deployments".
_NOUN_AFTER = re.compile(r"\s+(\w+)")


def _deployment_defensive(text: str, start: int, cue: re.Match[str]) -> bool:
    """Forces or a deployment called defensive ("The forces we have placed on alert are
    defensive"): the scope of one's own deployment, which the guide labels a commitment
    (Kirby's "not permanent", "not going to fight in Ukraine"); an exercise or measures
    called so disown a threat (a denial). The subject's head is one of the first two words
    after its determiner ("said the British forces …"), or opening the clause; or the
    noun the cue qualifies names the deployment ("These are defensive moves")."""
    if "defensive" not in cue.group().lower():
        return False
    after = _NOUN_AFTER.match(text, cue.end())
    if after is not None and after.group(1).lower() in _DEPLOYMENTS:
        return True
    determiners = load_grammar().determiners
    words = WORD.findall(text[start : cue.start()])[:6]
    opening = next((i for i, w in enumerate(words) if w.lower() in determiners), -1)
    words = [w for w in words[opening + 1 :] if w.lower() not in determiners]
    forces = load_lexicon().force_nouns.full
    for word in words[:2]:
        noun = forces.fullmatch(word)
        if word.lower() in _DEPLOYMENTS or (noun is not None and category(noun) == "troops"):
            return True
    return False


# Encouraging a party to an act: "encourages Kiev to seek", "encouraged them to".
# "encourage Kiev to …", and a party named by a relative clause that tells what it does:
# "encourage those in Ukraine who are counting on …".
_ENCOURAGED = re.compile(
    r"encourag\w*\s+(?:(?:[\w\u2019'-]+\s+){1,4}?to|"
    r"(?:[\w\u2019'-]+\s+){1,4}?who\s+(?:are|is|were|was))\s+",
    re.IGNORECASE,
)


def _abetting(text: str, end: int, cue: re.Match[str]) -> bool:
    """Encouraging a party to a hostile act charges the encourager ("Western supplies
    encourage Kiev to seek a military solution"); to anything else it is an appeal."""
    found = _ENCOURAGED.match(text, cue.start(), end)
    return found is not None and load_lexicon().abetted.match(text, found.end(), end) is not None


# What "hope" is followed by when a state of affairs is hoped for: a clause (perhaps after
# "that") with a future or a possibility in it ("I hope this is how it will end up"): a
# modal of prediction, or the "can" of ability ("we hope the sides can agree").
_HOPED_CLAUSE = re.compile(
    rf"\s+(?:that\s+)?[^,;:.!?]*?\b(?:{PREDICTIVE_MODALS}|can)\b", re.IGNORECASE
)


@cache
def _hoped_good() -> re.Pattern[str]:
    """The talks and the peace whose coming a hope favours (``[readiness] talks`` and
    ``peace``): hoping for them takes their side, as readiness for them does."""
    readiness = read_data("lexicon.toml")["readiness"]
    return re.compile(
        rf"\b(?:{'|'.join([readiness['talks'], *readiness['peace']])})", re.IGNORECASE
    )


def _hoped_outcome(text: str, cue: re.Match[str], end: int) -> bool:
    """Hoping that a state of affairs comes about, not a party's act, nor talks, peace or a
    measure, forecasts and takes no side (the guide: an assessment neither for nor against a
    party is `other`): "I hope this is how it will end up", "we hope there will be no
    conflict"; "hope that the talks will resume", "hope peace will return" and "hope the
    sanctions will work" still favour them."""
    if _HOPED_CLAUSE.match(text, cue.end(), end) is None:
        return False
    stop = phrase_end(text, cue.end(), end)
    lexicon = load_lexicon()
    return (
        _hoped_good().search(text, cue.end(), stop) is None
        and lexicon.stances.search(text, cue.end(), stop) is None
        and lexicon.punitive.search(text, cue.end(), stop) is None
    )


def _hoped_of_party(text: str, pos: int, end: int) -> bool:
    """ "Expressed hope that partners would provide more air defence", "hopes the allies
    will act": a party named by a common noun ("partners", "the government") is hoped to
    act, as a name is."""
    found = _HOPED_NOUN.match(text, pos, end)
    if found is None:
        return False
    grammar = load_grammar()
    noun = found.group("noun").lower()
    return noun in grammar.party_nouns or noun in grammar.governing_nouns


def _alleges_intent(text: str, end: int, cue: re.Match[str]) -> bool:
    """ "warned that Russia plans to install a puppet" alleges hostile intent: the guide
    labels it an accusation (stance by content, not by reporting verb). A charge named
    inside a warning ("its aggression would be met with unity") leaves it a warning."""
    if WARNED_THAT.match(text, cue.start(), end) is None:
        return False
    intent = load_lexicon().alleged_intent
    return intent.search(text, cue.end(), phrase_end(text, cue.end(), end)) is not None


def _warns_of_measure(text: str, end: int, cue: re.Match[str]) -> bool:
    """ "Warned of retaliatory measures", "cautioned Moscow that it would face sanctions":
    a warning whose object is a punitive measure announces it for later as deterrence,
    which the guide labels a threat; "warned of a disaster" stays a warning, and so does
    a warning about another's measures ("the sanctions imposed by the West")."""
    if WARNING_VERB.match(cue.group()) is None:
        return False
    stop = phrase_end(text, cue.end(), end)
    lexicon = load_lexicon()
    found = list(lexicon.punitive.finditer(text, cue.end(), stop))
    # "warned that the region would feel its consequences": a cost borne is no measure.
    borne = any(lexicon.punitive_suffered.search(text, cue.end(), m.start()) for m in found)
    return bool(found) and not borne and not any(PASSIVE_BY.match(text, m.end()) for m in found)


def _not_rejected(text: str, end: int, cue: re.Match[str]) -> Stance:
    """A rejection negated: a measure after it is kept in reserve, a threat ("did not rule
    out further sanctions", CAMEO 13); anything else is a side taken ("does not oppose the
    talks", "we have never refused contacts")."""
    measure = load_lexicon().punitive.search(text, cue.end(), end)
    return "threaten" if measure is not None else "support"


def _own(text: str, start: int, cue: re.Match[str]) -> bool:
    """The clause's holder is the cue's subject: the cue opens the clause read (a reported
    "Germany refused to …" is read from its verb) or follows "we" or "I", perhaps with an
    auxiliary or a negation between ("we have refused", "we are in no hurry to", "we have
    never refused")."""
    return cue.start() == start or self_bound(text, start, cue, skip=_auxiliary_skip())


@cache
def _auxiliary_skip() -> frozenset[str]:
    """The forms of "be" and "have" that may stand between "we" or "I" and a cue ("we are",
    "we have already"), with "already", which may follow them, and the negations ("we have
    never", "we should not")."""
    grammar = load_grammar()
    return grammar.auxiliaries | grammar.negation | {"am", "already"}


# A form of "be" or "have" contracted onto "we" or "I" ("we're", "I'm", "we've").
_CONTRACTED_ON = re.compile(r"[\u2019'](?:m|re|ve)$")


def self_bound(
    text: str, start: int, cue: re.Match[str], skip: frozenset[str] = frozenset()
) -> bool:
    """ "We must act", "I should add": an obligation the speaker puts on themselves is
    no demand on anyone else. With ``skip`` (auxiliaries), whether "we" or "I" is the
    subject of a cue after them, perhaps contracted with one ("we are", "I'm")."""
    before = subject_words(text, max(start, cue.start() - 30), cue.start(), skip)
    if not before:
        return False
    subject = before[-1].lower()
    if skip:
        subject = _CONTRACTED_ON.sub("", subject)
    return subject in ("we", "i")


def phrase_end(text: str, pos: int, end: int) -> int:
    stop = _PHRASE_STOP.search(text, pos, end)
    return stop.start() if stop is not None else end
