"""Humanitarian aid told in narration with its giver outside the subject: a `support`
position of the giver (the guide: "security or humanitarian assistance offered" is
`support`; the suite's M26, "support, not supply").

"The United States delivered 80 tons of medical supplies to Ukraine" is read by the stance
cues (``[assistance]``), the giver being the subject. Narration also names the giver as the
agent of a participle after the aid ("a convoy carrying 200 tons of humanitarian cargo sent
by Poland reached Lviv") or as the owner of the vehicles that carry it ("aircraft of the
Emergencies Ministry have flown in 40 tonnes of humanitarian aid"); the sentence then has
no subject that says or does anything, so no claim and no position. A convoy of aid is no
movement of forces (``movement_forces``); what it carries is the giver's help. The words
are ``[aid_givers]`` in lexicon.toml.
"""

from __future__ import annotations

import re
from functools import cache

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.literal_gates import gated_search
from summarise.extraction.backends.baseline.mentions import Mention
from summarise.extraction.backends.baseline.position_draft import PositionDraft
from summarise.extraction.backends.baseline.sentence import Sentence
from summarise.extraction.backends.baseline.times import when_in

# How far after the aid its participle's agent, or after the owner its verb, may stand.
_REACH = 40


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    data = read_data("lexicon.toml")["aid_givers"]
    verbs = "|".join(data["giving"])
    return {
        "aid": re.compile(
            rf"(?:{'|'.join(data['kinds'])})\s+(?:{'|'.join(data['goods'])})\b", re.IGNORECASE
        ),
        # "60 tonnes of …" right before the aid, looked for only once the aid is found: tried
        # at every word of every sentence, its open word made the search cost a seed article
        # more than any other pattern of round 20.
        "amount": re.compile(
            r"(?:\d[\d,.]*|[a-z]+)\s+(?:tons?|tonnes?|trucks?|truckloads?|planeloads?)\s+of\s+$",
            re.IGNORECASE,
        ),
        # "… sent by Poland": the participle right before its "by".
        "agent": re.compile(rf"[^.;:]{{0,{_REACH}}}?\b(?:{verbs})\s+by\s+", re.IGNORECASE),
        # "aircraft of the …": the carriers the owner's mention closes.
        "carrier": re.compile(
            rf"(?:{'|'.join(data['carriers'])})\s+of\s+(?:the\s+)?$", re.IGNORECASE
        ),
        # "… have airlifted": the owner's carriers' verb, right before the aid.
        "carried": re.compile(
            rf"\s+(?:(?:has|have|had)\s+)?(?:already\s+|also\s+)?(?:{verbs})\s+",
            re.IGNORECASE,
        ),
    }


def aid_given(text: str, sentence: Sentence) -> list[PositionDraft]:
    """The giver's `support` for the aid a narrated sentence tells of, when the giver is
    named as the agent after it or as the owner of its carriers before its verb; none in a
    sentence someone is said to say (its claims decide) or with no giver named."""
    if sentence.claims or sentence.journalist or sentence.question:
        return []
    aid = gated_search(sentence.scan, _patterns()["aid"], text, sentence.start, sentence.end)
    if aid is None:
        return []
    amount = _patterns()["amount"].search(text, sentence.start, aid.start())
    start = aid.start() if amount is None else amount.start()
    giver = _agent(text, sentence, aid.end()) or _carrier_owner(text, sentence, start)
    if giver is None or giver.ref is None or giver.ref.is_person:
        return []
    return [
        PositionDraft(
            holder=giver.ref,
            via=None,
            stance="support",
            topic=text[start : aid.end()],
            target=None,
            quotes=[(sentence.start, sentence.end)],
            when=when_in(sentence),
            sentence=sentence.index,
            voice="reported",
        )
    ]


def _agent(text: str, sentence: Sentence, after: int) -> Mention | None:
    """ "… humanitarian cargo sent by Poland": the mention right after the participle's "by"."""
    by = _patterns()["agent"].match(text, after, sentence.end)
    if by is None:
        return None
    return next((m for m in sentence.mentions if m.start == by.end()), None)


def _carrier_owner(text: str, sentence: Sentence, aid: int) -> Mention | None:
    """ "aircraft of the Emergencies Ministry have airlifted … humanitarian aid": the owner
    of the carriers that are the verb's subject, the verb of giving right before the aid."""
    patterns = _patterns()
    for m in sentence.mentions:
        if m.end > aid or aid - m.end > _REACH:
            continue
        owned = patterns["carrier"].search(text, max(sentence.start, m.start - _REACH), m.start)
        if owned is not None and patterns["carried"].fullmatch(text, m.end, aid) is not None:
            return m
    return None
