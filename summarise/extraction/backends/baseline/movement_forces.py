"""Which forces a movement trigger moves, and what they decide of its activity.

The forces phrase nearest the trigger in its clause, a list or a pair of forces as one
subject; apart from ``movements`` because choosing the phrase is its own grammar (subject,
object, coordination), whatever the activity. What is moved also decides between a
deployment and a supply (CAMEO 072 against 15): weapons sent are aid, troops transferred
are deployed.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.forces_subjects import (
    coordinated,
    opening_subject,
    own_owner,
    parenthesised,
    subject_list,
    with_comitative,
    with_equipment,
    with_inclusion,
)
from summarise.extraction.backends.baseline.inclusions import COMITATIVE, INCLUSION
from summarise.extraction.backends.baseline.lexicon import load_lexicon
from summarise.extraction.backends.baseline.own_forces import FIRST_PREDICATE, FORCES_TO_VERB
from summarise.extraction.backends.baseline.quantities import Forces, find_forces
from summarise.extraction.backends.baseline.scan import TextScan
from summarise.extraction.backends.baseline.verb_forms import (
    BE,
    BE_NONFINITE,
    HAVE,
    MODALS,
    VERB_GROUP_WORD,
)
from summarise.schema import Activity

_WINDOW = 60
# Arriving or landing: weapons that arrive somewhere are a delivery ("a shipment of NLAWs had
# arrived in Ukraine").
ARRIVING = re.compile(r"(?:arriv|land)", re.IGNORECASE)
# A drawdown of weapons is drawn from a state's stocks for another: aid, the supply itself;
# only forces drawn down are a withdrawal.
_DRAWDOWN = re.compile(r"dr[ae]w", re.IGNORECASE)
# Transport aircraft arriving carry what they deliver: an airlift (CAMEO 072), not a
# deployment of the aircraft.
_AIRLIFT = re.compile(r"\btransport\s+(?:aircraft|planes?|jets)\b", re.IGNORECASE)
# Vehicles, aircraft or ships whose postmodifier names a civilian cargo: "a convoy of 40
# trucks carrying humanitarian aid", "planes loaded with food and medicines".
_CARRIERS = frozenset({"vehicles", "aircraft", "ships"})
# The words of a civilian cargo, one list for both places it is read: goods, and people
# carried away from the fighting ("columns with evacuees").
_GOODS = r"(?:humanitarian|relief|food|medicines?|medical)\b"
_PEOPLE = r"(?:refugees|civilians|evacuees)\b"
_CIVILIAN = rf"(?:{_GOODS}|{_PEOPLE})"
# … carried ("a convoy of trucks carrying humanitarian cargo"), or the carrier named by
# its cargo ("40 columns of humanitarian aid", "a convoy of medicines"). People carried are
# the head of the phrase after "with", a few premodifiers apart ("columns with 300
# evacuees"): further on they are whom the forces meet ("vehicles with soldiers into Bucha
# and fired at civilians").
_CIVILIAN_CARGO = re.compile(
    rf"(?:\s+of\s+[^.;:]{{0,40}}?)?\s+(?:carrying|loaded\s+with|with)\s+"
    rf"(?:[^.;:]{{0,40}}?\b{_GOODS}|(?:[\w-]+\s+){{0,2}}{_PEOPLE})"
    rf"|\s+of\s+(?:[\w-]+\s+)?{_CIVILIAN}",
    re.IGNORECASE,
)
# … or whose verb's object is one: "Il-76 aircraft have airlifted 60 tonnes of humanitarian
# aid", "the planes delivered food and medicines".
_CIVILIAN_OBJECT = re.compile(rf"\s+(?:[^.;:]{{0,30}}?\s)?{_CIVILIAN}", re.IGNORECASE)


def what_moves_decides(
    text: str, activity: Activity, trigger: re.Match[str], forces: Forces | None
) -> Activity | None:
    """Weapons sent are aid, deployed a posture (CAMEO 072); troops transferred or provided
    are deployed (CAMEO 15); troops elsewhere in a supply's clause are whom it serves
    ("deliver what Ukraine's defenders need"), and a supply naming nothing supplied is none."""
    if forces is None:
        return activity
    if forces.unit in _CARRIERS and _CIVILIAN_CARGO.match(text, forces.end) is not None:
        return None  # "a convoy of trucks carrying humanitarian cargo" moves no forces
    if (
        forces.unit in _CARRIERS
        and forces.end <= trigger.start()
        and _CIVILIAN_OBJECT.match(text, trigger.end()) is not None
    ):
        return None  # "aircraft … have airlifted 60 tonnes of humanitarian aid": the same
    if activity == "withdraw" and forces.unit == "weapons" and _DRAWDOWN.match(trigger.group()):
        return "supply"  # "a drawdown of $150 million in weapons from U.S. stocks" is aid
    giving = load_lexicon().giving_verbs.match(trigger.group()) is not None
    if (
        activity == "deploy"
        and (giving or ARRIVING.match(trigger.group()))
        and forces.unit == "weapons"
    ):
        return "supply"
    if activity == "deploy" and ARRIVING.match(trigger.group()) and _AIRLIFT.search(forces.text):
        return "supply"  # "transport aircraft have been landing in Kiev": an airlift
    if activity == "supply" and forces.unit == "troops":
        if _troops_moved(text, forces, trigger):
            return "deploy"
        if _TO_RECIPIENT.search(text, max(0, forces.start - _WINDOW), forces.start) is None:
            return None
    return activity


# "supply the Ukrainian army with weapons": troops followed by "with" receive what is given.
_WITH = re.compile(r"\s+with\b")
# The object right after its verb ("transferred 150 paratroopers"), or the subject of its
# passive right before it ("150 paratroopers were transferred").
_OBJECT_GAP = re.compile(r"\s+(?:(?:the|its|their|his|her|some|an?)\s+)?")
# … or the of-phrase of its noun, the objective genitive (Quirk et al. 17.54): "the transfer
# of 150 paratroopers to Romania".
_NOUN_OBJECT_GAP = re.compile(r"\s+of\s+(?:(?:the|its|their|his|her|some|an?)\s+)?")
_PASSIVE_GAP = re.compile(rf"\s+(?:(?:{BE}|{BE_NONFINITE}|{MODALS}|{HAVE})\s+)+")


# Troops after "to"/"for" in a supply's clause are whom it goes to: "transferring them to
# the Lugansk and Donetsk militias".
_TO_RECIPIENT = re.compile(r"\b(?:to|for)\s+(?:the\s+|our\s+)?(?:[\w\u2019'-]+\s+){0,3}$")
# "supply" and "equip" take whom they serve as object: "enterprises that supply the units".
_SERVING = re.compile(r"(?:suppl|equip)", re.IGNORECASE)


def _troops_moved(text: str, forces: Forces, trigger: re.Match[str]) -> bool:
    """ "transferred 150 paratroopers to Romania", "will provide 300 troops", "the transfer of
    150 paratroopers": what a verb of giving or its noun moves is troops, not equipment, so
    they are deployed, not supplied; troops elsewhere in the clause ("over to the Donetsk
    militias") are whom it goes to."""
    if forces.unit != "troops" or _WITH.match(text, forces.end) is not None:
        return False
    if _SERVING.match(trigger.group()):
        return False
    after = (
        _OBJECT_GAP.fullmatch(text, trigger.end(), forces.start) is not None
        or _NOUN_OBJECT_GAP.fullmatch(text, trigger.end(), forces.start) is not None
    )
    return after or _PASSIVE_GAP.fullmatch(text, forces.end, trigger.start()) is not None


def forces_near(
    scan: TextScan,
    clause_start: int,
    clause_end: int,
    start: int,
    end: int,
    *,
    before: bool = False,
) -> Forces | None:
    """The forces phrase nearest the trigger within its clause: after it ("deploy
    additional forces"), else before it ("deterrence forces on high combat alert"). The
    forces that intercept or escort are the subject's: what follows is their target."""
    lexicon = load_lexicon()
    text = scan.text
    earlier = find_forces(scan, max(clause_start, start - 2 * _WINDOW), start, lexicon)
    listed = (
        subject_list(text, clause_start, start, earlier)
        or with_inclusion(text, start, earlier)
        or with_comitative(text, start, earlier)
        or with_equipment(text, start, earlier)
    )
    if listed is not None:
        return listed
    opening = opening_subject(scan, clause_start, start)
    across = _across_first_predicate(text, clause_start, earlier, start)
    earlier = [f for f in coordinated(text, earlier) if start - f.end <= _WINDOW]
    if not earlier and across is not None:
        return across
    if before:
        outside = [f for f in earlier if not parenthesised(text, clause_start, f, start)]
        return outside[-1] if outside else opening
    complement = _COMPLEMENT.search(text, end, clause_end)
    while (
        complement is not None
        and complement.group().rstrip().endswith(("ing", "ed"))
        and lexicon.force_nouns.match(text, complement.end(), clause_end)
    ):
        # "a field hospital and demining equipment": a participle right before a forces
        # noun modifies it (Quirk et al. 7.15); no verb of another clause.
        complement = _COMPLEMENT.search(text, complement.end(), clause_end)
    after = find_forces(scan, end, complement.start() if complement else clause_end, lexicon)
    if after and after[0].start - end <= _WINDOW:
        return after[0]
    return earlier[-1] if earlier else opening


# The subject's verb as its second predicate, after a restrictive relative and a first
# predicate opened by an auxiliary: "the units … that took part in the drills have
# completed them and are already returning" (a coordinated predicate shares its subject,
# Quirk et al. 13.54; the relative has no comma, so it is the subject's own).
_ACROSS = re.compile(
    r"(?:\s+(?:that|which|who)\s+[^,;:.]{1,60}?)?" + FIRST_PREDICATE + FORCES_TO_VERB
)

# … the forces opening their clause (a few modifiers apart: "By the way, the tank units"),
# not the object inside another subject's relative ("the journalists who visited the
# battalions have filed their reports and will return home").
_CLAUSE_OPENED = re.compile(r"(?:^|[,;:]|\b(?:and|but))\s*(?:[\w-]+\s+){0,3}$")


def _across_first_predicate(
    text: str, clause_start: int, earlier: list[Forces], start: int
) -> Forces | None:
    """The last forces phrase before the trigger whose verb the trigger is, across a
    relative clause and a first predicate."""
    for forces in reversed(earlier):
        if _ACROSS.fullmatch(text, forces.end, start) and _CLAUSE_OPENED.search(
            text[clause_start : forces.start]
        ):
            return forces
    return None


# "gratitude for the speed of the deployment and noted that Polish forces would …": the
# forces of a that-clause after the trigger are that clause's; so are those of a
# coordinated verb ("putting forces on standby and sending more ships") …
_COMPLEMENT = re.compile(
    rf"\bthat\b|\band\s+(?:(?:{BE}|{MODALS}|{HAVE})\s+)?[a-z]+(?:ing|ed)\s"
    # … and those of a clause coordinated after a comma ("The exercise is over, and three
    # battalions have been redeployed").
    r"|,\s+and\s"
    # … and those of a clause of contrast or time, with or without its comma ("sending a
    # delegation to the table while your artillery is pounding Mariupol").
    r"|\b(?:while|whereas)\s"
)

# Two forces phrases, each with its own owner, coordinated as one subject: "jets of the
# Russian Air Force and the Belarusian Air Force are flying joint patrols".
_OWNED_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def owned_partner(
    scan: TextScan, clause_start: int, forces: Forces | None, trigger_start: int
) -> Forces | None:
    """The forces phrase coordinated before ``forces`` in the trigger's subject, when both
    name their own owner: each state moves its own (a coordinated subject is each
    member's)."""
    if forces is None or forces.end > trigger_start or not own_owner(forces):
        return None
    before = find_forces(scan, clause_start, forces.start, load_lexicon())
    if not before or _OWNED_AND.fullmatch(scan.text, before[-1].end, forces.start) is None:
        return None
    return before[-1] if own_owner(before[-1]) else None


# A partner in a drill named after its verb: "Some 12,000 Russian servicemen are taking
# part, together with about 9,000 Belarusian troops" (Quirk et al. 8.88, the comitative
# adjunct: each drills, each state's forces its own).
_TOGETHER = re.compile(rf",?\s+(?:{COMITATIVE})\s+")


# A drill noun as the object of a verb of holding it, with partners after "with": "another
# 30,000 Russian troops will hold exercises with the Belarusian army", "Polish units held
# joint drills with American paratroopers". The forces drilling are the verb's subject; the
# forces after "with" are the partners (comitative, Quirk et al. 9.47), not who drills.
_HOLDING_DRILL = re.compile(
    r"\b(?:hold|holds|held|holding|conduct(?:s|ed|ing)?|stag(?:e|es|ed|ing)|"
    r"carr(?:y|ies|ied|ying)\s+out)\s+(?:(?:a|an|the|joint|large-scale|tactical|military|"
    r"command-staff|naval|air|scheduled|snap|live-fire|combined|new)\s+)*$",
    re.IGNORECASE,
)
_WITH_PARTNER = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:together\s+)?with\s", re.IGNORECASE)


def held_with_partners(scan: TextScan, clause_start: int, trigger: re.Match[str]) -> bool:
    """Whether a drill noun is held by its verb's subject, forces naming their own owner
    ("Russian troops", not "territorial defence units", whose owner the partners after
    "with" may be the only word for), with partners named after it."""
    text = scan.text
    held = _HOLDING_DRILL.search(text, max(clause_start, trigger.start() - 60), trigger.start())
    if held is None or _WITH_PARTNER.match(text, trigger.end()) is None:
        return False
    window = max(clause_start, held.start() - _WINDOW)
    subjects = find_forces(scan, window, held.start(), load_lexicon())
    return bool(subjects) and own_owner(subjects[-1])


def drilling_partner(scan: TextScan, trigger_end: int, clause_end: int) -> Forces | None:
    """The forces a comitative adjunct right after a drill's verb names, when they name
    their own owner."""
    link = _TOGETHER.match(scan.text, trigger_end)
    if link is None:
        return None
    after = find_forces(scan, link.end(), clause_end, load_lexicon())
    if not after or after[0].start - link.end() > _WINDOW or not own_owner(after[0]):
        return None
    return after[0]


# A giving verb's recipient before what is given, after "to" (Quirk et al. 10.4, 18.39:
# the heavy object moved to the end): "will hand over to the Armed Forces of Ukraine 2,000
# anti-tank launchers", "delivered to us a new batch of weapons".
_TO_FIRST = re.compile(r"\s+(?:over\s+)?to\s+(?:the\s+|our\s+|its\s+|their\s+)?")
# The recipient's own postmodifier and proper name: "of Ukraine", "of the Republic of Moldova".
_RECIPIENT_REST = re.compile(r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w\u2019'-]*\s*)+)?")


def given_after_recipient(
    scan: TextScan, trigger: re.Match[str], forces: Forces | None, clause_end: int
) -> Forces | None:
    """What a supply gives when the forces right after "to", or its object before "with",
    are its recipient ("equip the Ukrainian army with drones", Levin 13.4.2): the forces
    phrase after them; none there, nothing is named as given."""
    text = scan.text
    if forces is not None and _part_of_other_help(scan, trigger, forces):
        return None
    if forces is not None and _OBJECT_GAP.fullmatch(text, trigger.end(), forces.start):
        theme = _WITH_THEME.match(text, forces.end)
        if theme is not None:
            given = find_forces(scan, theme.end(), clause_end, load_lexicon())
            return given[0] if given and given[0].start - theme.end() <= _WINDOW else None
    if forces is None or _TO_FIRST.fullmatch(text, trigger.end(), forces.start) is None:
        return forces
    rest = _RECIPIENT_REST.match(text, forces.end)
    after = rest.end() if rest is not None else forces.end
    given = find_forces(scan, after, clause_end, load_lexicon())
    return given[0] if given and given[0].start - after <= _WINDOW else None


_WITH_THEME = re.compile(r"\s+with\s+")


# What a giving verb gives, named first, with the forces listed as one of its parts: "will
# continue to provide Ukraine with practical assistance, including defensive weapons".
_PART_OF = re.compile(rf",\s+(?:{INCLUSION})\s+$")
_GIVEN_HEAD = re.compile(r"\s+(?:\w+\s+){0,3}?(?:with\s+)?(?P<head>[^,;:]+?)$")


_GIVEN_ALREADY = re.compile(r"(?:\w+ed|sent|gave|given|sold)\b", re.IGNORECASE)


def _part_of_other_help(scan: TextScan, trigger: re.Match[str], forces: Forces) -> bool:
    """Whether the forces are only a listed part of help still to be given that is no
    forces phrase itself ("will continue to provide … practical assistance, including
    …"): a pledge of support (the guide's assistance offered), not a transfer of weapons;
    help given already ("has provided … assistance, including 300 Javelins") moved them."""
    text = scan.text
    if _GIVEN_ALREADY.fullmatch(trigger.group()) is not None:
        return False
    opening = _PART_OF.search(text, trigger.end(), forces.start)
    if opening is None:
        return False
    head = _GIVEN_HEAD.match(text, trigger.end(), opening.start())
    return head is not None and not find_forces(
        scan, head.start("head"), head.end("head"), load_lexicon()
    )


# A passive's subject is what is moved, and the party after "to" whom it goes to: "the
# missiles, which have already been handed over to the army" (Quirk et al. 3.63). The bare
# infinitive "be" is left out, not forgotten: with it, a seed's "will be despatched to
# Poland and Germany" loses its destination, which wants a look before the class is shared.
_PASSIVE_BEFORE = re.compile(
    rf"\b(?:{BE}|been|being)\s+(?:(?:already|now|also|just|successfully)\s+)?$"
)
_PARTICIPLE_FORM = re.compile(r"(?:\w+(?:ed|en)|sent|brought|flown|handed over)\b")


# A relative clause whose pronoun is the subject of the trigger, only a verb group between
# them (Quirk et al. 17.10): "a company of the 3rd Mountain Brigade, which will deploy
# to Latvia", "eight patrol jets, which will move to Norway". Its forces are the
# antecedent's, in the clause before the relative, as a passive's are.
_RELATIVE_SUBJECT_GAP = re.compile(rf"\s+(?:{VERB_GROUP_WORD})*")


def relative_subject(text: str, clause_start: int, trigger: re.Match[str]) -> bool:
    """Whether the trigger is the verb of a relative clause opening at ``clause_start``
    whose pronoun is its subject (the caller asks ``antecedent_clause`` where the
    antecedent stands; a clause not opened by a relative is left where it is)."""
    return _RELATIVE_SUBJECT_GAP.fullmatch(text, clause_start, trigger.start()) is not None


# What may follow the antecedent's head before the relative's comma: its prepositional
# postmodifiers ("of some 800 soldiers from the 4th Rifle Regiment at Camp Ridge,
# Ohio"), no verb of a clause of its own.
_POSTMODIFIERS = re.compile(
    r"(?:,?\s+(?:of|from|at|in|on|near|with|based)\b[^;:]*?)?",
    re.IGNORECASE,
)
_CLAUSE_WORD = re.compile(rf"\b(?:which|that|who|and|{BE}|{HAVE}|{MODALS})\b", re.IGNORECASE)


def relative_antecedent(
    scan: TextScan, antecedent_start: int, relative_start: int, forces: Forces | None
) -> Forces | None:
    """The forces a subject relative's verb moves: the head of its antecedent, the first
    forces phrase before the relative that only postmodifiers follow ("a squadron of some
    800 soldiers from the 4th Rifle Regiment, which will deploy"), not the last forces
    noun inside them; ``forces`` when none is."""
    if forces is None or forces.start >= relative_start:
        return forces
    text = scan.text
    comma = text.rfind(",", antecedent_start, relative_start)
    if comma < 0:
        return forces
    for candidate in find_forces(scan, antecedent_start, comma, load_lexicon()):
        if (
            _POSTMODIFIERS.fullmatch(text, candidate.end, comma) is not None
            and _CLAUSE_WORD.search(text, candidate.end, comma) is None
        ):
            return candidate
    return forces


def passive_participle(text: str, clause_start: int, trigger: re.Match[str]) -> bool:
    """Whether the trigger is a passive participle ("have been handed over", "was sent")."""
    if _PARTICIPLE_FORM.match(trigger.group()) is None:
        return False
    window = max(clause_start, trigger.start() - 30)
    return _PASSIVE_BEFORE.search(text, window, trigger.start()) is not None


# Between a passive's subject and its participle: a relative pronoun, auxiliaries and
# adverbs ("forty howitzers, which have already been handed over").
_PASSIVE_SUBJECT_GAP = re.compile(
    rf",?\s+(?:(?:which|that)\s+)?(?:(?:{HAVE}|{MODALS}|{BE}|{BE_NONFINITE}|"
    r"already|now|also|just|successfully)\s+)+"
)


def passive_subject(text: str, forces: Forces | None, trigger: re.Match[str]) -> Forces | None:
    """The forces a passive moves: its subject right before it, not forces further back
    ("Stinger missiles, once the necessary approvals have been received")."""
    if forces is None or forces.end > trigger.start():
        return forces
    return forces if _PASSIVE_SUBJECT_GAP.fullmatch(text, forces.end, trigger.start()) else None


# "…, and an additional 2,500 personnel …": the comma of a figure is no clause boundary.
_AND_CLAUSE = re.compile(r",?\s+and\s+(?:[^,;:]|(?<=\d),(?=\d)){0,60}$")


def and_coordinated(text: str, floor: int, forces: Forces | None) -> bool:
    """Whether the forces open a clause coordinated by "and" with the one before."""
    if forces is None:
        return False
    return _AND_CLAUSE.search(text, max(floor, forces.start - 70), forces.start) is not None
