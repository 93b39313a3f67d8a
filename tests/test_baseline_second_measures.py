"""A second punitive measure taken after a first with its object, joined by a bare "and", is
an item of its own (the guide: one item per distinct measure): "imposed sanctions on VTB Bank
and froze the assets of six oligarchs" is two commitments, each quoted from its own verb.
The second measure's verb phrase shares its subject's clause, and what it is about, with the
first: it is kept though it names no party itself ("and froze the assets of six
oligarchs"). A noun in -ing before "and" ("on Russian shipping and froze") does not hold the
cut back. Look-alikes: verbs sharing one object ("designate and freeze the yachts", "impose
and enforce sanctions"), a non-finite verb of the second's form before "and" ("by finding
and freezing the assets", "to identify and freeze the assets"), and gerunds after "of" or
"for" in a charge ("accused Kyiv of imposing sanctions … and freezing …": one accusation of
the accuser, the acts being the accused's). In four surroundings: a White House transcript,
a Kremlin readout, a news report with its speaker after the quote, and Kyiv's address.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, positions

_REMARKS = "Remarks by President Reed on Russia"
_MEETING = "Meeting with members of the Government"
_ADDRESS = "Address by the President"


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


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # (a) the second measure names no party, a transcript
        (
            "THE PRESIDENT: Today we imposed sanctions on VTB and froze the assets of six"
            " oligarchs.",
            _REMARKS,
            WHITE_HOUSE,
            ["Today we imposed sanctions on VTB", "froze the assets of six oligarchs."],
        ),
        # (b) the same in Kyiv's address, a pronoun in the second
        (
            "Today we imposed sanctions on forty companies and froze the assets of their owners.",
            _ADDRESS,
            KYIV,
            ["Today we imposed sanctions on forty companies", "froze the assets of their owners."],
        ),
        # (c) a noun in -ing before "and", another day
        (
            "THE PRESIDENT: Yesterday we imposed sanctions on Russian shipping and froze the"
            " accounts of two banks.",
            _REMARKS,
            WHITE_HOUSE,
            [
                "Yesterday we imposed sanctions on Russian shipping",
                "froze the accounts of two banks.",
            ],
        ),
        # (d) a progressive's two verbs: no preposition governs them
        (
            "THE PRESIDENT: We are imposing sanctions on Russian banks and freezing the assets"
            " of Russian oligarchs.",
            _REMARKS,
            WHITE_HOUSE,
            [
                "We are imposing sanctions on Russian banks",
                "freezing the assets of Russian oligarchs.",
            ],
        ),
    ],
)
def test_a_second_measure_naming_nothing_is_kept(
    text: str, title: str, source: str, expected: list[str]
) -> None:
    assert commitments(text, title, source) == expected


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        # a Kremlin readout: "accused … of imposing … and freezing …"
        (
            "The Kremlin accused Kyiv of imposing sanctions on Russian citizens and freezing"
            " their bank accounts.",
            _MEETING,
            KREMLIN,
            ("Russian government", "accuse"),
        ),
        # Kyiv's address, the present: "accuses … of banning … and punishing …"
        (
            "Ukraine accuses Russia of banning Ukrainian books and punishing teachers in"
            " occupied Crimea.",
            _ADDRESS,
            KYIV,
            ("President of Ukraine", "accuse"),
        ),
        # news, the speaker after: "condemned … for banning … and freezing …"
        (
            "Moscow condemned Lithuania for banning Russian trains and freezing the accounts"
            " of Russian firms, Kremlin spokesman Ivan Sorin said.",
            None,
            None,
            ("Russia", "accuse"),
        ),
    ],
)
def test_gerunds_of_one_charge_are_one_accusation(
    text: str, title: str | None, source: str | None, expected: tuple[str, str]
) -> None:
    assert [(h, s) for h, s, _ in positions(extract(text, title, source))] == [expected]


def test_two_infinitives_sharing_one_object_are_one_measure() -> None:
    """Look-alike: "to trace and freeze the yachts" takes one object for both verbs."""
    text = (
        "THE PRESIDENT: We are committed to employing sanctions on Russian elites and helping"
        " our partners to trace and freeze the yachts that oligarchs keep abroad."
    )
    assert len(commitments(text, _REMARKS, WHITE_HOUSE)) == 1
