"""Whose joint drill it is when a speaker reports it with a partner's forces after "with".

"The main stage of the joint drill with the Belarusian army ends on Friday", said by
Russia's Chief of the General Staff, reports Russia's drill: the forces after "with" are
the partner's (Quirk et al. 9.43, "with" of accompaniment), not the drill's owner, and the
one who reports a joint drill with another state's forces, with no other party named
before it, reports his own side's. Read as the drill's forces, the partner became its only
owner.
"""

from __future__ import annotations

import re

from summarise.extraction.backends.baseline.patterns import category
from summarise.extraction.backends.baseline.quantities import Forces
from summarise.extraction.backends.baseline.refs import ActorRef, state
from summarise.extraction.backends.baseline.sentence import Sentence

# The drill noun, then "with", then the partner's forces: "exercise with the Armed Forces
# of Belarus", "drills with Belarusian units".
_WITH_PARTNER = re.compile(r"\s+with\s+(?:the\s+|our\s+|its\s+|their\s+)?$", re.IGNORECASE)


def reporters_drill(
    text: str,
    sentence: Sentence,
    trigger: re.Match[str],
    forces: Forces | None,
    partner: ActorRef | None,
) -> ActorRef | None:
    """The reporting speaker's state for a drill noun whose forces are a partner's
    (``partner``, their owner) named after "with"; none when a party of another side is
    named before the drill in its sentence or the partner is the speaker's own side. A
    sentence with a speaker is in that speaker's own voice, so its "our" and "we" are his
    side's (attribution gives it no other first person)."""
    if category(trigger) != "exercise" or forces is None or partner is None:
        return None
    if _WITH_PARTNER.fullmatch(text, trigger.end(), forces.start) is None:
        return None
    speaker = sentence.speaker
    if speaker is None or speaker.country is None:
        return None
    own = state(speaker.country)
    if own.side == partner.side or any(
        m.end <= trigger.start() and m.ref is not None and m.ref.side != own.side
        for m in sentence.mentions
    ):
        return None
    return own
