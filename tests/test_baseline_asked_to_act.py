"""A request another party made of the speaker to act is that party's demand
(``claim_sides.asked_to_act``): "he asked me to help secure fuel deliveries for the army" is
the asker's, not the speaker's. A request to meet or visit stays the contact's ("asked me for
a meeting", "asked me to come to Kyiv"), and a message the speaker was asked to pass on is the
asker's saying ("asked me to pass on that he is ready to …"), its stance its content's.
Invented sentences only.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _held(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "held"),
    [
        # (a) White House remarks, a second clause after the speaker's "I"
        (
            "PRESIDENT REED: I spoke with President Jan Tamm by phone on Tuesday, and he asked "
            "me to send more air defense systems to Estonia.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            ("Jan Tamm", "demand"),
        ),
        # (b) a Kremlin transcript, the asker as the sentence's subject, "us"
        (
            "Vladimir Putin: President Sadyr Japarov asked us to deliver more grain to "
            "Kyrgyzstan before the winter.",
            "Press statements following Russian-Kazakh talks",
            KREMLIN,
            ("Sadyr Japarov", "demand"),
        ),
        # (c) a Kyiv address, "urged"
        (
            "Volodymyr Zelenskyy: Prime Minister Mari Tamm urged me to impose sanctions on "
            "Belarusian banks as well.",
            "Address by the President of Ukraine",
            KYIV,
            ("Mari Tamm", "demand"),
        ),
        # (d) a message passed on: the asker's saying, its content's stance
        (
            "PRESIDENT REED: I spoke with Chancellor Anna Berg yesterday, and she asked me to "
            "convey that Germany is ready to support the talks in Geneva.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            ("Anna Berg", "support"),
        ),
    ],
)
def test_a_request_of_the_speaker_is_the_askers(
    text: str, title: str, source: str, held: tuple[str, str]
) -> None:
    assert held in _held(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        "Vladimir Putin: President Sadyr Japarov asked me to come to Bishkek in the spring.",
        "Vladimir Putin: President Sadyr Japarov asked me for a meeting in the spring.",
    ],
)
def test_a_request_to_meet_is_no_demand_of_the_asker(text: str) -> None:
    held = _held(text, "Press statements following Russian-Kazakh talks", KREMLIN)
    assert ("Sadyr Japarov", "demand") not in held
