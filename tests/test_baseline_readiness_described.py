"""Readiness for talks whose noun is described, and readiness for whatever comes.

Readiness for talks is `support` (the guide: "there is always room for diplomacy"), also
when a determiner and a word or two describe the talks ("ready for peace talks", "ready for
such a meeting", "open to calm and respectful dialogue", ``[readiness] talks``). No
preposition, word of war or verb of ending or hosting stands between ("ready for the end of
talks", "ready to break off talks", "ready to host a meeting" is one's own service, a pledge).

Readiness for any scenario is a forecast of one's own strength the speaker holds (the
guide's `other`, as "full trust in our ability to defend the country"), not narrative:
"our army is ready for any scenario", "prepared for every eventuality" (``[assessments]``).
Invented sentences, in several surroundings."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kyiv address: "peace talks", the speaker's own state as subject
        (
            "Even after this week's strikes, our state is ready for peace talks on fair terms.",
            "Address by President of Ukraine Volodymyr Zelenskyy",
            KYIV,
            "Volodymyr Zelenskyy",
        ),
        # (b) a news report: reported, "remains ready", "a direct meeting"
        (
            "Foreign Minister Ivan Marchuk said that Ukraine remains ready for a direct "
            "meeting of the two presidents.",
            None,
            None,
            "Ivan Marchuk",
        ),
        # (c) a Kremlin transcript turn: "open to", two described words joined by "and"
        (
            "Sergei Volkov: Russia is still open to calm and respectful dialogue with every "
            "neighbour.",
            "Meeting with members of the Security Council",
            KREMLIN,
            "Sergei Volkov",
        ),
        # (d) a White House briefing: "such a meeting", a condition after it
        (
            "MR. HALE: We are ready for a meeting like that in Vienna, provided the Kremlin "
            "negotiates in good faith.",
            "Press Briefing by National Security Advisor Tom Hale",
            WHITE_HOUSE,
            "Tom Hale",
        ),
    ],
)
def test_readiness_for_described_talks_is_support(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "support") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # the end of talks, with "of" between
        "We are ready for the end of talks that lead nowhere.",
        # war and talks set against each other
        "We are ready for war, not for talks.",
        # ending the talks is no readiness for them
        "We are ready to break off talks if the shelling goes on.",
        # hosting is one's own service, a pledge, as before
        "Ukraine is ready to host a meeting of the two delegations in Lviv.",
    ],
)
def test_readiness_without_talks_favoured_is_not_support(text: str) -> None:
    held = held_stances(text, "Address by President of Ukraine Volodymyr Zelenskyy", KYIV)
    assert ("Volodymyr Zelenskyy", "support") not in held


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a Kyiv address: the army as subject
        (
            "Our army is ready for any scenario, and our people know it.",
            "Address by President of Ukraine Volodymyr Zelenskyy",
            KYIV,
            "Volodymyr Zelenskyy",
        ),
        # (b) a quotation in a news report: "we", the sayer after it
        (
            '"We see every move they make, and we are ready for any scenario," Defence '
            "Minister Petro Savchuk said.",
            None,
            None,
            "Petro Savchuk",
        ),
        # (c) a Kremlin transcript turn: "prepared for every eventuality"
        (
            "Viktor Zubov: The border units are prepared for every eventuality.",
            "Meeting with members of the Security Council",
            KREMLIN,
            "Viktor Zubov",
        ),
        # (d) a White House briefing: "any development of events"
        (
            "MR. HALE: The Polish army on the eastern flank is ready for any development of "
            "events.",
            "Press Briefing by National Security Advisor Tom Hale",
            WHITE_HOUSE,
            "Tom Hale",
        ),
    ],
)
def test_readiness_for_any_scenario_is_an_assessment(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "other") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # readiness for "this": no scenario named
        "Our army is ready for this.",
        # a scenario named, not any: no such assessment
        "Our army is ready for a scenario of that kind.",
    ],
)
def test_readiness_for_no_scenario_is_narrative(text: str) -> None:
    held = held_stances(text, "Address by President of Ukraine Volodymyr Zelenskyy", KYIV)
    assert ("Volodymyr Zelenskyy", "other") not in held
