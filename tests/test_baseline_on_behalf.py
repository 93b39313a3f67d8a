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
