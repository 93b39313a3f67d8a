"""A third party's view relayed in a speaker's turn is that party's, or nobody's.

Frames of conviction and of a view held ("are convinced that", "is of the view that", "takes
the view that") and the plural present of the verbs of saying ("the Germans insist that")
give their that-clause to their subject, as "says that" does; the speaker's own frame keeps
it the speaker's. Where the subject is a third person the rules cannot name ("they" with no
antecedent, "our partners", "some governments"), the view is still not the speaker's, and the
clause is nobody's (the guide: a view a speaker attributes to another party is theirs).
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract, held_stances

_TITLE = "Meeting with Foreign Minister Sergei Orlov"
_DEMAND = "Russia must withdraw its troops from the border"


def _said(answer: str) -> list[tuple[str, str]]:
    draft = extract(f"SERGEI ORLOV: {answer}", _TITLE, KREMLIN)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("answer", "holder"),
    [
        # (a) plain
        (f"The Germans are convinced that {_DEMAND}.", "Germany"),
        # (b) after a fronted adverbial
        (f"After the talks in Geneva, the Germans are convinced that {_DEMAND}.", "Germany"),
        # (c) the party named by its capital, and by its side, with the nominal frames
        (f"Berlin takes the view that {_DEMAND}.", "German government"),
        (f"The German side is of the view that {_DEMAND}.", "Germany"),
        # (d) one clause of two
        (f"The Germans are convinced that {_DEMAND}, and the French agree with them.", "Germany"),
        # the plural present of a verb of saying
        (f"The Germans insist that {_DEMAND}.", "Germany"),
    ],
)
def test_a_third_partys_frame_gives_its_view_to_it(answer: str, holder: str) -> None:
    assert _said(answer) == [(holder, "demand")]


def test_the_speakers_own_frame_stays_the_speakers() -> None:
    assert _said(f"We are convinced that {_DEMAND}.") == [("Sergei Orlov", "demand")]


def test_a_frame_without_its_that_clause_is_no_saying() -> None:
    """Look-alike: 'convinced' as the verb of persuading someone, with no that-clause of
    its own, gives nothing to the Germans (without the that-clause the frame would)."""
    assert _said("The Germans convinced the French to send more troops to Lithuania.") == []


@pytest.mark.parametrize(
    "answer",
    [
        # (a) plain: "they" with no antecedent
        f"They insist that {_DEMAND}.",
        # (b) after a fronted adverbial
        f"After the talks in Geneva, they insist that {_DEMAND}.",
        # (c) others named by their relation to the speaker, or by what they are
        f"Our partners are convinced that {_DEMAND}.",
        f"Some governments argue that {_DEMAND}.",
        # (d) one clause of two
        f"They insist that {_DEMAND}, and the date changes every week.",
    ],
)
def test_a_view_of_others_the_rules_cannot_name_is_not_the_speakers(answer: str) -> None:
    assert _said(answer) == []


@pytest.mark.parametrize(
    "answer",
    [
        # "our" own ministry is the speaker's side, not others
        f"Our ministry is convinced that {_DEMAND}.",
        # a parenthesis of saying inside the speaker's own clause
        f"As they say, {_DEMAND}.",
    ],
)
def test_the_speakers_side_and_asides_stay_the_speakers(answer: str) -> None:
    """The guard's bounds: without them these would be nobody's."""
    assert _said(answer) == [("Sergei Orlov", "demand")]


def test_a_spokespersons_he_stays_the_principals() -> None:
    """'He' in a spokesperson's words is often the principal, who speaks through them: only
    'they' with no antecedent is read as others."""
    text = (
        'A Downing Street spokesperson said: "The Prime Minister has been clear. He will '
        'repeat that Russia must step back from the border when he speaks to Moscow."'
    )
    draft = extract(text)
    assert [(p.holder.name, p.stance) for p in draft.positions][-1:] == [
        ("UK government", "demand")
    ]


@pytest.mark.parametrize(
    ("answer", "holder"),
    [
        # (a) plain: the passive of telling, with its agent
        (f"We are told by the Americans that {_DEMAND}.", "United States"),
        # (b) after a fronted adverbial
        (f"For weeks now, we have been told by the Americans that {_DEMAND}.", "United States"),
        # (c) the agent named by its capital, set off by commas; and the impersonal "they" of
        # a capital, its authorities
        (f"We are told every day, by Washington, that {_DEMAND}.", "US government"),
        (f"In Washington they keep repeating that {_DEMAND}.", "US government"),
        # (d) one clause of two
        (
            f"We are told by the Americans that {_DEMAND}, and the date changes every week.",
            "United States",
        ),
    ],
)
def test_what_the_speaker_is_told_by_others_is_theirs(answer: str, holder: str) -> None:
    assert _said(answer) == [(holder, "demand")]


def test_what_the_speaker_is_told_by_no_one_named_is_nobodys() -> None:
    """Look-alike: with no agent the view relayed is still not the speaker's own (read as
    the speaker's words, it would be their demand)."""
    assert _said(f"Now we are told that {_DEMAND}.") == []


def _addressed(text: str) -> list[tuple[str, str]]:
    return held_stances(text, "Address by the President of Ukraine", KYIV)


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # (a) plain: those in a capital who say something are its authorities
        (f"I want to answer those in Washington who say that {_DEMAND}.", "US government"),
        # (b) after a fronted adverbial, the saying carried on
        (
            f"Tonight, I want to answer those in Washington who keep saying that {_DEMAND}.",
            "US government",
        ),
        # (c) the seat of government named, and the hearers of the saying after its verb
        (
            "I want to answer those in the Kremlin who are telling their people that NATO"
            " must withdraw its troops from Poland.",
            "Russian government",
        ),
        # (d) the second clause of two
        (
            f"The sirens sounded again, and I want to answer those in Washington who say that"
            f" {_DEMAND}.",
            "US government",
        ),
    ],
)
def test_what_those_in_a_capital_say_is_its_authorities(text: str, holder: str) -> None:
    assert _addressed(text) == [(holder, "demand")]


def test_those_in_a_place_who_say_nothing_relay_nothing() -> None:
    """Look-alike: a relative clause with no verb of saying is the speaker's own thanks (read
    as a relay it would lose the thanks to the place)."""
    assert _addressed(
        "I want to thank those in Warsaw who opened their homes to our refugees."
    ) == [("President of Ukraine", "support")]


def test_the_impersonal_they_of_a_capital_in_an_address_is_its_authorities() -> None:
    """Out of a transcript turn too: in a head of state's address, in its own voice."""
    text = "In Moscow they keep repeating that NATO must withdraw its troops from Poland."
    assert _addressed(text) == [("Russian government", "demand")]


def test_told_by_no_one_in_an_address_is_nobodys() -> None:
    """Look-alike in the document's voice: read as the address's own words, it would be the
    President's demand."""
    assert _addressed("Now we are told that NATO must withdraw its troops from Poland.") == []
