"""A call dated by its day is a contact's noun, no appeal ("during a video call on Monday");
and a stance whose own subject is the parties together ("in which the leaders committed
to …") is the occasion's outcome, in whoever's clause it stands."""

from __future__ import annotations

from baseline_helpers import WHITE_HOUSE, extract

FACT_SHEET = "Fact Sheet: New Measures on Russia"


def stances(text: str, title: str | None = FACT_SHEET) -> list[tuple[str, str]]:
    source = WHITE_HOUSE if title is not None else None
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


def test_a_call_on_a_weekday_is_no_appeal() -> None:
    text = "The President consulted the leaders of the G7 during a video call on Monday."
    assert stances(text) == []


def test_a_fronted_call_on_a_day_leaves_the_request_after_it() -> None:
    text = (
        "In their call on Tuesday, President Ivan Petrenko asked President Reed for more "
        "air defence systems."
    )
    assert stances(text) == [("Ivan Petrenko", "demand")]


def test_a_call_on_a_date_is_no_appeal_either_way_the_date_is_written() -> None:
    assert stances("The steps were agreed in a phone call on 3 March with Norway.") == []
    assert stances("The steps were agreed in a phone call on March 3 with Norway.") == []


def test_a_call_on_a_day_in_the_first_of_two_clauses_is_no_appeal() -> None:
    text = (
        "The sanctions were coordinated with Norway in a call on Friday, and they take "
        "effect at once."
    )
    assert stances(text) == [("United States", "threaten")]  # the sanctions, not an appeal


def test_the_verb_calls_on_a_party_or_for_a_thing_after_a_day() -> None:
    assert stances("Norway called on Russia to withdraw its troops.", None) == [
        ("Norway", "demand")
    ]
    assert stances("Germany called on Monday for an immediate ceasefire in Ukraine.", None) == [
        ("Germany", "demand")
    ]


def test_a_commitment_of_the_leaders_together_in_a_relative_clause_is_nobodys() -> None:
    text = (
        "These actions build on the President's talks this week, including his video call "
        "with President Macron and Chancellor Voss, in which the leaders committed to keep "
        "raising pressure on Moscow."
    )
    assert stances(text) == []


def test_one_partys_commitment_in_a_relative_clause_is_still_its_own() -> None:
    text = (
        "Prime Minister Jan Kowal of Poland spoke with the President, and Poland committed "
        "to send more field hospitals to Ukraine."
    )
    assert ("Poland", "commit") in stances(text, None)
