"""A second object of one cue, its preposition repeated, is a view of its own: "emphasised the
importance of de-escalation and of keeping up dialogue" is two demands, "drew attention to
the continuing shelling and to the blockade" two charges (granularity rule 1: "stressed the
importance of talks and diplomacy, and the need to bring Ukraine into talks" is two
demands). Each object is its own item, quoted from its preposition, with the cue's stance.
Look-alikes: infinitives after "to" ("ready to continue the talks and to meet"), the party a
threat is to ("a threat to Poland and to the Baltic states"), and a preposition repeated
inside the object, not after the cue ("called for the release of A and of B"). Each in four
surroundings: a Kremlin readout, a White House readout, a pronoun in Kyiv's readout, and a
quotation with its speaker after it. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def found(text: str, source: str) -> list[tuple[str, str, str]]:
    """(holder, stance, quote) of every position of ``text``."""
    draft = extract(text, "Telephone conversation", source)
    return [(p.holder.name, p.stance, p.evidence[0].quote) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # (a) a Kremlin readout: two charges after "drew attention to"
        (
            "President Sokolov drew attention to the continued shelling of Gorlovka by"
            " Ukrainian forces and to the blockade of the water supply of Donetsk.",
            KREMLIN,
            [
                (
                    "Sokolov",
                    "accuse",
                    "President Sokolov drew attention to the continued shelling of Gorlovka by"
                    " Ukrainian forces",
                ),
                ("Sokolov", "accuse", "to the blockade of the water supply of Donetsk."),
            ],
        ),
        # (b) a White House readout: two demands after "the importance of"
        (
            "President Biden emphasized the importance of de-escalation and of continued"
            " dialogue between NATO and Russia.",
            WHITE_HOUSE,
            [
                (
                    "Biden",
                    "demand",
                    "President Biden emphasized the importance of de-escalation",
                ),
                (
                    "Biden",
                    "demand",
                    "of continued dialogue between NATO and Russia.",
                ),
            ],
        ),
        # (c) a pronoun in Kyiv's readout: two supports after "in favour of"
        (
            "Volodymyr Zelenskyy had a phone call with Prime Minister Anna Berg of Finland. He"
            " spoke in favour of new sanctions against Russia and of a stronger NATO presence"
            " in the Baltic states.",
            KYIV,
            [
                (
                    "Volodymyr Zelenskyy",
                    "support",
                    "He spoke in favour of new sanctions against Russia",
                ),
                (
                    "Volodymyr Zelenskyy",
                    "support",
                    "of a stronger NATO presence in the Baltic states.",
                ),
            ],
        ),
        # (d) a quotation with its speaker after it, a comma before the second object
        (
            "“We stress the importance of an immediate ceasefire, and of humanitarian corridors"
            " from Mariupol,” Foreign Minister Olena Marchenko of Ukraine said.",
            KYIV,
            [
                ("Olena Marchenko", "demand", "We stress the importance of an immediate ceasefire"),
                (
                    "Olena Marchenko",
                    "demand",
                    "of humanitarian corridors from Mariupol,”"
                    " Foreign Minister Olena Marchenko of Ukraine said.",
                ),
            ],
        ),
    ],
)
def test_a_second_object_after_a_repeated_preposition_is_its_own_item(
    text: str, source: str, expected: list[tuple[str, str, str]]
) -> None:
    assert found(text, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # infinitives after "to": one undertaking
        (
            "Foreign Minister Olena Marchenko of Ukraine said that Ukraine is ready to continue"
            " the talks and to meet the Russian delegation in Istanbul.",
            KYIV,
        ),
        # the party a threat is to, not what is charged
        (
            "President Biden described the Russian build-up as a threat to Poland and to the"
            " Baltic states.",
            WHITE_HOUSE,
        ),
        # a preposition repeated inside the object, not after the cue
        (
            "President Sokolov called for the release of the detained journalists and of the"
            " OSCE observers.",
            KREMLIN,
        ),
        # the cue's own preposition repeated inside its object: the nearer noun takes it
        (
            "President Biden stressed the importance of the territorial integrity of Moldova"
            " and of Georgia.",
            WHITE_HOUSE,
        ),
    ],
)
def test_a_repeated_preposition_that_is_no_second_object_of_the_cue_cuts_nothing(
    text: str, source: str
) -> None:
    assert len(found(text, source)) == 1
