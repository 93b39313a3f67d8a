"""Clauses with a stance word that hold no view: the holder's own plan or offer to meet (a
contact, planned or proposed: the guide's "an offer to meet at a named place is
`proposed`"), and manners (congratulations on a day, thanks for kind words). Beside each,
the look-alike that stays a position. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


@pytest.mark.parametrize(
    ("sentence", "contact"),
    [
        (
            "Slovak President Ivan Kral plans to meet Lithuanian President Marta Vaitkus in "
            "Riga on Friday.",
            ("meeting", "planned"),
        ),
        (
            "Moldovan President Ana Rusu has offered to meet Slovak President Ivan Kral in Vienna.",
            ("meeting", "proposed"),
        ),
        (
            "Moldovan President Ana Rusu proposed to meet Slovak President Ivan Kral in Vienna.",
            ("meeting", "proposed"),
        ),
        (
            "Moldovan President Ana Rusu will hold a phone conversation with Slovak President "
            "Ivan Kral on Monday.",
            ("phone_call", "planned"),
        ),
    ],
)
def test_ones_own_plan_or_offer_to_meet_is_the_contact_not_a_position(
    sentence: str, contact: tuple[str, str]
) -> None:
    draft = extract(sentence)
    assert positions(draft) == []
    assert [(c.mode, c.status) for c in draft.diplomatic_contacts] == [contact]


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # A request of another party stays a demand.
        ("Latvia called for a meeting of the UN Security Council.", "demand"),
        # Readiness to meet is a stance on the meeting: readiness for talks favours them
        # (``[readiness]``), support.
        (
            "Moldovan President Ana Rusu said she was ready to meet Slovak President Ivan Kral.",
            "support",
        ),
        # Meeting no party: a pledge.
        ("Kyiv said Ukraine is determined to meet all the criteria for membership.", "commit"),
        ("Moldovan President Ana Rusu has offered to meet the costs of the mission.", "commit"),
        # Another party's plan is an accusation.
        ("Moldovan President Ana Rusu said Russia plans to attack Moldova.", "accuse"),
    ],
)
def test_a_request_readiness_or_anothers_plan_stays_a_position(sentence: str, stance: str) -> None:
    assert [s for _, s, _ in positions(extract(sentence))] == [stance]


@pytest.mark.parametrize(
    "sentence",
    [
        "Slovak President Ivan Kral congratulated Lithuanian President Marta Vaitkus on her "
        "country's Independence Day.",
        "Moldovan President Ana Rusu congratulated her colleague on his birthday.",
        "Moldovan President Ana Rusu thanked the Slovak President for his warm greetings.",
        "Slovak President Ivan Kral thanked her for the kind words.",
        # thanks for the talks held, the day's named before them
        "Croatian Prime Minister Luka Horvat thanked Chancellor Helga Sommer warmly for "
        "yesterday's productive meeting.",
        "Moldovan President Ana Rusu thanked her colleague for the constructive talks.",
    ],
)
def test_congratulations_on_a_day_and_thanks_for_words_are_manners(sentence: str) -> None:
    assert positions(extract(sentence)) == []


def test_thanks_for_a_stance_taken_in_talks_stay_support() -> None:
    """Look-alike: thanks for the other side's support, not for the talks themselves."""
    sentence = "Slovak President Ivan Kral thanked President Vaitkus for her support of Ukraine."
    assert [s for _, s, _ in positions(extract(sentence))] == ["support"]


def test_congratulations_on_a_deed_stay_support() -> None:
    sentence = "Moldovan President Ana Rusu congratulated Ukraine on its brave defence of Kharkiv."
    assert [s for _, s, _ in positions(extract(sentence))] == ["support"]


def test_declining_to_preview_withholds_a_remark_and_rejects_nothing() -> None:
    assert (
        positions(extract("Spokesman Petr Hajek declined to preview the minister's schedule."))
        == []
    )


def test_backing_before_for_is_a_noun_of_the_holders_side_not_a_participle() -> None:
    sentence = (
        "Moldovan Prime Minister Ana Rusu voiced Moldova's firm backing for Georgia's independence."
    )
    assert [s for _, s, _ in positions(extract(sentence))] == ["support"]
