"""A second punitive measure taken after a first with its object, joined by a bare "and", is
an item of its own (the guide: one item per distinct measure): "imposed sanctions on VTB Bank
and froze the assets of six oligarchs" is two commitments, each quoted from its own verb.
Look-alikes: verbs sharing one object ("designate and freeze the yachts", "impose and enforce
sanctions"), and a gerund before "and" ("by finding and freezing the assets"). In four
surroundings: a White House transcript, a Kremlin readout, a news report with its speaker
after the quote, and Kyiv's address. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

_REMARKS = "Remarks by President Reed on Russia"


def commitments(text: str, title: str | None, source: str | None) -> list[str]:
    """The quote of every commitment of ``text``."""
    draft = extract(text, title, source)
    return [p.evidence[0].quote for p in draft.positions if p.stance == "commit"]


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) a White House transcript: "imposed … and froze …"
        (
            "THE PRESIDENT: Today we imposed sanctions on VTB Bank and froze the assets of six"
            " Russian oligarchs.",
            _REMARKS,
            WHITE_HOUSE,
            [
                "Today we imposed sanctions on VTB Bank",
                "froze the assets of six Russian oligarchs.",
            ],
        ),
        # (b) a Kremlin readout: "will ban … and freeze …"
        (
            "President Sokolov said that Russia will ban the import of cars from Lithuania and"
            " freeze the accounts of Lithuanian firms in Russian banks.",
            "Meeting with members of the Government",
            KREMLIN,
            [
                "President Sokolov said that Russia will ban the import of cars from Lithuania",
                "freeze the accounts of Lithuanian firms in Russian banks.",
            ],
        ),
        # (c) a news report, the speaker after: "will freeze … and prohibit …"
        (
            "The Government of Japan will freeze the assets of Russia's central bank and"
            " prohibit the export of machine tools to Russia, Prime Minister Kenji Sato said.",
            None,
            None,
            [
                "The Government of Japan will freeze the assets of Russia's central bank",
                "prohibit the export of machine tools to Russia",
            ],
        ),
        # (d) Kyiv's address, reported: "will freeze … and ban …"
        (
            "Volodymyr Zelenskyy said Ukraine will freeze the accounts of 40 Russian companies"
            " and ban the entry of their owners into Ukraine.",
            "Address by the President",
            KYIV,
            [
                "Volodymyr Zelenskyy said Ukraine will freeze the accounts of 40 Russian companies",
                "ban the entry of their owners into Ukraine.",
            ],
        ),
    ],
)
def test_a_second_measure_after_a_first_with_its_object_is_its_own_item(
    text: str, title: str | None, source: str | None, expected: list[str]
) -> None:
    found = commitments(text, title, source)
    assert all(quote in found for quote in expected)


@pytest.mark.parametrize(
    "text",
    [
        # verbs sharing one object: the first has none of its own
        "THE PRESIDENT: We will designate and freeze the yachts of Russian oligarchs.",
        "THE PRESIDENT: We will impose and enforce sanctions on Russia's largest banks.",
        # a gerund before "and" shares the object after it
        "THE PRESIDENT: A task force will make our sanctions work by finding and freezing"
        " the assets of Russian oligarchs.",
    ],
)
def test_measures_sharing_one_object_are_one_item(text: str) -> None:
    assert len(commitments(text, _REMARKS, WHITE_HOUSE)) == 1
