"""Civilians used as a human shield is a charge by its name, as 'atrocity' and 'war crime'
are (`accuse`): "were deliberately firing from there, using local residents as a
human shield". Said after a verb of saying whose content is otherwise a movement ("moved
artillery into residential neighbourhoods"), the charge is still a position. Each is tested
in a state's readout, with the speaker named as a side, in a quotation, and as the second
clause of two; the look-alike is the charge denied of one's own forces.
Turned into one ("turned the hospitals into human shields"), hidden behind in a news text,
and fronted are charges too; a shield or humans alone charge nobody.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, extract, held_stances, positions

_CALL = "Telephone conversation with the President of France"


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a readout, after a movement the same clause reports
        (
            "Vladimir Putin noted that the militants had moved mortars into a school and were"
            " firing from there, using its pupils as a human shield.",
            _CALL,
            KREMLIN,
            "Vladimir Putin",
        ),
        # (b) the speaker named as a side, the reporting clause after it
        (
            "The so-called volunteer battalions use civilians as human shields in Mariupol,"
            " the Russian side stressed.",
            _CALL,
            KREMLIN,
            "President of Russia",
        ),
        # (c) a minister in a quotation
        (
            "“They fire from apartment blocks and use the residents as human shields,”"
            " Defence Minister Pavel Orlov of Russia said.",
            None,
            None,
            "Pavel Orlov",
        ),
        # (d) the second clause of two, another publisher
        (
            "The talks were long, and the President said that the occupiers were using the"
            " hostages as a human shield.",
            "Address by the President of Ukraine",
            KYIV,
            "President of Ukraine",
        ),
    ],
)
def test_using_civilians_as_a_human_shield_is_a_charge(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, title, source))] == [(holder, "accuse")]


def test_the_charge_denied_of_ones_own_forces_accuses_nobody() -> None:
    """Look-alike: the same words negated of one's own side make no charge."""
    text = "Our forces have never used civilians as a human shield, the Ministry said."
    assert [s for _, s, _ in positions(extract(text, _CALL, KREMLIN))] == []


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A readout's reported speech, the charge in a participle clause.
        (
            "Sergei Lavrov noted that the militants were firing from the schools, using the"
            " pupils as a human shield.",
            KREMLIN,
            [("Sergei Lavrov", "accuse")],
        ),
        # Another publisher and party, the charge as a verb of turning.
        (
            "Olena Marchenko said the occupiers had turned the hospitals of Kherson into human"
            " shields.",
            KYIV,
            [("Olena Marchenko", "accuse")],
        ),
        # A news text, the holder named by the capital, the speaker postposed.
        (
            "Russian troops are hiding among civilians and using them as human shields,"
            " Warsaw said on Monday.",
            None,
            [("Polish government", "accuse")],
        ),
        # The charge fronted, its holder a ministry.
        (
            "As a human shield, the residents of the town were kept in the basement by"
            " Belarusian units, the Lithuanian Foreign Ministry said.",
            None,
            [("Lithuanian government", "accuse")],
        ),
    ],
)
def test_shields_turned_into_or_hidden_behind_are_charged(
    text: str, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text, source=source) == expected


@pytest.mark.parametrize(
    "text",
    [
        # A shield that is no human shield: no charge.
        "Poland said the new air defence systems would serve as a shield for the whole region.",
        # Human rights named, no shield: no charge.
        "Warsaw said it would raise human rights at the summit.",
    ],
)
def test_a_shield_or_humans_alone_charge_nobody(text: str) -> None:
    assert "accuse" not in [stance for _, stance in held_stances(text)]
