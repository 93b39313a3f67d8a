"""A party's decision or voiced stance named inside another party's clause is that party's
position too (the guide: views a speaker attributes to others are those others' positions;
`commit` once decided; assistance offered is `support`), beside the clause's own thanks,
welcome, rejection or denial. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract, positions


@pytest.mark.parametrize(
    ("sentence", "decided"),
    [
        (
            "Slovak President Ivan Kral thanked Chancellor Anna Berg for Austria's decision to "
            "close its airspace to Russian aircraft.",
            ("Austria", "commit", "close its airspace to Russian aircraft"),
        ),
        (
            "Slovak President Ivan Kral welcomed Poland's decision to send additional "
            "humanitarian aid to Ukraine.",
            ("Poland", "support", "send additional humanitarian aid to Ukraine"),
        ),
        (
            # A decision not to act is decided too; "the Prime Minister for Vienna's" is a
            # title and then the possessor, not one title.
            "Slovak President Ivan Kral thanked the Austrian Prime Minister for Vienna's "
            "decision not to allow the transit of tanks across Austria.",
            ("Austria", "commit", "allow the transit of tanks across Austria"),
        ),
    ],
)
def test_anothers_decision_is_its_own_position_beside_the_thanks(
    sentence: str, decided: tuple[str, str, str]
) -> None:
    found = positions(extract(sentence))
    assert [(h, s) for h, s, _ in found] == [("Ivan Kral", "support"), decided[:2]]
    assert found[1] == decided


def test_ones_own_sides_decision_is_the_clauses_alone() -> None:
    sentence = "Slovak President Ivan Kral welcomed our decision to send aid."
    assert [h for h, _, _ in positions(extract(sentence))] == ["Ivan Kral"]


def _others(
    text: str, source: str | None = None, title: str = "Statement on the situation"
) -> list[tuple[str, str]]:
    """(holder, stance) of the positions held by a state, not the speaker."""
    draft = extract(text, title, source)
    return [(h, s) for h, s, _ in positions(draft) if h in ("Russia", "Poland")]


# The construction: a named party's possessive and a noun of a stance it voiced (a demand,
# an assurance, a charge), inside the speaker's clause, in the four surroundings.
@pytest.mark.parametrize(
    ("text", "voiced"),
    [
        # (a) plain
        (
            "Slovak President Ivan Kral said Moscow's ultimatum that Kyiv cede the Donbas "
            "region was unacceptable.",
            [("Russia", "demand")],
        ),
        (
            "Slovak President Ivan Kral denounced as a fabrication Moscow's claims that Poland "
            "is hiding chemical weapons.",
            [("Russia", "accuse")],
        ),
        # (b) after a fronted adverbial
        (
            "On Tuesday, Slovak President Ivan Kral said Russia's allegation that Poland is "
            "arming militants in Belarus was an absurd provocation.",
            [("Russia", "accuse")],
        ),
        # (c) the speaker as a pronoun after a first mention; the state by its capital
        (
            "Slovak President Ivan Kral spoke in Bratislava. He said Warsaw's assurances that "
            "Poland will keep its border open to refugees deserved full support.",
            [("Poland", "commit")],
        ),
        # (d) postposed reporting clause; two clauses of one sentence
        (
            "Moscow's ultimatum that Kyiv cede the Donbas region is unacceptable, Slovak "
            "President Ivan Kral said.",
            [("Russia", "demand")],
        ),
        (
            "Slovak President Ivan Kral welcomed Warsaw's assurances that Poland will keep "
            "its border open, and he rejected Moscow's claims that Poland is hiding weapons.",
            [("Poland", "commit"), ("Russia", "accuse")],
        ),
    ],
)
def test_anothers_voiced_stance_is_its_own_position(
    text: str, voiced: list[tuple[str, str]]
) -> None:
    assert _others(text) == voiced


@pytest.mark.parametrize(
    "text",
    [
        # A claim about the claimant's own conduct charges nobody.
        "Slovak President Ivan Kral said Moscow's claims that Russian troops are leaving "
        "Belarus were false.",
        # Asked for, not voiced: the request is the speaker's.
        "Slovak President Ivan Kral pressed for Poland's support for the grain corridor.",
        # A pronoun's or one's own side's stance stays the clause's.
        "Slovak President Ivan Kral said its ultimatum that Kyiv cede territory was unacceptable.",
    ],
)
def test_look_alikes_give_no_position_of_another(text: str) -> None:
    """Only the speaker's own position is made."""
    found = positions(extract(text, "Statement on the situation"))
    assert [h for h, _, _ in found] == ["Ivan Kral"]


def test_a_spokesperson_of_an_unknown_side_may_voice_her_bodys_stance() -> None:
    """Whose side a person named with no state is on cannot be told: "the OSCE's
    commitment" may be her own body's, and stays her clause's."""
    text = "Secretary General Helga Brandt reiterated the OSCE's commitment to the mission."
    assert [h for h, _, _ in positions(extract(text))] == ["Helga Brandt"]


def test_a_voiced_stance_in_a_documents_own_voice() -> None:
    text = (
        "Good evening, Ukrainians! Moscow's allegation that Poland is hiding weapons is yet "
        "another provocation."
    )
    assert _others(text, KYIV, "Address by the President of Ukraine") == [("Russia", "accuse")]
