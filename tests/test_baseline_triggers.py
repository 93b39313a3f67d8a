"""Baseline trigger lexicons: stance, activity, contact mode and status per sentence."""

from __future__ import annotations

import re

import pytest

from summarise.extraction.backends.baseline.extract import extract_draft
from summarise.extraction.backends.baseline.patterns import (
    LexiconPattern,
    category,
    literal_prefixes,
)
from summarise.extraction.backends.baseline.triggers import load_lexicon


def categories(pattern: LexiconPattern, text: str) -> list[str]:
    return [category(m) for m in pattern.finditer(text)]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("Mr Johnson urged Russia to step back.", "demand"),
        ("Nato called on Russia to withdraw.", "demand"),
        ("The Prime Minister insisted on talks.", "demand"),
        ("He warned of a grave risk.", "warn"),
        ("Any incursion would be a tragic miscalculation.", "warn"),
        ("He expressed deep concern about the build-up.", "concern"),
        ("Officials fear an invasion.", "concern"),
        ("Mr Putin accused the US of provocation.", "accuse"),
        ("Mr Putin blamed the West.", "accuse"),
        ("Russia denies any such plan.", "deny"),
        ("Russia threatened retaliation.", "threaten"),
        ("Russia fiercely opposes enlargement.", "oppose"),
        ("The UK stands with Ukraine.", "support"),
        ("Britain pledged more aid.", "commit"),
    ],
)
def test_stance_triggers(text: str, stance: str) -> None:
    assert stance in categories(load_lexicon().stances, text)


def test_wording_that_only_looks_like_a_stance_is_ignored() -> None:
    assert categories(load_lexicon().stances, "It was a show of staunch support.") == ["ignore"]


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("The US will deploy troops.", "deploy"),
        ("It will send 3,000 troops.", "deploy"),
        ("Soldiers will be despatched to Poland.", "deploy"),
        ("Troops have amassed near the border.", "mass"),
        ("A build-up of troops continued.", "mass"),
        ("Troops were put on heightened alert.", "alert"),
        ("8,500 troops are on standby.", "alert"),
        ("Joint drills began.", "exercise"),
        ("RAF jets were scrambled.", "intercept"),
        ("Typhoons intercepted the bombers.", "intercept"),
        ("Russia said it would pull back troops.", "withdraw"),
        ("It authorised the transfer of weapons.", "supply"),
    ],
)
def test_activity_triggers(text: str, activity: str) -> None:
    assert activity in categories(load_lexicon().activities, text)


def test_a_capitalised_name_is_not_a_trigger() -> None:
    assert "alert" not in categories(load_lexicon().activities, "Quick Reaction Alert jets.")


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("They spoke over the phone.", "phone_call"),
        ("He spoke to President Putin.", "phone_call"),
        ("After the phone call, he left.", "phone_call"),
        ("They held a video call.", "video_call"),
        ("She met the minister.", "meeting"),
        ("He visited Kyiv.", "visit"),
        ("Talks resumed in Geneva.", "talks"),
        ("The summit ended.", "summit"),
        ("He wrote to Nato.", "correspondence"),
    ],
)
def test_contact_mode_triggers(text: str, mode: str) -> None:
    assert categories(load_lexicon().contact_modes, text)[0] == mode


def movement(text: str) -> tuple[str, str, str | None]:
    (item,) = extract_draft(text).military_movements
    return item.activity, item.status, item.destination


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The United States announced it will send 3,000 more troops to Poland.",
            ("deploy", "planned", "Poland"),
        ),
        (
            "President Biden has approved the deployment of US troops to Romania.",
            ("deploy", "planned", "Romania"),
        ),
        (
            "Russia has amassed 100,000 troops near the Ukrainian border.",
            ("mass", "ongoing", "near the Ukrainian border"),
        ),
        ("Russian troops are massing near Ukraine.", ("mass", "ongoing", "near Ukraine")),
        ("RAF jets were scrambled to meet the bombers.", ("intercept", "completed", None)),
    ],
)
def test_movement_activity_status_and_destination(
    text: str, expected: tuple[str, str, str | None]
) -> None:
    assert movement(text) == expected


def test_a_conditional_movement_is_no_movement() -> None:
    text = "Some of the new troops could be deployed to Ukraine if Russia invades."
    assert extract_draft(text).military_movements == []


def test_a_conditional_warning_is_a_warn_position() -> None:
    text = 'Mr Johnson said any further Russian incursion would be "a tragic miscalculation".'
    draft = extract_draft(text)
    assert draft.military_movements == []
    assert [(p.holder.name, p.stance) for p in draft.positions] == [("Boris Johnson", "warn")]


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Boris Johnson will speak to Vladimir Putin this weekend.", "planned"),
        ("Boris Johnson spoke to Vladimir Putin this afternoon.", "held"),
        ("Liz Truss has agreed a date to visit Moscow.", "planned"),
        ("Olaf Scholz proposed a meeting with Vladimir Putin.", "proposed"),
        ("Emmanuel Macron cancelled his visit to Moscow.", "cancelled"),
    ],
)
def test_contact_status(text: str, status: str) -> None:
    (contact,) = extract_draft(text).diplomatic_contacts
    assert contact.status == status


def test_a_meeting_within_one_government_is_not_diplomacy() -> None:
    text = "President Biden held a meeting with Defence Secretary Lloyd Austin."
    assert extract_draft(text).diplomatic_contacts == []


def test_fragments_must_start_with_literal_text() -> None:
    assert literal_prefixes("(?:would|will) be") == {"would", "will"}
    assert literal_prefixes("troops?") == {"troop"}
    with pytest.raises(ValueError, match="literal word"):
        LexiconPattern({"warn": [r"\w+ warning"]}, re.IGNORECASE)
