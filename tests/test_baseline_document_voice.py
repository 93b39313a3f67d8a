"""The document's voice (a statement's unattributed sentences are its own) does not take
what another party says or does: a named party with a verb of saying or stance that the
rules cannot place holds nothing; a party's own speech act ("China condemned …") is its
own; a title naming an institution names no person. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

PSAKI = "Statement by Press Secretary Jen Psaki"


def positions(text: str, title: str, source: str) -> list[tuple[str, str]]:
    draft = extract(text, title=title, source=source)
    return [(p.holder.name, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) plain, a White House statement
        (
            "The Head of the National Security Bureau of Taiwan said that China is "
            "preparing to blockade the island.",
            PSAKI,
            WHITE_HOUSE,
        ),
        # (b) another publisher and office, "stated"
        (
            "The Chairman of the Military Committee of the Alliance stated that Russia is "
            "massing troops near Narva.",
            "Statement by the Press Secretary",
            KREMLIN,
        ),
        # (c) a fronted time, a verb of saying to someone
        (
            "Yesterday the Commander of the Joint Forces told reporters that Belarus will "
            "invade Ukraine.",
            "Statement by President Zelenskyy",
            KYIV,
        ),
        # (d) after a sentence the voice holds
        (
            "The United States has imposed sanctions on Russian banks. The Deputy Head of "
            "the Naval Staff of Japan warned that Russia is preparing to attack Hokkaido.",
            PSAKI,
            WHITE_HOUSE,
        ),
    ],
)
def test_an_unplaced_office_saying_is_not_the_voices(text: str, title: str, source: str) -> None:
    assert all(stance != "accuse" for _, stance in positions(text, title, source))


@pytest.mark.parametrize(
    ("text", "title", "source", "expected"),
    [
        ("China condemned the sanctions.", PSAKI, WHITE_HOUSE, ("China", "accuse")),
        (
            "Washington denounced the referendum in Donetsk.",
            "Statement by the Press Secretary",
            KREMLIN,
            ("US government", "accuse"),
        ),
        (
            "On Friday the Hungarian government deplored the decision of the Council.",
            PSAKI,
            WHITE_HOUSE,
            ("Hungarian government", "accuse"),
        ),
        (
            "The United States has imposed new sanctions. Beijing has criticised these sanctions.",
            PSAKI,
            WHITE_HOUSE,
            ("Chinese government", "accuse"),
        ),
    ],
)
def test_another_partys_speech_act_is_its_own(
    text: str, title: str, source: str, expected: tuple[str, str]
) -> None:
    held = positions(text, title, source)
    assert expected in held
    assert held.count(("United States", "accuse")) == 0


def test_conduct_told_of_another_side_stays_the_voices_charge() -> None:
    """Look-alike: an act of conduct ("refuses to talk") is the statement's own charge."""
    assert positions("Russia refuses to talk to Ukraine.", PSAKI, WHITE_HOUSE) == [
        ("United States", "accuse")
    ]


def test_the_voices_own_condemnation_stays_its_own() -> None:
    """Look-alike: "We condemn …" has no named subject of its own."""
    assert positions("We condemn Russia's attack on Ukraine.", PSAKI, WHITE_HOUSE) == [
        ("United States", "accuse")
    ]


@pytest.mark.parametrize(
    ("title", "source", "expected"),
    [
        (
            "Statement by the Ministry of Foreign Affairs",
            "Ministry of Foreign Affairs of Ukraine",
            "Ukraine",
        ),
        ("Statement by the Office of the President", KYIV, "Ukraine"),
        (
            "Statement of the Department of State on Ukraine",
            "U.S. Department of State",
            "United States",
        ),
        ("Statement by the Ministry of Defence on the drills", KREMLIN, "Russia"),
    ],
)
def test_a_statement_by_an_institution_is_its_states(
    title: str, source: str, expected: str
) -> None:
    assert positions("We condemn the recognition of the so-called republics.", title, source) == [
        (expected, "accuse")
    ]


def test_a_statement_by_a_named_minister_keeps_the_minister() -> None:
    """Look-alike: a person's title before a name is read as the person."""
    assert positions(
        "We condemn the recognition of the so-called republics.",
        "Statement by Foreign Minister Dmytro Kuleba",
        "Ministry of Foreign Affairs of Ukraine",
    ) == [("Dmytro Kuleba", "accuse")]


def test_a_list_of_parties_is_one_subject() -> None:
    """ "We, the leaders of A, B, and the United States condemn …": the list's last
    conjunct opens no clause of its own, now that "condemn" voices its subject's stance."""
    holders = positions(
        "We, the leaders of Japan, Canada, Italy, and the United States condemn the attack "
        "on Ukraine.",
        "Joint Statement on Ukraine",
        WHITE_HOUSE,
    )
    assert len(holders) == 1
    assert holders[0][0] != "United States"


def test_a_second_clause_after_a_list_still_reports() -> None:
    """Look-alike of the list guard: a clause of its own after a comma and "and"."""
    assert ("Chinese government", "accuse") in positions(
        "We have imposed sanctions on Russia, and Beijing condemned these sanctions.",
        PSAKI,
        WHITE_HOUSE,
    )


def test_the_voices_own_unnamed_minister_still_speaks_for_it() -> None:
    """Look-alike: an office with no other state or body in its title ("The Defence
    Minister") is the statement's own state's, whose words the voice keeps."""
    held = positions(
        "The Defence Minister said that the Russian demands were unacceptable.",
        "Statement by the Ministry of Defence",
        KYIV,
    )
    assert [holder for holder, _ in held] == ["Ukraine"]
