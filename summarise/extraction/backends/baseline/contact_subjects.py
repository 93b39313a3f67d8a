"""Whose contact a trigger is when the sentence's subject is not its subject: the
antecedent of a relative clause ("met X, who arrived in Kyiv on a visit"), the subject
of a clause after the sentence's own ("The leaders agreed that the minister would visit"),
the agent of a passive whose subject names nobody ("This was stated by X during the
talks with Y"), and the people of the main clause a fronted "In their call, …" is about.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.contact_informing import INFORMING_ON
from summarise.extraction.backends.baseline.mentions import LIST_GAP, Mention
from summarise.extraction.backends.baseline.refs import ActorRef
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    BE_NONFINITE,
    HAVE,
    IRREGULAR_PASTS,
    MODALS,
)

# A relative clause's subject is the name before it: "Prime Minister X, who arrived in …",
# "President X, who recently held talks with Y" (the light verb a noun trigger follows), and
# the one who tells of his own occasion: "President X, who briefed him on his call with Y"
# (as after a verb of informing in a main clause, ``contact_informing.INFORMING_ON``).
_RELATIVE = re.compile(
    rf",\s+who\s+(?:(?:(?:{HAVE}|{MODALS}|also|then|later|recently|earlier|again)\s+)*"
    r"(?:(?:held|hold|had|paid|made)\s+(?:(?:a|an|the)\s+)?)?"
    rf"|{INFORMING_ON}(?:his|her)\s+(?:[a-z][\w-]*\s+){{0,2}})$",
    re.IGNORECASE,
)
_RELATIVE_WINDOW = 110


# Between a clause's subject and its contact verb: auxiliaries and adverbs only.
_AUXILIARY_GAP = re.compile(
    rf"\s+(?:(?:{BE}|{MODALS}|also|soon|then|"
    rf"be|to|{HAVE}|personally|again)\s+)*"
    # … and the verb a medium phrase or a noun trigger follows: "had spoken by telephone
    # with", "would hold talks with", "would hold a video conference".
    r"(?:(?:spoken|spoke|speak|talked|talk|held|hold|have|had)\s+(?:(?:a|an)\s+)?)?"
)
# … or a trip made for the contact: "that X would travel to Bucharest next week to meet Y",
# "and X will be in Vilnius on Thursday to see Y" (a going verb or BE + place, at most a
# short time phrase, then the purpose infinitive, Quirk et al. 15.48), which may be taking
# part in the contact ("to attend talks with Y", "to prepare for the talks with Y"). Any
# other word of the purpose makes the contact after it no trip's ("to see how the talks
# with Ukraine were going").
_TRIP_GAP = re.compile(
    rf"\s+(?:(?:{BE}|{MODALS}|also|soon|then|be|to)\s+)*"
    r"(?:be\s+in|travel\s+to|fly\s+to|go\s+to|come\s+to)\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?"
    r"(?:\s+(?:on|in|next|this|later|early|at)(?:\s+[\w-]+){1,2})?\s+to\s+"
    r"(?:(?:hold|have|attend|join|take\s+part\s+in|prepare\s+for)\s+(?:the\s+)?)?"
)
_CLAUSE_OPEN = re.compile(r"(?:\bthat|,\s+(?:and|but|while|whereas))\s+(?:the\s+)?$")
# A subordinator of time or reason opens a clause with its own subject too (Quirk et al.
# 14.12): one named ("when Secretary X meets his counterparts next week"), or a pronoun
# whose verb tells an occasion past ("I told her so when she called me"). A pronoun in the
# present tells the main clause's time to come ("He will raise it when he speaks to X
# this week"): the subject is the main clause's own.
_SUBORDINATE_OPEN = re.compile(r"\b(?:when|after|before|since|once|because)\s+(?:the\s+)?$")
_PAST = re.compile(rf"(?:\w+ed|{IRREGULAR_PASTS})\b", re.IGNORECASE)


def clause_subject(
    text: str, sentence: Sentence, start: int, subject: Mention | None
) -> Mention | None:
    """The subject of a clause after the sentence's own subject: "The leaders agreed that
    the Danish Defence Minister would go to Ukraine" is the minister's visit."""
    before = [m for m in sentence.mentions if m.end <= start and not m.possessive]
    if not before:
        return None
    last, first = before[-1], _counterpart_of(text, before)
    # The apposition's closing comma: "X and his Polish counterpart, Y, will meet".
    end = last.end + 1 if first is not None and text.startswith(",", last.end) else last.end
    if _AUXILIARY_GAP.fullmatch(text, end, start) or _discussed_by(text, end, start):
        nearest = first or last
    else:
        trip = _trip_maker(text, before, start)
        if trip is None:
            return None
        nearest = trip
    if subject is not None and nearest.start <= subject.start:
        return None
    if nearest.ref is None:
        return None
    floor = max(sentence.start, nearest.start - 20)
    opened = _CLAUSE_OPEN.search(text, floor, nearest.start) or (
        _SUBORDINATE_OPEN.search(text, floor, nearest.start)
        if nearest.kind != "pronoun" or _PAST.match(text, start)
        else None
    )
    return nearest if opened is not None else None


# The matter discussed before the medium it is discussed by: "X and Y would discuss the
# matter by telephone", "had discussed the crisis over the phone": the medium phrase is the
# clause's contact, its subject the people who discuss (Quirk et al. 8.79: a means adjunct
# of the clause's verb).
_DISCUSSED = re.compile(
    rf"\s+(?:(?:{HAVE}|{MODALS}|also|soon|then|to)\s+)*discuss(?:ed)?\s+(?:[\w-]+\s+){{1,4}}"
)
_MEDIUM = re.compile(r"(?:by|over|via)\s")


def _discussed_by(text: str, end: int, start: int) -> bool:
    """Whether only a verb of discussing and its object lie between a clause's subject
    (ending at ``end``) and a medium phrase at ``start``."""
    return (
        _MEDIUM.match(text, start) is not None
        and _DISCUSSED.fullmatch(text, end, start) is not None
    )


def _trip_maker(text: str, before: list[Mention], start: int) -> Mention | None:
    """Who makes a trip for the contact: the last mention before the place the trip goes
    to ("X would travel to Bucharest next week to meet Y"), when only the trip lies
    between it and the contact verb."""
    maker = next((m for m in reversed(before) if not m.place), None)
    if maker is None or not _TRIP_GAP.fullmatch(text, maker.end, start):
        return None
    return maker


# "X and his Japanese counterpart Y": a subject and the counterpart named after it.
_AND_COUNTERPART = re.compile(
    r"\s+and\s+(?:his|her|their)\s+[A-Z][\w-]*\s+(?:counterpart|colleague),?\s+$"
)


def _counterpart_of(text: str, before: list[Mention]) -> Mention | None:
    """The first of a coordinated subject whose second is named last: its counterpart
    ("Minister X and his Japanese counterpart Y would hold a video conference") or another
    named party ("It was agreed that Minister X and Minister Y would speak by phone"): the
    clause's subject, with whom the second takes part (``contact_parties``' partner)."""
    last, earlier, titled = before[-1], before[:-1], before[-1].start
    if len(before) > 2 and double_title(text, before, before[-2]) is last:
        earlier, titled = before[:-2], before[-2].start  # "X and Minister A and B Y"
    for m in reversed(earlier):
        if m.ref is not None and m.kind not in ("pronoun", "first") and not m.adjective:
            if _AND_COUNTERPART.fullmatch(text, m.end, last.start) is not None:
                return m
            return m if _AND_NAMED.fullmatch(text, m.end, titled) else None
    return None


# "Minister X and Minister Y": two parties named side by side, the second by its own name.
_AND_NAMED = re.compile(r"\s+and\s+(?:the\s+)?")


# Between two titles of one person: "Deputy Prime Minister and Foreign Minister Y".
_TITLES_AND = re.compile(r"\s+and\s+")


def double_title(text: str, mentions: list[Mention], office: Mention) -> Mention | None:
    """The person an office right after the "and" of a coordinated subject is the first
    title of ("X and Deputy Prime Minister and Foreign Minister Y", "X and Minister for
    Europe and Foreign Affairs Y"): two people joined by "and" take no second "and" between
    them (a list of three takes commas), so an office between two "and"s and before a named
    person is that person's title, no party of its own. The caller has read the first
    "and"."""
    if office.kind != "office" or office.possessive:
        return None
    after = next((n for n in mentions if n.start >= office.end), None)
    if (
        after is None
        or after.kind != "person"
        or after.ref is None
        or _TITLES_AND.fullmatch(text, office.end, after.start) is None
    ):
        return None
    return after


# An object relative clause opening before its own subject: "…, whom the President
# consulted", "…, whose leaders President X spoke with" (Quirk et al. 17.12: the relative
# pronoun is the verb's object or, with "whose", determines it).
_OBJECT_RELATIVE = re.compile(
    r",\s+(?:whom|whose\s+(?:leaders|heads\s+of\s+(?:state|government)|presidents|"
    r"prime\s+ministers|(?:foreign\s+)?ministers|representatives))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_REACH = 60


def object_relative_sides(text: str, sentence: Sentence, start: int) -> list[ActorRef]:
    """The sides of a contact told in an object relative clause: its subject, and the
    parties listed as the relative pronoun's antecedent ("the heads of the G7 and of the
    European Union, whom the President consulted in a video call")."""
    before = [m for m in sentence.mentions if m.end <= start]
    if not before or before[-1].ref is None:
        return []
    subject, own = before[-1], before[-1].ref
    if not _AUXILIARY_GAP.fullmatch(text, subject.end, start):
        return []
    opened = _OBJECT_RELATIVE.search(
        text, max(sentence.start, subject.start - _RELATIVE_REACH), subject.start
    )
    if opened is None:
        return []
    antecedents: list[ActorRef] = []
    end = opened.start()
    for m in reversed([m for m in sentence.mentions if m.end <= opened.start()]):
        if m.ref is None or (m.end != end and not LIST_GAP.fullmatch(text, m.end, end)):
            break
        antecedents.insert(0, m.ref)
        end = m.start
    parties = [own, *antecedents]
    if not antecedents or len({p.side for p in parties}) != len(parties):
        return []
    return parties


def relative_subject(text: str, sentence: Sentence, start: int) -> Mention | None:
    """The antecedent of "who" when the trigger opens a relative clause: "met Prime
    Minister X, who came to Kyiv on a working visit" is X's visit."""
    window = max(sentence.start, start - _RELATIVE_WINDOW)
    found = _RELATIVE.search(text, window, start)
    if found is None:
        return None
    return next((m for m in sentence.mentions if m.end == found.start()), None)


# The relative clause names its occasion a visit: "who came to Ukraine on a joint visit".
_NAMED_VISIT = re.compile(r"[^,;.]*?\bon\s+an?\s+(?:[\w-]+\s+){0,2}visit\b")


def fellow_visitors(
    text: str, sentence: Sentence, relative: Mention, trigger: re.Match[str]
) -> list[ActorRef]:
    """The people listed before a relative clause's antecedent, who visit with it: "met with
    Minister A of X and Minister B of Y, who came to Ukraine on a joint visit" is a
    visit of A and B together, an occasion of several states' visitors apart from the
    meeting with the host (labelled so in two sets). Only when the clause names it a visit:
    "who arrived in Ukraine together today" tells their arrival for the meeting (labelled no
    visit); and one visitor's arrival is the meeting's own occasion."""
    if _NAMED_VISIT.match(text, trigger.start(), sentence.end) is None:
        return []
    people = [m for m in sentence.mentions if m.end <= relative.start]
    fellows: list[ActorRef] = []
    end = relative.start
    for m in reversed(people):
        if m.ref is None or not m.ref.is_person or not LIST_GAP.fullmatch(text, m.end, end):
            break
        fellows.insert(0, m.ref)
        end = m.start
    return fellows


# A predicate coordinated after a contact, sharing its subject: "had spoken with X on
# Thursday and would hold talks with Y".
_COORDINATED_PREDICATE = re.compile(
    r"\s+and\s+(?:(?:will|would|also|then|later|is to|to)\s+)*(?:hold|held|have|had|pay|paid|"
    r"make|made)?\s*(?:(?:a|an|the)\s+)?$"
)


def shares_subject(text: str, before: re.Match[str], trigger: re.Match[str]) -> bool:
    """Whether ``trigger`` heads a predicate coordinated after the contact ``before``."""
    if re.search(r"[;:]", text[before.end() : trigger.start()]):
        return False
    return _COORDINATED_PREDICATE.search(text, before.end(), trigger.start()) is not None


# "This was stated by X during …": the agent of a passive is its logical subject.
_PASSIVE_BY = re.compile(
    rf"\b(?:{BE}|{BE_NONFINITE})\s+(?:also\s+)?[a-z]+(?:ed|en|de|id)\s+by\s+(?:the\s+)?$"
)
_AGENT_REACH = 60


def passive_agent(
    text: str, sentence: Sentence, start: int, subject: Mention | None
) -> Mention | None:
    """The agent before the trigger of a passive clause whose subject names nobody ("This",
    "It"): the one who acts, and so the contact's side."""
    if subject is not None and subject.ref is not None:
        return None
    for m in sentence.mentions:
        if m.end > start or m.ref is None or start - m.end > _AGENT_REACH:
            continue
        if _PASSIVE_BY.search(text, max(sentence.start, m.start - 40), m.start):
            return m
    return None


# "In their call on Tuesday, X asked Y …", "Following their meeting in Brussels today, X and
# Y issued …": an occasion owned by "their" in a fronted adverbial of time or place (Quirk
# et al. 8.14) is that of the people the main clause names; "Ahead of their meeting" is
# one still to come, whose status the phrase does not give, so it is left out.
_FRONTED_THEIR = re.compile(
    r"\W*(?:[^,;:]{1,40},\s+)?(?:In|During|Following|After|At)\s+their\s+(?:[\w-]+\s+)?",
    re.IGNORECASE,
)


def fronted_owners(text: str, sentence: Sentence, trigger: re.Match[str]) -> list[ActorRef]:
    """The people of two sides first named in the main clause after a fronted phrase that
    holds the trigger as "their" occasion; none unless two sides are named there."""
    # The trigger may hold the determiner itself: "their call".
    owned = trigger.start() + 6 if trigger.group().lower().startswith("their ") else trigger.start()
    if not _FRONTED_THEIR.fullmatch(text, sentence.start, owned):
        return []
    comma = text.find(",", trigger.end(), sentence.end)
    if comma < 0:
        return []
    people: list[ActorRef] = []
    for m in sentence.mentions:
        ref = m.ref
        if m.start < comma or ref is None or not ref.is_person or m.possessive:
            continue
        if all(p.side != ref.side for p in people):
            people.append(ref)
        if len(people) == 2:
            return people
    return []


# "the two" (of them) opening a that-clause before the trigger, with only a modal between,
# and the verb a medium phrase follows: "proposed to X that the two meet", "… proposing that
# the two of them should meet", "that the two should speak by phone".
_THE_TWO = re.compile(
    rf"\bthat\s+the\s+two(?:\s+of\s+them)?\s+(?:(?:{MODALS}|also|again|soon)\s+)*"
    r"(?:(?:speak|talk|confer)\s+)?$",
    re.IGNORECASE,
)
# The one told, the last person named before it: "to X that", "to X proposing that",
# "told X that".
_TOLD = re.compile(r"(?:\bto|\btold|\binformed|\bassured)\s+(?:the\s+)?$", re.IGNORECASE)


def told_pair(text: str, sentence: Sentence, trigger: re.Match[str]) -> list[ActorRef]:
    """ "Secretary X has proposed to Foreign Minister Y that the two meet", "X sent a letter
    to Y proposing that the two of them meet": "the two" are the pair named before it, the
    clause's subject and the person told, the sides of the meeting proposed. None unless
    both are people of two sides (two of one government are no diplomatic contact); a pair
    named otherwise ("the two sides", "the two ministries") is a noun phrase of its own."""
    opened = _THE_TWO.search(text, max(sentence.start, trigger.start() - 40), trigger.start())
    subject = sentence.subject
    if opened is None or subject is None or subject.ref is None:
        return []
    before = [m for m in sentence.mentions if subject.end <= m.start and m.end <= opened.start()]
    if not before:
        return []
    told = before[-1]
    if (
        told.ref is None
        or not told.ref.is_person
        or _TOLD.search(text, max(sentence.start, told.start - 12), told.start) is None
    ):
        return []
    pair = [subject.ref, told.ref]
    return pair if subject.ref.side != told.ref.side else []
