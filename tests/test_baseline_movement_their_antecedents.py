"""Forces named "their", or moved by a "they" in what a speaker perceives ("we see that they
are …"), belong to the other party the text named last (``forces_antecedents``), never to
the speaker who sees them: "The Russian Ministry of Defence says its forces will regroup.
… Some of their units are being drawn back." Where the nearest sentence naming a party
names two, or names one only as a place, no owner. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE
from baseline_helpers import movement_rows as movements

Row = tuple[str, str, str]


@pytest.mark.parametrize(
    ("text", "source", "owned"),
    [
        # (a) a Kyiv interview: the question names the party, the answer says "their"
        (
            "Question: The Russian Ministry of Defence says its forces will now regroup. "
            "Do you believe it?\n\n"
            "Volodymyr Kovalenko: I believe what our scouts report. Yes, some of their units "
            "are being pulled back from the area north of Sumy towards Kursk.",
            KYIV,
            ("Russia", "withdraw", "units"),
        ),
        # (b) a White House transcript, the party named by its army, a present perfect
        (
            "Q: The Belarusian army says it is only training. Is that so?\n\n"
            "THE PRESIDENT: We are watching closely. Their battalions have moved to the border "
            "near Brest.",
            WHITE_HOUSE,
            ("Belarus", "deploy", "battalions"),
        ),
        # (c) a news report: the party named by its general staff, "Yet" opening the clause
        (
            "The Ukrainian General Staff promised restraint on Monday. Yet some of their "
            "brigades are being moved to the contact line.",
            None,
            ("Ukraine", "deploy", "brigades"),
        ),
        # (e) a Kremlin text: the other party named by its capital beside the speaker's own
        (
            "Kiev spoke of peace on Monday while our diplomats waited in Minsk. Now some of "
            "their brigades are being moved to the contact line.",
            KREMLIN,
            ("Ukraine", "deploy", "brigades"),
        ),
        # (d) what a speaker perceives: "we see that they are …", the forces of a passive
        (
            "Volodymyr Kovalenko: The Russian command announced a pause. But we also see that "
            "they are regrouping and that reserves, about ten battalion tactical groups, are "
            "being moved up towards Izium.",
            KYIV,
            ("Russia", "deploy", "about ten battalion tactical groups"),
        ),
    ],
)
def test_their_forces_are_the_party_named_last(text: str, source: str | None, owned: Row) -> None:
    found = movements(text, source)
    assert owned in found
    assert all(actor == owned[0] for actor, _, _ in found)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two parties named in the nearest sentence that names any: "their" may be either
        (
            "Question: Russia and Belarus began joint drills yesterday. What do you see?\n\n"
            "Volodymyr Kovalenko: Some of their units are being pulled back towards Gomel.",
            KYIV,
        ),
        # a news report naming two parties in one sentence
        (
            "Kiev spoke of peace on Monday while Russian diplomats waited in Minsk. Now some "
            "of their brigades are being moved to the contact line.",
            None,
        ),
        # a state named only as a place is no party
        (
            "Question: Is it calm near Belarus tonight?\n\n"
            "Volodymyr Kovalenko: Some of their units are being pulled back towards Gomel.",
            KYIV,
        ),
    ],
)
def test_no_single_party_named_gives_their_forces_no_owner(text: str, source: str | None) -> None:
    assert movements(text, source) == []


def test_the_perceiver_lends_no_owner_to_what_he_sees_of_another() -> None:
    """The perceiver "we" of "we see that they …" is the Kyiv speaker; the forces are the
    other party's."""
    text = (
        "Volodymyr Kovalenko: The Russian command announced a pause. But we also see that "
        "they are regrouping and that reserves are being brought up towards Izium."
    )
    assert all(actor != "Ukraine" for actor, _, _ in movements(text, KYIV))


@pytest.mark.parametrize(
    ("text", "source", "owned"),
    [
        # (a) a Kyiv statement's quotation: "their" after the party named in the sentence before
        (
            '"Russian troops are massing along the Dnipro. We see their ships in the Sea of '
            'Azov," Volodymyr Kovalenko said.',
            KYIV,
            ("Russia", "deploy", "ships"),
        ),
        # (b) a White House transcript: the owner named in the forces' own phrase
        (
            "THE PRESIDENT: Today we see Russian battalions near the Finnish border.",
            WHITE_HOUSE,
            ("Russia", "deploy", "Russian battalions"),
        ),
        # (c) a Kyiv interview: the party the question asked about, "observe"
        (
            "Question: Is Belarus about to join the war?\n\n"
            "Volodymyr Kovalenko: We observe their units near our border, yes, four battalions.",
            KYIV,
            ("Belarus", "deploy", "units"),
        ),
        # (d) a Kremlin text: the other party named by its alliance, "notice"
        (
            "Vladimir Sorin: NATO says its drills are routine. But we notice their warships "
            "off our coast every week.",
            KREMLIN,
            ("NATO", "deploy", "warships"),
        ),
    ],
)
def test_a_presence_perceived_is_the_seen_forces_owners(text: str, source: str, owned: Row) -> None:
    assert owned in movements(text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the perceiver is no owner of forces that name none, nor of "their" with no party
        # named before
        ("THE PRESIDENT: Today we see new battalions near the Finnish border.", WHITE_HOUSE),
        ("Vladimir Sorin: We see some 20 battalions along our western border.", KREMLIN),
        ("Volodymyr Kovalenko: We see their ships out in the Black Sea.", KYIV),
        # what is wished is not perceived
        (
            "THE PRESIDENT: Poland wants to see American troops in Rzeszow.",
            WHITE_HOUSE,
        ),
    ],
)
def test_no_presence_perceived(text: str, source: str) -> None:
    assert movements(text, source) == []


@pytest.mark.parametrize(
    ("text", "source", "owned"),
    [
        # (a) a White House transcript: the party the question asked about, by its capital
        (
            "Q: Is Moscow pulling back?\n\n"
            "THE PRESIDENT: No. Over the weekend, they moved 7,000 more troops to the border.",
            WHITE_HOUSE,
            ("Russia", "deploy", "7,000 more troops"),
        ),
        # (b) a news report: the party named by its ministry, a fronted time adverbial
        (
            "The Belarusian defence ministry denied any plans to attack. On Friday, they moved "
            "two battalions to Brest.",
            None,
            ("Belarus", "deploy", "two battalions"),
        ),
        # (c) a Kyiv address: the state by name, a present perfect
        (
            "Volodymyr Kovalenko: Russia promised a ceasefire in Mariupol. They have brought "
            "2,000 more troops into the city.",
            KYIV,
            ("Russia", "deploy", "2,000 more troops"),
        ),
        # (d) a Kyiv address: the other side by what it is called, fire opened
        (
            "Volodymyr Kovalenko: The occupiers promised a ceasefire in Mariupol. They opened "
            "fire on the route at dawn.",
            KYIV,
            ("Russia", "other", "They opened fire"),
        ),
    ],
)
def test_they_moving_forces_is_the_party_named_last(
    text: str, source: str | None, owned: Row
) -> None:
    assert owned in movements(text, source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # two parties named: "they" may be either, or both
        (
            "Q: Russia and Belarus held talks today. What next?\n\n"
            "THE PRESIDENT: No. Over the weekend, they moved 7,000 more troops to the border.",
            WHITE_HOUSE,
        ),
        # forces named before "they" in the sentence: "they" is those forces, or whoever
        # moves them, not the party named before
        (
            "Vladimir Sorin: The British government says it wants calm. New units arrive every "
            "day, and they are sending them towards Narva.",
            KREMLIN,
        ),
        (
            "Vladimir Sorin: The British government says it wants calm. Fresh battalions arrive "
            "every week, and they have brought more tanks to Estonia.",
            KREMLIN,
        ),
    ],
)
def test_they_with_no_single_party_before_moves_nothing(text: str, source: str) -> None:
    assert movements(text, source) == []
