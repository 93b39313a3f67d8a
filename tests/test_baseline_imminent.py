"""A hostile act foretold as possible at any moment warns of it (CAMEO 012, pessimistic
forecast; the guide: a military action that "could" come is a warning): "an invasion could
come at any time", "an attack could begin at any time", "he could do it within days". The
act or its doer stands before the modal, and the moment is left open after the verb: a
decision that could come at any time is no act of war, and what forces "can" do is a
capacity, not a forecast. "It" and "that" warn only where an act of war or forces are
named for them to stand for: before them in the sentence, in the sentence before, or in
the question a transcript turn answers ("Is there a date for an invasion?")."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, held_stances

_WH_TITLE = "Press Briefing by Press Secretary Ann Hall"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House briefing: the act named, "at any time"
        (
            "MS. HALL: I won\u2019t give you a date. What I can say is that an invasion could "
            "start at any time.",
            _WH_TITLE,
            WHITE_HOUSE,
            "United States",
        ),
        # (b) a Kyiv briefing: the doer the troops, "within days"
        (
            "Minister Taras Hrin: The Russian troops could cross the border within days.",
            "Briefing by the Minister of Defence",
            KYIV,
            "Taras Hrin",
        ),
        # (c) a Kremlin transcript: the doer an army in a relative clause, "on short notice"
        (
            "Oleg Petrov: Across the border stands an army that could move in on short notice.",
            "Meeting with permanent members of the Security Council",
            KREMLIN,
            "Oleg Petrov",
        ),
        # (d) a news report quoting a minister: "an offensive might begin any day now"
        (
            'Foreign Minister Ida Lund of Sweden said: "A new offensive might begin any day '
            'now in the east."',
            None,
            None,
            "Ida Lund",
        ),
    ],
)
def test_a_hostile_act_foretold_at_any_moment_warns(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert (holder, "warn") in held_stances(text, title, source)


@pytest.mark.parametrize(
    "text",
    [
        # a decision, no act of war
        "MS. HALL: Moscow\u2019s decision on the gas contract could come at any time.",
        # a capacity, not a forecast
        "MS. HALL: NATO\u2019s rapid response forces can move in on short notice.",
    ],
)
def test_no_warning_without_an_act_foretold(text: str) -> None:
    assert ("United States", "warn") not in held_stances(text, _WH_TITLE, WHITE_HOUSE)


_OPENING = "THE PRESIDENT: Good morning. We stand with Ukraine.\n\n"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a White House transcript: the question answered names the invasion
        (
            _OPENING + "Q Is there a date for an invasion?\n\nTHE PRESIDENT: I think it could "
            "happen at any time.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
            "Reed",
        ),
        # (b) a statement: the sentence before names the attack
        (
            "We see the danger of an attack. It could come at any time.",
            "Statement by President Dana Reed",
            WHITE_HOUSE,
            "Dana Reed",
        ),
        # (c) a Kremlin transcript turn: the offensive named before "it" in its sentence
        (
            "Dmitry Orlov: Kyiv is preparing an offensive in Donbas, and it could begin at any "
            "moment.",
            "Meeting with Foreign Minister Dmitry Orlov",
            KREMLIN,
            "Dmitry Orlov",
        ),
        # (d) a Kyiv address, a plural act and "might", the speaker named after
        (
            "Russia has massed units for assaults on Kharkiv. It might start within days, the "
            "President said.",
            "Address by President Olena Marchuk",
            KYIV,
            "Olena Marchuk",
        ),
    ],
)
def test_it_could_come_at_any_time_warns_of_the_act_named(
    text: str, title: str, source: str, holder: str
) -> None:
    assert (holder, "warn") in held_stances(text, title, source)


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a statement: a reply awaited
        (
            "We sent our written answer to Moscow last week and are waiting for a reply. It "
            "could come at any time.",
            "Statement by President Dana Reed",
            WHITE_HOUSE,
        ),
        # (b) a White House transcript: the question answered is about talks
        (
            _OPENING + "Q Is there a date for the next round of talks?\n\nTHE PRESIDENT: I "
            "think it could happen at any time.",
            "Remarks by President Reed on Ukraine",
            WHITE_HOUSE,
        ),
        # (c) a Kremlin transcript turn: an answer asked for
        (
            "Dmitry Orlov: We have asked Washington for a written answer. It could come at any "
            "moment.",
            "Meeting with Foreign Minister Dmitry Orlov",
            KREMLIN,
        ),
        # (d) a Kyiv address: a convoy in the same sentence
        (
            "The humanitarian convoy is loaded at the border, and it could start within hours, "
            "the President said.",
            "Address by President Olena Marchuk",
            KYIV,
        ),
    ],
)
def test_it_could_come_at_any_time_with_no_act_named_is_no_warning(
    text: str, title: str, source: str
) -> None:
    # guard: without ``imminent_acts`` each of these is a warning about nothing of war
    assert not [h for h, s in held_stances(text, title, source) if s == "warn"]
