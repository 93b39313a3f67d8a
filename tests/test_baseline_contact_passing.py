"""Occasions told in passing, as long documents tell them: a dated reciprocal verb with a
means adjunct that says the medium ("when we spoke by telephone on Monday"), and such an
occasion being background, so a later "the next meeting" goes on about the occasion the
document reports. In four surroundings, with look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, contacts

ADDRESS = "Address by President of Ukraine Oleh Bondar"
TALKS = "Russian-Finnish talks"


@pytest.mark.parametrize(
    ("text", "title", "source", "other", "mode"),
    [
        # (a) plain
        (
            "I said this to Prime Minister Anna Lind of Sweden when we spoke by phone on Monday.",
            ADDRESS,
            KYIV,
            "Anna Lind",
            "phone_call",
        ),
        # (b) a fronted adverbial
        (
            "After the summit, I made the same point to Chancellor Klara Voss of Germany when we "
            "spoke by telephone on Friday.",
            ADDRESS,
            KYIV,
            "Klara Voss",
            "phone_call",
        ),
        # (c) the parties named another way: "they", two ministers; another medium
        (
            "Foreign Minister Jana Horvat of Croatia made the point to Foreign Minister Ruta "
            "Jonaite of Lithuania when they spoke by video link on Friday.",
            None,
            None,
            "Ruta Jonaite",
            "video_call",
        ),
        # (d) one clause of two, the other party named in the sentence before
        (
            "I am grateful to Prime Minister Anna Lind of Sweden. When we spoke over the phone "
            "on Thursday, she promised more help for our hospitals.",
            ADDRESS,
            KYIV,
            "Anna Lind",
            "phone_call",
        ),
    ],
)
def test_a_dated_reciprocal_verb_with_a_means_adjunct_takes_its_medium(
    text: str, title: str | None, source: str | None, other: str, mode: str
) -> None:
    ((parties, found_mode, status),) = contacts(text, title, source)
    assert (parties[-1], found_mode, status) == (other, mode, "held")


def test_a_means_adjunct_before_a_party_of_its_own_is_no_reciprocal() -> None:
    # "spoke by phone with the Red Cross": the verb has its own party after the means
    # adjunct, so "we" is not the speaker and the person named before.
    assert (
        contacts(
            "I am grateful to Prime Minister Anna Lind of Sweden. We spoke by phone with the Red "
            "Cross on Thursday.",
            ADDRESS,
            KYIV,
        )
        == []
    )


@pytest.mark.parametrize(
    "told",
    [
        # (a) plain, (b) fronted, (c) the other party by office, (d) after a first clause
        "I told Chancellor Klara Voss of Germany when we spoke on Monday that we are ready.",
        "As I told Chancellor Klara Voss of Germany when we spoke on Monday, we are ready.",
        "I told the Chancellor of Germany when we spoke by telephone on Monday that we are ready.",
        "We are ready, and I said so to Chancellor Klara Voss of Germany when we spoke on Monday.",
    ],
)
def test_a_next_meeting_goes_on_about_the_occasion_reported_not_one_told_in_passing(
    told: str,
) -> None:
    found = contacts(
        "Vladimir Putin: Good afternoon. Today I met with President Anna Berg of Finland. "
        f"{told} I also propose that we hold the next meeting of our commission in April.",
        TALKS,
        KREMLIN,
    )
    assert (["Vladimir Putin", "Anna Berg"], "meeting", "planned") in found
    assert len(found) == 3


def test_with_no_other_occasion_a_later_sentence_goes_on_about_the_one_told_in_passing() -> None:
    # Nothing but the call told in passing was reported: "The call lasted an hour" is its
    # restatement, not a new item.
    found = contacts(
        "I am grateful to Prime Minister Anna Lind of Sweden. When we spoke on Thursday, she "
        "promised more help. The call lasted an hour.",
        ADDRESS,
        KYIV,
    )
    assert found == [(["Oleh Bondar", "Anna Lind"], "other", "held")]


READOUT = "Readout of President Biden's Call with Prime Minister Anna Lind of Sweden"
CALL = "President Joseph R. Biden, Jr. spoke today with Prime Minister Anna Lind of Sweden."


@pytest.mark.parametrize(
    ("told", "agreed"),
    [
        # (a) plain: "briefed X on his conversation with Y"
        (
            "President Biden briefed the Prime Minister on his talk with Chancellor Klara "
            "Voss on Tuesday.",
            "The two leaders agreed to meet in Vilnius this spring.",
        ),
        # (b) a fronted adverbial; "informed her about his meeting"
        (
            "After the update on sanctions, the President informed her about his meeting with "
            "Chancellor Klara Voss in Berlin.",
            "The two leaders agreed to meet in Vilnius this spring.",
        ),
        # (c) the teller by pronoun; "told her about his talks"; "They"
        (
            "He told her about his talks with Chancellor Klara Voss.",
            "They agreed to meet again in Vilnius in May.",
        ),
        # (d) the second clause of two, a postposed "the White House said"
        (
            "The President thanked her, and he updated her on his call with Chancellor Klara "
            "Voss, the White House said.",
            "The leaders agreed to meet in Vilnius in May.",
        ),
    ],
)
def test_an_occasion_a_party_tells_of_is_not_the_one_the_readout_goes_on_about(
    told: str, agreed: str
) -> None:
    found = contacts(f"{CALL} {told} {agreed}", READOUT, "The White House")
    assert found[-1] == (["Joseph R. Biden, Jr.", "Anna Lind"], "meeting", "planned")
    assert (["Joseph R. Biden, Jr.", "Klara Voss"], "meeting", "planned") not in found
