"""An assurance the speaker's side was given, recalled, is no commitment of the speaker's.

"I recall that back in 1997 we were assured that the alliance would not deploy forces near
our borders": "we" are the ones promised, so what follows is what others promised, not the
speaker's undertaking (``relayed_views``: told by no one named, it is nobody's). Tested in
a Kremlin meeting, a Kyiv address, with "we must recall" and dated without a frame; the
look-alike, the speaker's side making the promise ("we promised our partners that …"),
stays the speaker's commitment.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract

_MEETING = "Meeting with permanent members of the Security Council"
_ADDRESS = "Address by the President of Ukraine Volodymyr Zelenskyy"


def _meeting(words: str) -> str:
    return f"Vladimir Putin: Good afternoon, colleagues.\n\nVladimir Putin: {words}\n"


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a Kremlin meeting, "I recall that back in …"
        (
            _meeting(
                "I recall that back in 1997 we were assured that the alliance would not "
                "deploy forces near our borders."
            ),
            _MEETING,
            KREMLIN,
        ),
        # (b) another party's address, "I remember that in …", "promised"
        (
            "Dear Ukrainians! I remember that in 1994 we were promised that our borders "
            "would be respected by everyone.",
            _ADDRESS,
            KYIV,
        ),
        # (c) "we" recalling, a time named by "those years"
        (
            _meeting(
                "We must recall that in those years we were assured that nobody would expand "
                "the alliance to the east."
            ),
            _MEETING,
            KREMLIN,
        ),
        # (d) another shape: dated, with no frame and no comma
        (
            _meeting("In 1990 we were promised that NATO would not move to the east."),
            _MEETING,
            KREMLIN,
        ),
    ],
)
def test_an_assurance_given_to_the_speakers_side_is_not_their_commitment(
    text: str, title: str, source: str
) -> None:
    assert _held(text, title, source) == []


def test_a_promise_the_speakers_side_made_stays_their_commitment() -> None:
    text = _meeting(
        "I recall that in 2019 we promised our partners that we would continue gas transit "
        "through Ukraine."
    )
    assert _held(text, _MEETING, KREMLIN) == [("Vladimir Putin", "commit")]
