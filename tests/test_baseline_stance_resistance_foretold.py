"""Resistance pledged after a condition that opens its clause is a warning: "If their troops
cross our border, we will defend our soil" promises no harm to the other side beyond one's
own ground, a consequence foretold (the guide, round 12: respond, retaliate → `threaten`;
defend, resist, protect → `warn`). The condition names the conduct warned of, so it is the
topic, and its party the target. The verb decides whatever the condition's place, so an
if-clause right after the pledge counts too ("Ukraine will defend its land if their brigades
cross"); a condition of another kind there, an if-clause of another clause, or a pledge of
another kind stays a commitment.
"""

from __future__ import annotations

import pytest
from baseline_helpers import extract


def _read(text: str) -> list[tuple[str, str, str, str | None]]:
    return [
        (p.holder.name, p.stance, p.topic, p.target.name if p.target else None)
        for p in extract(text).positions
    ]


_WARNED = ("Olena Marchuk", "warn", "Belarusian brigades cross the border", "Belarus")


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        "Ukrainian President Olena Marchuk said that if Belarusian brigades cross the border, "
        "Ukraine will defend its land.",
        # (b) after a fronted adverbial
        "On Friday, Ukrainian President Olena Marchuk said that if Belarusian brigades cross "
        "the border, Ukraine will defend its land.",
        # (c) a pronoun after a first mention, and the other verb of the class
        "Ukrainian President Olena Marchuk spoke in Lviv. She said that if Belarusian brigades "
        "cross the border, Ukraine will protect every village.",
    ],
)
def test_resistance_after_a_condition_is_a_warning(text: str) -> None:
    assert _read(text) == [_WARNED]


@pytest.mark.parametrize(
    "text",
    [
        # (e) the if-clause after the pledge, in the same clause (the guide: the verb
        # decides, whatever the condition's place)
        "Ukrainian President Olena Marchuk said Ukraine will defend its land if Belarusian "
        "brigades cross the border.",
        # (f) the same in a quotation, the other verb of the class
        '"We will protect every village if Belarusian brigades cross the border," Ukrainian '
        "President Olena Marchuk said.",
    ],
)
def test_resistance_before_an_if_clause_is_a_warning(text: str) -> None:
    assert [(h, s) for h, s, _, _ in _read(text)] == [("Olena Marchuk", "warn")]


def test_an_if_clause_after_a_second_pledge_leaves_the_first_unconditioned() -> None:
    # Look-alike: the restraint before "but" is no force promised; the if-clause is the
    # second pledge's.
    text = (
        "Ukrainian President Olena Marchuk said Ukraine will not respond to provocations, "
        "but will protect its villages if Belarusian brigades cross the border."
    )
    assert [s for _, s, _, _ in _read(text)] == ["commit", "warn"]


def test_resistance_after_a_condition_quoted_and_postposed() -> None:
    # (d) a quotation with a postposed "…, X said", in the first person.
    text = (
        '"If Belarusian brigades cross the border, we will defend our land," Ukrainian '
        "President Olena Marchuk said."
    )
    assert _read(text) == [_WARNED]


def test_resistance_after_a_condition_as_one_clause_of_two() -> None:
    # (d) the first of two coordinated main clauses; the second keeps its own stance.
    text = (
        "Ukrainian President Olena Marchuk said that if Belarusian brigades cross the border, "
        "Ukraine will defend its land, and Kyiv will ask its partners for help."
    )
    assert _read(text)[0] == _WARNED
    assert [stance for _, stance, _, _ in _read(text)][1:] == ["demand"]


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        # A condition after the pledge that is no if-clause: nothing supposed.
        (
            "Ukrainian President Olena Marchuk said Ukraine will defend its land whatever "
            "Belarusian brigades do at the border.",
            "commit",
        ),
        # A pledge of another kind after the condition: no resistance foretold.
        (
            "Ukrainian President Olena Marchuk said that if Belarusian brigades cross the "
            "border, Ukraine will provide shelter to their deserters.",
            "commit",
        ),
        # A response after the condition stays a threat.
        (
            "Ukrainian President Olena Marchuk said that if Belarusian brigades cross the "
            "border, Ukraine will respond with all its forces.",
            "threaten",
        ),
    ],
)
def test_a_pledge_not_after_a_condition_or_not_of_resistance_is_unchanged(
    text: str, stance: str
) -> None:
    assert [s for _, s, _, _ in _read(text)] == [stance]
