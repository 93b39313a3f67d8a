"""Whose stance a clause's cue states, once it governs the clause: the holder's own, an
aim or a charge by whose act it names (``whose_act``), another party's wish or conduct the
holder only reports (``anothers_attitude``), an undertaking the parties made to each other
(``joint_undertaking``), or nobody's when it is said of a thing (``said_of_thing``). The
stance of another side the clause relays is read in ``other_side_stances``.

Apart from ``governing`` because that module chooses which cue decides by its place in the
clause's grammar; these read the subject or possessor the chosen cue is said of.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.denials import denied_neutrally, denies
from summarise.extraction.backends.baseline.grammar import load_grammar
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.patterns import WORD
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.stance_cues import openings_pattern
from summarise.extraction.backends.baseline.verb_forms import BE, BE_NONFINITE, HAVE, MODALS
from summarise.schema import Stance

# An aim stated of a subject: whose aim it is decides between an intent and a charge.
INTENT = re.compile(
    rf"(?:(?:{BE}) (?:trying|seeking|attempting|planning|aiming)|seeks|sought|"
    r"aims|plans|planned|tries|tried|attempts|attempted|intends?|intended|intention|"
    r"decided|decides|wants?|wanted|would like|would love) to|"
    rf"(?:{BE}) (?:(?:clearly|now|already|actively) )?preparing (?:to|a|an|for)|"
    rf"(?:{BE}) (?:(?:now|already) )?(?:about|poised) to",
    re.IGNORECASE,
)
# Relying on a party to act: an appeal to it by one's own side, another side's aim alleged
# ("the Kremlin is betting on the West to grow tired").
_RELIANCE = re.compile(r"(?:count|rel(?:y|ies|ied|ying))\w*\s+on\b.*", re.IGNORECASE)
# An article before an aim makes it a noun ("the plans to", "these attempts to"): whose aim
# it is, is its possessor's, not the clause subject's, and an article names none.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|these|those|such)\s+$", re.IGNORECASE)
# Not keeping an agreement: a charge of another party, a refusal of one's own side.
_NONCOMPLIANCE = re.compile(r"(?:not|n[\u2019']t|never|failed to|fail to) \w.*", re.IGNORECASE)
# Readiness withheld, likewise, where no negation opens the cue ("not ready to" has one):
# "unwilling to", "shows no willingness to", "demonstrated no readiness to".
_WITHHELD = re.compile(r"(?:unwilling|show\w*|demonstrat\w*)\b.*", re.IGNORECASE)


# Refusing, and readiness or interest withheld (lexicon.toml `[refusals] withheld`, which
# are `accuse` cues): a charge when told of another party, a rejection by one's own.
REFUSAL = openings_pattern(read_data("lexicon.toml")["refusals"]["withheld"])

_SUBJECT_GAP = 3
# A refusal whose party cannot be told: neither a charge nor the holder's own rejection.
_UNSURE: Stance = "other"


def whose_act(
    text: str,
    mentions: Sequence[Mention],
    start: int,
    cue: tuple[int, int],
    stance: Stance,
    holder: ActorRef,
) -> Stance:
    """An aim, or readiness for a hostile act, is the holder's intent (``commit``) when its
    subject is the holder's side, and a charge (``accuse``) when it is another party's:
    "Russia is seeking to divide the alliance" said by Poland; "Poland intends to host the
    talks" said by its president; "they were ready to blow up the dam". Relying on a party
    to act is likewise the holder's appeal (``demand``) or another side's aim alleged ("the
    Kremlin is betting that the West will grow tired", said in Riga). With no subject
    named just before the aim, the cue's own class stands. Not keeping an
    agreement, or withholding readiness, is likewise a charge of another party and a
    rejection by one's own side ("Ukraine will not implement the accords in this form",
    "Russia is not ready to negotiate under pressure", said in Kyiv and in Moscow), and
    so is refusing ("Germany refused to send tanks", said in Berlin). The verb "deny" is
    the holder's own denial only with its own side as subject; with another's, in the
    holder's words ("Russia denies its crimes", said in Kyiv, ``claim_sides.voices_own``),
    it charges that side.
    A refusal charges
    only a party: said of a thing ("investors were not interested in Russian bonds"), or
    of a state named by its name by a speaker whose own state is unknown (perhaps his
    own), it is neither a charge nor a rejection (``_UNSURE``)."""
    harm = stance == "commit" and _ready_to_harm(text, cue)
    withheld = stance == "accuse" and (
        _NONCOMPLIANCE.fullmatch(text, cue[0], cue[1]) is not None
        or _WITHHELD.fullmatch(text, cue[0], cue[1]) is not None
    )
    refusal = withheld or (stance == "accuse" and REFUSAL.match(text, cue[0], cue[1]) is not None)
    if refusal:
        own: Stance = "oppose"
    elif harm or (stance in ("accuse", "commit") and INTENT.fullmatch(text, cue[0], cue[1])):
        own = "commit"
    elif stance == "demand" and _RELIANCE.fullmatch(text, cue[0], cue[1]):
        own = "demand"
    elif stance == "deny" and denies(text, cue) and not denied_neutrally(text, cue[1]):
        own = "deny"
    else:
        return stance
    if _ARTICLE_BEFORE.search(text, max(start, cue[0] - 12), cue[0]) is not None:
        return stance  # "we have seen the plans to …": a noun, not the clause subject's verb
    subject = next((m for m in reversed(mentions) if start <= m.start and m.end <= cue[0]), None)
    if subject is None or len(text[subject.end : cue[0]].split()) > _SUBJECT_GAP:
        thing = refusal and subject is None and _thing_refuses(text, start, cue)
        return _UNSURE if thing else stance
    if subject.kind == "first":
        # "we refuse" is read in ``stance_senses`` (its own rejection); "It is not we who
        # refuse to listen" charges whoever does.
        return own if withheld or not refusal else stance
    if subject.ref is None:
        # "they were ready to blow it all up": a hostile act readied by someone the text
        # does not resolve is theirs, as a wish of theirs is (``anothers_attitude``).
        return "accuse" if harm and subject.kind == "pronoun" else stance
    if subject.ref.side == holder.side:
        return own
    if refusal and holder.is_person and holder.country is None and subject.text == subject.ref.side:
        # "President Zelensky said Ukraine is not interested in a frozen conflict": with
        # the speaker's state unknown, a state named by its own name may be his own, as a
        # leader names his; no charge. A capital, a people or an office named ("the
        # Kremlin is not interested", "the Americans are in no hurry") is another side's.
        return _UNSURE
    return "accuse"


def _thing_refuses(text: str, start: int, cue: tuple[int, int]) -> bool:
    """Whether the refusal cue at ``cue`` is said of a subject that names no party
    ("investors were not interested in Russian bonds", "foreign banks are in no hurry to
    buy"): a class of people or things, named without an article, tells of a state of
    affairs, which charges nobody. A definite subject ("the regime", "the militants")
    names an actor the text knows, mostly a party, and keeps the charge; so does a cue
    with no words before it in the clause, after a party noun or a pronoun, which stand
    for a party, or with a party named anywhere before it in the clause ("Russia shelled
    the city and is not interested in talks")."""
    grammar = load_grammar()
    before = subject_words(text, start, cue[0], skip=grammar.between_subject_and_verb)
    if not before or before[-1].lower() in grammar.side_words:
        return False  # "the other side is not interested": a party
    if "the" in (w.lower() for w in before[-_DEFINITE_REACH:-1]):
        return False  # "the regime refused", "the militants are not interested": an actor
    return _thing_noun(before[-1]) and _thing_carries_on(before)


# How far before a subject's head "the" is looked for ("the breakaway militants").
_DEFINITE_REACH = 3


# Readiness (lexicon.toml [readiness] words) before "to", of which a hostile act after it
# is the aim.
_READY = re.compile(
    rf"(?:{'|'.join(read_data('lexicon.toml')['readiness']['words'])})\s+to", re.IGNORECASE
)
_SPACE = re.compile(r"\s+")


def _ready_to_harm(text: str, cue: tuple[int, int]) -> bool:
    """Whether the commitment cue at ``cue`` is readiness for a hostile act ("were ready to
    blow up the dam", "are prepared to storm the city"): the aim of whoever is ready, a
    charge of hostile intent when told of another party (the guide: alleged intent is
    `accuse`; CAMEO 112), as an aim is."""
    if _READY.fullmatch(text, cue[0], cue[1]) is None:
        return False
    space = _SPACE.match(text, cue[1])
    return load_lexicon().abetted.match(text, space.end() if space else cue[1]) is not None


# Verbs of wanting and hoping state their subject's wish, and carrying on states the
# subject's own conduct: "many Russians do not want to fight", "Russia continues to hold
# troops near our borders". Said of another party, the holder only reports it.
_WISH = re.compile(r"(?:(?:do|does|did)(?: not|n't|n\u2019t) (?:want|need)|hoped)", re.IGNORECASE)
CONTINUING = re.compile(r"(?:will continue|continues? to|continuing to)", re.IGNORECASE)


def subject_words(text: str, start: int, end: int, skip: frozenset[str] = frozenset()) -> list[str]:
    """The words before a verb at ``end``, without the adverbs (and ``skip``: auxiliaries)
    that may stand between it and its subject, so that the last word is the subject's."""
    words = WORD.findall(text[start:end])
    adverbs = load_grammar().subject_adverbs
    dropped = adverbs | skip if skip else adverbs
    while words and words[-1].lower() in dropped:
        words.pop()
    return words


def anothers_attitude(
    text: str,
    mentions: Sequence[Mention],
    start: int,
    cue: tuple[int, int],
    holder: ActorRef,
) -> bool:
    """Whether the cue at ``cue`` states the wish or the carrying on of a subject that is
    not the holder's side: a wish of anyone else named before it ("they do not need it",
    "many of whom do not want to fight"), carrying on only of a party named just before
    it ("Russian forces continue to shell"). A cue with no subject before it in the clause
    read is the holder's."""
    wish = cue[0] > start and _WISH.fullmatch(text, cue[0], cue[1]) is not None
    if not wish and CONTINUING.fullmatch(text, cue[0], cue[1]) is None:
        return False
    before = subject_words(text, start, cue[0])
    if not before or before[-1].lower() in load_grammar().first_person:
        return False
    subject = next((m for m in reversed(mentions) if start <= m.start and m.end <= cue[0]), None)
    near = subject is not None and len(text[subject.end : cue[0]].split()) <= _SUBJECT_GAP
    if near and subject is not None:
        if subject.kind == "first":
            return False
        if subject.ref is not None:
            return subject.ref.side != holder.side
    # A wish of someone the text does not resolve ("they", "too many", "whom") is theirs.
    return wish or (not near and _thing_carries_on(before))


# The words just before a carrying-on cue that may name its subject: "the working groups",
# "Construction of two new units", "units of the Eastern Military District".
_SUBJECT_WORDS = 6


def _thing_carries_on(before: list[str]) -> bool:
    """A carrying on whose subject names no party at all ("Construction of the new units
    will continue on schedule", "the working groups will go on with their work tomorrow",
    "trade continues to grow"): a state of affairs told, which nobody undertakes. Not a
    subject of the speaker's own ("our soldiers in the east continue to hold the line"), nor
    a pronoun's, which stands for a party ("Latvia said it is continuing to coordinate …").
    A predicate joined to the one before ("We have sent weapons and will continue to …") is
    read as a clause of its own, with no words before its cue, and stays the holder's."""
    grammar = load_grammar()
    parties = grammar.first_person | grammar.person_pronouns | grammar.plural_pronouns | {"it"}
    return not any(w.lower() in parties for w in before[-_SUBJECT_WORDS:])


# An undertaking several parties made to each other: "we agreed to hold our next meeting in
# Bucharest", "they agreed to apply this spirit of dialogue", "we pledged to work more closely
# together". The guide puts agreements reached on an occasion into its outcome: nobody voiced
# them alone. A measure agreed against a third party stays a threat or commitment of the
# speaker (the guide's "we agreed that we would respond … by imposing sanctions").
_AGREED = re.compile(r"agree(?:s|d)? to", re.IGNORECASE)
_PLEDGED = re.compile(r"pledg(?:e|es|ed)|undert(?:ake|akes|ook) to", re.IGNORECASE)
_TOGETHER = re.compile(r"\b(?:together|jointly|with each other|with one another)\b", re.IGNORECASE)
# "we" or "they" as the subject, with no other subject between it and the cue.
_PLURAL_SUBJECT = re.compile(r"\b(?:we|they)\b(?:(?!\b(?:I|he|she|it)\b)[^.;:!?])*$", re.IGNORECASE)


def joint_undertaking(
    text: str, start: int, cue: tuple[int, int], end: int, *, together: bool = False
) -> bool:
    """Whether the commitment cue at ``cue`` is an undertaking of "we" or "they" made to
    each other: "agreed to" always, "pledged to" when what is pledged is done together.
    ``together``: the subject is known to be the parties together ("The Parties")."""
    if _AGREED.fullmatch(text, cue[0], cue[1]) is None:
        if _PLEDGED.fullmatch(text, cue[0], cue[1]) is None:
            return False
        if _TOGETHER.search(text, cue[1], end) is None:
            return False
    return together or _PLURAL_SUBJECT.search(text, start, cue[0]) is not None


# A restrictive relative clause or a participle after a noun says what the noun does: "a
# revenue source that supports the army", "technology that can be used to support …",
# "entities supporting the military". Said of a thing, the cue is nobody's stance; said
# of a party ("the allies that support Ukraine") it still reads as one. Only restrictive:
# ", which will support" may comment on the whole clause before it.
_RELATIVE = re.compile(
    rf"(?<![,\s])\s+(?:that|which)\s+((?:(?:{MODALS}|{BE}|{BE_NONFINITE}|{HAVE}|"
    r"used|to|also|further|directly|not)\s+)*)$",
    re.IGNORECASE,
)
_INFLECTED = re.compile(r"[\w\u2019'-]*(?:s|ed)", re.IGNORECASE)
_PARTICIPLE = re.compile(r"[\w\u2019'-]*ing", re.IGNORECASE)
# An -ing word before "for" or "of" is a noun ("Spain's firm backing for Ukraine"), not a
# participle describing the word before it ("a party backing Ukraine").
_NOMINAL_AFTER = re.compile(r"\s+(?:for|of)\b", re.IGNORECASE)
_NOUN_BEFORE = re.compile(r"(?<![\w\u2019'-])([\w\u2019'-]+)\s*$")


def said_of_thing(text: str, mentions: Sequence[Mention], start: int, cue: tuple[int, int]) -> bool:
    """Whether the cue at ``cue`` is the verb of a restrictive relative clause or a
    participle whose antecedent, the word before, is a thing: a noun that names no party
    and is no function word."""
    window = max(start, cue[0] - 60)
    relative = _RELATIVE.search(text, window, cue[0])
    word = text[cue[0] : cue[1]]
    if relative is not None:
        if not relative.group(1) and not _INFLECTED.fullmatch(word):
            return False  # "that support" may be a determiner and its noun
        head = relative.start()
    elif _PARTICIPLE.fullmatch(word) and _NOMINAL_AFTER.match(text, cue[1]) is None:
        head = cue[0]
    else:
        return False
    before = _NOUN_BEFORE.search(text, window, head)
    if before is None:
        return False
    if not _thing_noun(before.group(1)):
        return False
    # A party whose name ends in the noun: "the European Union that …".
    return not any(m.ref is not None and before.start(1) < m.end <= before.end(1) for m in mentions)


def _thing_noun(word: str) -> bool:
    """Whether ``word``, before a verb, may be a noun naming a thing: no party noun
    ("the aggressor"), adverb, function word or pronoun."""
    noun = word.lower()
    grammar = load_grammar()
    return not (
        noun in grammar.ing_complement_verbs
        or noun in grammar.party_nouns
        or noun in grammar.polity_nouns
        or noun in grammar.governing_nouns
        or noun.endswith("ly")
        or noun in grammar.prepositions
        or noun in grammar.determiners
        or noun in grammar.clause_openers
        or noun in grammar.between_subject_and_verb
        or noun in grammar.first_person
        or noun in grammar.person_pronouns
        or noun in grammar.plural_pronouns
    )
