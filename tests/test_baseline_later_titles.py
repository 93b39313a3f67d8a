"""A spokesperson named first and given their office only later, as the subject of the next
verb of saying ("Dmitry Peskov said … . …, the Presidential Press Secretary added."): the
person named is the spokesperson, and what they said is their principal's, via them, as
when the title comes first. Not when the person named did not speak, nor for "a spokesman"
(another official). Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, held_via


@pytest.mark.parametrize(
    ("text", "title", "source", "first"),
    [
        # (a) a Kremlin news item, the office after the next sentence's content
        (
            "Pavel Sorin said the Kremlin was deeply concerned by the Ukrainian build-up near "
            "Donetsk. The troops must be pulled back, the Presidential Press Secretary added.",
            "Pavel Sorin answered journalists' questions",
            KREMLIN,
            ("Russian government", "Pavel Sorin"),
        ),
        # (b) another publisher: a news text, the office naming its state
        (
            "Marta Kowal said on Tuesday that Warsaw firmly rejects Moscow's demands. Poland "
            "will not accept any ultimatum, the Polish government spokeswoman added.",
            None,
            None,
            ("Poland", "Marta Kowal"),
        ),
        # (c) a Kyiv text, the office after a quotation
        (
            'Olena Hrytsenko said that Kyiv welcomes the new sanctions on Russia. "This is the '
            'right step," the Presidential Press Secretary noted.',
            "Olena Hrytsenko answered journalists' questions",
            KYIV,
            ("Ukrainian government", "Olena Hrytsenko"),
        ),
        # (d) another shape: "told reporters that", the office opening the next sentence
        (
            "Pavel Sorin told reporters that the Kremlin opposed any new sanctions. The "
            "Presidential Press Secretary also rejected Western claims of an imminent invasion.",
            "Pavel Sorin answered journalists' questions",
            KREMLIN,
            ("Russian government", "Pavel Sorin"),
        ),
    ],
)
def test_a_spokesperson_titled_later_speaks_for_their_principal(
    text: str, title: str | None, source: str | None, first: tuple[str, str]
) -> None:
    assert held_via(text, title, source)[0] == first


def test_a_person_who_did_not_speak_is_not_the_spokesperson() -> None:
    # Look-alike: the head chaired a meeting; the press secretary who spoke is another.
    text = (
        "Vladimir Orlov chaired a meeting of the Security Council. The Presidential Press "
        "Secretary later told reporters that the meeting had discussed the situation in "
        "Donbass. Vladimir Orlov said Russia supports dialogue with Ukraine."
    )
    assert held_via(text, "Meeting of the Security Council", KREMLIN) == [("Vladimir Orlov", None)]


def test_a_spokesman_is_another_official() -> None:
    # Look-alike: "a Kremlin spokesman" is someone else than the person named before.
    text = (
        "Pavel Sorin said the Kremlin opposed any new sanctions. A Kremlin spokesman later "
        "said Russia would respond."
    )
    held = held_via(text, "Pavel Sorin answered journalists' questions", KREMLIN)
    assert held[0] == ("Pavel Sorin", None)
