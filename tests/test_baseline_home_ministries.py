"""A ministry named by its field alone ("the Ministry of Defence") is the state the phrase
names, else, in a state's own document, that state's: every state has its ministries, and
the vocabulary's bare name (the UK's) holds only where nothing says whose. Sentences
invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract


def movement_actors(text: str, source: str | None) -> list[tuple[str, str, str]]:
    return [
        (m.actor.name, m.activity, m.forces)
        for m in extract(text, source=source).military_movements
    ]


@pytest.mark.parametrize(
    ("sentence", "source", "expected"),
    [
        # (a) plain, a decree's instruction
        (
            "The Ministry of Defence is instructed to deploy two brigades to the Kharkiv region.",
            KYIV,
            ("Ukraine", "deploy", "two brigades"),
        ),
        # (b) a fronted phrase or clause before it
        (
            "Under the decree, the Ministry of Defence shall deploy two brigades to the "
            "Kharkiv region.",
            KYIV,
            ("Ukraine", "deploy", "two brigades"),
        ),
        (
            "As the exercises ended, the Ministry of Defence began to withdraw four "
            "battalions to their bases.",
            KREMLIN,
            ("Russia", "withdraw", "four battalions"),
        ),
        # (c) named another way: "the Defence Ministry", the American spelling, and "it"
        # after the first mention
        (
            "Yesterday, the Defence Ministry announced that two battalions had withdrawn to "
            "their bases.",
            KREMLIN,
            ("Russia", "withdraw", "two battalions"),
        ),
        (
            "The Defense Ministry shall deploy two brigades to the Sumy region.",
            KYIV,
            ("Ukraine", "deploy", "two brigades"),
        ),
        (
            "The Ministry of Defence reviewed the plan on Monday. It will deploy two "
            "brigades to the Sumy region.",
            KYIV,
            ("Ukraine", "deploy", "two brigades"),
        ),
        # (d) a postposed "…, X said", and one clause of two
        (
            "The Ministry of Defence has moved three battalions to the Pskov region, Dmitry "
            "Orlov said.",
            KREMLIN,
            ("Russia", "deploy", "three battalions"),
        ),
        (
            "The Ministry of Defence shall deploy two brigades to the Sumy region, and the "
            "National Guard shall reinforce the border.",
            KYIV,
            ("Ukraine", "deploy", "two brigades"),
        ),
        # the state the phrase names wins over the publisher's, and over the vocabulary's
        (
            "The Ministry of Defence of Russia has moved three battalions to the Pskov region.",
            KYIV,
            ("Russia", "deploy", "three battalions"),
        ),
    ],
)
def test_a_bare_ministry_is_its_own_states(
    sentence: str, source: str, expected: tuple[str, str, str]
) -> None:
    assert movement_actors(sentence, source) == [expected]


def test_a_bare_ministry_holds_its_states_position() -> None:
    draft = extract(
        "The Ministry of Defence accused Lithuania of provoking the incident.", source=KREMLIN
    )
    assert [(p.holder.name, p.holder.country, p.stance) for p in draft.positions] == [
        ("Russian Defence Ministry", "Russia", "accuse")
    ]


def test_look_alikes_keep_the_state_named_or_the_vocabularys() -> None:
    # News, with no publisher's state: the vocabulary's bare name stands.
    assert movement_actors(
        "The Ministry of Defence said it would send 300 troops to Estonia.", None
    ) == [("United Kingdom", "deploy", "300 troops")]
    # A ministry its state names stays that state's in another state's text, in either
    # spelling.
    for named in ("The Russian Ministry of Defence", "The Russian Ministry of Defense"):
        assert movement_actors(
            f"{named} has moved three battalions to the Pskov region.", KYIV
        ) == [("Russia", "deploy", "three battalions")]
