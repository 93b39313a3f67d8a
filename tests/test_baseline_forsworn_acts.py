"""One's own act forsworn in the first person, whatever the act, is a commitment (the guide:
what a party says it will not do is `commit`): "We will not give up our coast", "we will never
barter away the safety of our people", "we will not leave them alone". The cue opens at
the negation (lexicon.toml [forsworn] own) and decides only a clause with no other cue:
"will not accept" and "never leave Moldova without support" keep theirs.

Not the speaker's acts of speaking or recalling ("I will not repeat the whole history"), of
knowing, believing or perceiving ("we will not know until Friday", "I will never understand
why"; grammar.toml `unforsworn_verbs`), a bare "do" standing for an act told elsewhere,
nor a verb of approving or accepting, whose refusal is `oppose`.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_MEETING = "Meeting with Foreign Minister Sergei Orlov"
_ADDRESS = "Address by the President of Ukraine"
_REMARKS = "Remarks by President Reed on Ukraine"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a transcript turn, a list of what is kept
        (
            "SERGEI ORLOV: We will not cede our borders, our towns or our citizens.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
        ),
        # (b) an address, "never" and a second clause after a comma
        (
            "The enemy counts on our fatigue, but we will never abandon the defence of our land.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
        ),
        # (c) White House remarks, the second clause
        (
            "PRESIDENT REED: The people of the region have waited long enough, and we will not "
            "leave them alone with this war.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
        ),
        # (d) the first person singular, "shall"
        (
            "SERGEI ORLOV: I shall not surrender a single position in these negotiations.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
        ),
    ],
)
def test_ones_own_act_forsworn_is_a_commitment(
    text: str, title: str, source: str, holder: str
) -> None:
    assert held_stances(text, title, source) == [(holder, "commit")]


@pytest.mark.parametrize(
    "text",
    [
        # a remark on the talk itself: speaking, recalling
        "SERGEI ORLOV: I will not repeat the whole history of this war.",
        "SERGEI ORLOV: I will not comment on the figures for the troops.",
        # "do" stands for an act told elsewhere
        "SERGEI ORLOV: We will not do to them what they did to our villages.",
        # another party's act is no cue of one's own
        "SERGEI ORLOV: They will not trade their land, and the war goes on.",
    ],
)
def test_speech_acts_pro_verbs_and_others_acts_are_no_commitment(text: str) -> None:
    assert ("Sergei Orlov", "commit") not in held_stances(text, _MEETING, KREMLIN)


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # a verb of approving, negated: its own cue reads the refusal
        ("SERGEI ORLOV: We will not support any sanctions that hit our energy.", "oppose"),
        # a cue opening on the auxiliary still decides
        ("SERGEI ORLOV: We will not accept any ultimatums.", "oppose"),
        # a later cue in the clause decides (fails without stances._forsworn_own)
        ("SERGEI ORLOV: We will never leave Armenia without support.", "support"),
    ],
)
def test_refusals_keep_their_own_cue(text: str, stance: str) -> None:
    assert held_stances(text, _MEETING, KREMLIN) == [("Sergei Orlov", stance)]


@pytest.mark.parametrize(
    ("text", "title", "source", "speaker"),
    [
        # knowing, in a transcript turn, a clause of time after it
        (
            "SERGEI ORLOV: We will not know until Monday whether NATO pulls its troops back "
            "from Romania.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
        ),
        # understanding, "never", in an address
        (
            "I will never understand why Hungary kept silent about the Russian troops for so long.",
            _ADDRESS,
            KYIV,
            "President of Ukraine",
        ),
        # believing and seeing, in White House remarks, "shall"
        (
            "PRESIDENT REED: I shall not believe that Russia withdraws its forces from Belarus "
            "until the inspectors report.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
        ),
        (
            "PRESIDENT REED: We will not see the results of these talks before the spring.",
            _REMARKS,
            WHITE_HOUSE,
            "Reed",
        ),
        # hearing and guessing
        (
            "SERGEI ORLOV: We will not hear the answer of Washington on our security "
            "guarantees for some days.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
        ),
        (
            "SERGEI ORLOV: I will not guess how many NATO troops will be sent to Estonia.",
            _MEETING,
            KREMLIN,
            "Sergei Orlov",
        ),
    ],
)
def test_knowing_and_perceiving_forswear_no_act(
    text: str, title: str, source: str, speaker: str
) -> None:
    """A verb of the mind or the senses negated tells what the speaker does not (yet) know
    or see, no act undertaken (fails without grammar.toml `unforsworn_verbs`)."""
    assert (speaker, "commit") not in held_stances(text, title, source)
