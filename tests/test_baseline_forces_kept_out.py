"""One's own forces kept out of a war, with the state or its leader as subject.

"Hungary will not send its troops to Ukraine", "he will not send American forces to fight",
"the United States will not wage a war against Russia in Ukraine": a commitment on the
scope of one's own forces (the guide: Kirby's "not going to fight in Ukraine"), as the
lexicon already reads it with the forces as subject. Tested in a news report, a Kremlin
meeting, a Kyiv address and a briefing's frame; the look-alikes (forces sent home, another
state's act hoped for) make no commitment of the speaker's.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

_REED = "Press Briefing by Press Secretary Anna Reed"


def _briefing(answer: str) -> str:
    return (
        "MS. REED: Good afternoon, everyone.\n\n"
        "Q Thanks. What is your answer to the latest moves on the border?\n\n"
        f"MS. REED: {answer}\n"
    )


def _held(text: str, title: str | None, source: str | None) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a news report, a prime minister, "its soldiers to"
        (
            "Polish Prime Minister Jan Kowal said on Tuesday that Poland will not send its "
            "soldiers to Ukraine.",
            None,
            None,
            "Jan Kowal",
        ),
        # (b) a Kremlin meeting, "never", "into"
        (
            "Vladimir Putin: Good afternoon, colleagues.\n\nVladimir Putin: Whatever happens, "
            "Russia will never send its troops into Transnistria.\n",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Vladimir Putin",
        ),
        # (c) a Kyiv address, the state named
        (
            "Dear Ukrainians! I want to be clear: Ukraine will not send its soldiers to "
            "Belarus, whatever Minsk claims.",
            "Address by the President of Ukraine Volodymyr Zelenskyy",
            KYIV,
            "Volodymyr Zelenskyy",
        ),
        # (d) another shape: a war not to be fought, in a briefing
        (
            _briefing("Let me be clear: we will not fight a war with Russia over Moldova."),
            _REED,
            WHITE_HOUSE,
            "United States",
        ),
    ],
)
def test_own_forces_kept_out_are_a_commitment(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "commit") in _held(text, title, source)


def test_forces_not_sent_home_are_no_commitment() -> None:
    assert (
        _held(_briefing("Russia will not send its troops home any time soon."), _REED, WHITE_HOUSE)
        == []
    )


def test_another_states_forces_hoped_kept_out_are_not_the_speakers_commitment() -> None:
    text = _briefing("We hope that Belarus will not send its soldiers to Ukraine.")
    assert ("United States", "commit") not in _held(text, _REED, WHITE_HOUSE)
