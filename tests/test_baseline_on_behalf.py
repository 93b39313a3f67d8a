"""A speaker who speaks "on behalf of" a party, as the sentence says, voices that party's
words: "Speaking on behalf of the G7, Ambassador X said …" is the G7's position with X as
its voice (`via`), as a spokesperson's words are their principal's. A possessive ("on
behalf of his government") names no party of its own, and the speaker keeps the words.
Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract


def _held(text: str, title: str | None = None, source: str | None = None) -> list[tuple]:
    draft = extract(text, title, source)
    return [(p.holder.name, p.via.name if p.via else None, p.stance) for p in draft.positions]


@pytest.mark.parametrize(
    ("text", "source", "held"),
    [
        # fronted, a news text, the party with its article
        (
            "Speaking on behalf of the European Union, Ambassador Marco Bruni of Italy said "
            "that Russia must withdraw its troops.",
            None,
            ("EU", "Marco Bruni", "demand"),
        ),
        # set off after the subject, another verb
        (
            "Ambassador Marco Bruni of Italy, speaking on behalf of the G7, warned that the G7 "
            "was ready to impose sanctions should Russia attack Ukraine.",
            None,
            ("G7", "Marco Bruni", "threaten"),
        ),
        # a Kyiv readout, a standing group of states
        (
            "Speaking on behalf of the Lublin Triangle, President Jan Kowal of Poland stressed "
            "that Russia must withdraw its troops from the border.",
            KYIV,
            ("Lublin Triangle", "Jan Kowal", "demand"),
        ),
    ],
)
def test_the_party_spoken_for_holds_the_words(
    text: str, source: str | None, held: tuple[str, str, str]
) -> None:
    assert _held(text, "Update", source) == [held]


def test_a_possessive_names_no_party_and_the_speaker_keeps_the_words() -> None:
    text = (
        "Speaking on behalf of his government, Foreign Minister Jan Kowal of Poland said that "
        "Russia must withdraw its troops."
    )
    assert [h for h, _, _ in _held(text)] == ["Jan Kowal"]


def _targeted(text: str) -> list[tuple]:
    draft = extract(text, "Update", None)
    return [
        (*held, p.target.name if p.target else None)
        for held, p in zip(_held(text, "Update"), draft.positions, strict=True)
    ]


@pytest.mark.parametrize(
    ("text", "held"),
    [
        # fronted with no participle
        (
            "On behalf of the European Union, Ambassador Irma Lind promised Kyiv continued "
            "help with its energy grid.",
            ("EU", "Irma Lind", "commit"),
        ),
        # a relative clause set off after the subject
        (
            "Ambassador Irma Lind, who spoke on behalf of the European Union, said that "
            "Moscow must end the blockade of the ports.",
            ("EU", "Irma Lind", "demand"),
        ),
        # a participle phrase closing the sentence
        (
            "Ambassador Irma Lind condemned the shelling of the grain terminals, speaking on "
            "behalf of the European Union.",
            ("EU", "Irma Lind", "accuse"),
        ),
    ],
)
def test_every_shape_of_the_phrase_on_the_subject_gives_the_party_the_words(
    text: str, held: tuple[str, str, str]
) -> None:
    assert _held(text, "Update") == [held]


def test_a_phrase_inside_an_earlier_clause_is_not_on_the_main_subject() -> None:
    # Look-alike: the phrase is on the ambassador of the fronted clause, not on the envoy.
    text = (
        "When Ambassador Irma Lind, speaking on behalf of the European Union, took the floor, "
        "the Russian envoy said that Kyiv must halt its offensive."
    )
    assert [h for h, _, _ in _held(text)] == ["Envoy of Russia"]


def test_a_closing_relative_clause_is_on_the_noun_before_it() -> None:
    # Look-alike: "who spoke on behalf of" closing the sentence is on the ambassador met.
    text = (
        "Foreign Minister Jan Kowal of Poland said that Moscow must end the blockade, after "
        "meeting Ambassador Irma Lind, who spoke on behalf of the European Union."
    )
    assert [h for h, _, _ in _held(text)] == ["Jan Kowal"]


@pytest.mark.parametrize(
    ("text", "targeted"),
    [
        (
            "Speaking on behalf of the Baltic states, Estonian Prime Minister Mari Tamm said "
            "that Moscow must pay for the damage.",
            ("Baltic states", "Mari Tamm", "demand", "Russia"),
        ),
        (
            "Speaking on behalf of NATO, the Polish minister said that the Kremlin must "
            "withdraw its battalions.",
            ("NATO", "Minister of Poland", "demand", "Russian government"),
        ),
        (
            "Acting on behalf of the European Union, the Czech minister urged Moscow to "
            "reopen the corridors.",
            ("EU", "Minister of Czech Republic", "demand", "Russia"),
        ),
    ],
)
def test_the_voice_of_the_party_spoken_for_is_never_the_target(
    text: str, targeted: tuple[str, str, str, str]
) -> None:
    assert _targeted(text) == [targeted]


@pytest.mark.parametrize(
    ("text", "holder", "topic"),
    [
        (
            "Ambassador Irma Lind condemned the shelling of the grain terminals, speaking on "
            "behalf of the European Union.",
            "EU",
            "shelling of the grain terminals",
        ),
        (
            "Ambassador Irma Lind promised the refugees continued shelter, speaking on behalf "
            "of her government.",
            "Irma Lind",
            "refugees continued shelter",
        ),
        (
            "Minister Jan Kowal of Poland said Moscow must reopen the corridors, acting on "
            "behalf of the Lublin Triangle and its partners.",
            "Lublin Triangle",
            "Moscow must reopen the corridors",
        ),
    ],
)
def test_a_phrase_closing_the_sentence_is_never_what_was_said(
    text: str, holder: str, topic: str
) -> None:
    (position,) = extract(text, "Update", None).positions
    assert (position.holder.name, position.topic) == (holder, topic)
