"""An earlier occasion of a contact's parties told by its noun: "the previous conversation
between the two leaders was held on December 9", "the exchange of views begun in
their conversation on 3 March". Dated, it is its own held item (the guide: an earlier contact
that names its occasion); undated, or a "conversation" with no determiner setting it apart,
it is the occasion reported. In four surroundings, with look-alikes. Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract

from summarise.extraction.backends.baseline.datafiles import read_data

CALL = "Telephone conversation with President of Finland Anna Berg"
OPENING = "Vladimir Putin had a telephone conversation with President of Finland Anna Berg."


def occasions(text: str, title: str = CALL, source: str = KREMLIN) -> list[tuple[str, str | None]]:
    return [(c.status, c.when) for c in extract(text, title, source).diplomatic_contacts]


@pytest.mark.parametrize(
    ("later", "when"),
    [
        # (a) plain: a determiner of an earlier instance, the noun's own predicate dating it
        (
            "The previous conversation between the two leaders was held on December 9.",
            "on December 9",
        ),
        # (b) a fronted participle clause: the occasion where the exchange began
        (
            "Continuing the exchange launched at their meeting on 3 March, the "
            "Russian leader briefed his colleague on the situation.",
            "on 3 March",
        ),
        # (c) the parties by a possessive, another noun of the class, a passive predicate
        ("Their earlier meeting was held on January 14 in Helsinki.", "on January 14"),
        # (d) the second clause of two
        (
            "The call was useful, and the previous conversation between the presidents took "
            "place on 2 February.",
            "on 2 February",
        ),
    ],
)
def test_a_dated_earlier_occasion_is_its_own_held_contact(later: str, when: str) -> None:
    assert occasions(f"{OPENING} {later}") == [("held", None), ("held", when)]


@pytest.mark.parametrize("determiner", read_data("grammar.toml")["earlier_determiners"])
def test_every_earlier_determiner_sets_a_conversation_apart(determiner: str) -> None:
    # The determiners are read by occasions.py and, before "conversation", by the phone
    # call triggers of lexicon.toml: the two must hold the same words.
    later = f"The {determiner} conversation between the two leaders was held on December 9."
    assert occasions(f"{OPENING} {later}") == [("held", None), ("held", "on December 9")]


def test_an_earlier_occasion_of_a_leader_in_an_address() -> None:
    found = extract(
        "I spoke with Prime Minister Anna Lind of Sweden today. Our previous conversation took "
        "place on March 2.",
        "Address by President of Ukraine Oleh Bondar",
        KYIV,
    ).diplomatic_contacts
    assert [(c.status, c.when) for c in found] == [("held", "today"), ("held", "on March 2")]
    assert [p.name for p in found[1].participants] == ["Oleh Bondar", "Anna Lind"]


def test_an_undated_earlier_occasion_names_none() -> None:
    # The guide: an earlier contact is its own item only when it names its occasion.
    assert occasions(f"{OPENING} Their previous conversation was also frank.") == [("held", None)]


def test_a_conversation_with_no_earlier_determiner_is_the_occasion_reported() -> None:
    # "A difficult conversation took place today" after a next meeting was set: the
    # occasion reported, not a third one.
    assert occasions(
        f"{OPENING} The two leaders agreed to meet in Helsinki next week. A difficult "
        "conversation took place today, the Kremlin said."
    ) == [("held", None), ("planned", "next week")]


def test_a_dated_conversation_with_no_earlier_determiner_is_the_occasion_reported() -> None:
    # Look-alike: "their" sets nothing apart, so the dated noun is the call reported; without
    # the earlier determiner's guard it would be a second call held on 3 March.
    assert occasions(f"{OPENING} Their conversation on 3 March was frank.") == [("held", None)]
