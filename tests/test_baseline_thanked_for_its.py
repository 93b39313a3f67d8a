"""A party thanked or praised "for its" stance: "thanked Japan for its consistent support of
…" is the speaker's thanks and Japan's support, as "thanked Scholz for Germany's decision
to …" is Germany's decision (``stances_named``). The possessive pronoun stands for the party
just thanked. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions


def _held(text: str, source: str | None) -> list[tuple[str, str]]:
    return [(holder, stance) for holder, stance, _ in positions(extract(text, None, source))]


@pytest.mark.parametrize(
    ("text", "source", "party", "stance"),
    [
        # (a) plain, a state thanked by its name
        (
            "President Volodymyr Zelenskyy thanked Norway for its consistent support of the "
            "sovereignty of Ukraine.",
            KYIV,
            "Norway",
            "support",
        ),
        # (b) after a fronted phrase, the party named as its government
        (
            "On Tuesday, President Volodymyr Zelenskyy thanked the Norwegian government for its "
            "unwavering support for the territorial integrity of Ukraine.",
            KYIV,
            "Norwegian government",
            "support",
        ),
        # (c) another publisher and party, in the speaker's own words, "their"
        (
            "President Joe Biden thanked the Dutch government for their commitment to the "
            "defence of the Baltic states.",
            WHITE_HOUSE,
            "Dutch government",
            "commit",
        ),
        (
            "Vladimir Putin thanked Kazakhstan for its support of the Russian proposals on "
            "security guarantees.",
            KREMLIN,
            "Kazakhstan",
            "support",
        ),
        # (d) one clause of two, postposed source; and a quotation
        (
            "The President called for tougher sanctions and thanked Norway for its commitment "
            "to the defence of Ukraine, Zelenskyy's office said.",
            KYIV,
            "Norway",
            "commit",
        ),
        (
            "“We thank Georgia for its consistent support of the sovereignty of Ukraine,” "
            "President Volodymyr Zelenskyy said.",
            KYIV,
            "Georgia",
            "support",
        ),
    ],
)
def test_the_party_thanked_for_its_stance_holds_it(
    text: str, source: str, party: str, stance: str
) -> None:
    held = _held(text, source)
    assert (party, stance) in held
    assert any(h != party and s == "support" for h, s in held)  # the thanks: the speaker's


@pytest.mark.parametrize("verb", ["pressed", "appealed to", "called on"])
def test_a_party_pressed_for_its_support_has_given_none(verb: str) -> None:
    """Asked for, not yet given: the request is the speaker's demand only."""
    held = _held(
        f"President Volodymyr Zelenskyy {verb} Norway for its support of the sanctions against "
        "Russia.",
        KYIV,
    )
    assert held == [("Volodymyr Zelenskyy", "demand")]


def test_a_party_asked_for_its_support_has_given_none() -> None:
    """The party inside the request's own words ("asked Norway for"): not thanked."""
    held = _held(
        "President Volodymyr Zelenskyy asked Norway for its support of the sovereignty of Ukraine.",
        KYIV,
    )
    assert held == [("Volodymyr Zelenskyy", "demand")]


def test_thanks_for_what_is_no_stance_make_no_position_of_the_party() -> None:
    assert (
        _held(
            "President Volodymyr Zelenskyy thanked Norway for its hospitality during the visit.",
            KYIV,
        )
        == []
    )


def test_the_speakers_own_side_thanked_is_no_other_party() -> None:
    held = _held(
        "President Joe Biden thanked the US Congress for its support of Ukraine.", WHITE_HOUSE
    )
    assert held == [("Joe Biden", "support")]


def test_a_stance_with_nothing_after_it_before_the_comma_names_no_position() -> None:
    """ "for its support, the ministry said": the support names no object; the reporting
    clause after the comma is no topic."""
    held = _held(
        "Moldova welcomed the decision and thanked Romania for its support, the ministry said.",
        None,
    )
    assert ("Romania", "support") not in held
