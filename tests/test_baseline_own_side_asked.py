"""A speaker asking someone of their own side in the room ("Sergei Ivanovich, I ask you to
prepare …") gives an instruction, no position; asked of the other side of an exchange it
is a demand."""

from __future__ import annotations

from baseline_helpers import KREMLIN, KYIV, extract

MEETING = "Meeting with Defence Minister Pavel Orlov"
OPENING = (
    "Vladimir Putin held a working meeting with Defence Minister Pavel Orlov.\n\n"
    "Defence Minister Pavel Orlov: Mr President, the exercise in the Pskov region has "
    "been completed.\n\nVladimir Putin: "
)
REPLY = "prepare our reply to the Americans on security guarantees"


def demands(text: str, title: str = MEETING, source: str = KREMLIN) -> list[tuple[str, str]]:
    return [
        (p.holder.name, p.topic)
        for p in extract(text, title, source).positions
        if p.stance == "demand"
    ]


def test_an_instruction_to_ones_own_minister_is_no_demand() -> None:
    text = OPENING + f"Pavel Nikolayevich, I ask you to {REPLY} by Friday."
    assert demands(text) == []


def test_after_a_fronted_clause_the_instruction_is_still_no_demand() -> None:
    text = OPENING + f"When the exercise ends, I would ask you to {REPLY}."
    assert demands(text) == []


def test_the_same_instruction_with_we_as_the_speaker_is_no_demand() -> None:
    text = OPENING + f"Thank you. We also ask you to {REPLY}."
    assert demands(text) == []


def test_an_instruction_in_the_second_clause_of_a_sentence_is_no_demand() -> None:
    text = OPENING + f"The exercise went well, and I ask you to {REPLY}."
    assert demands(text) == []


def test_asking_the_other_side_of_an_exchange_is_a_demand() -> None:
    text = (
        "Volodymyr Zelenskyy held talks with President of Slovakia Tomas Novak.\n\n"
        "President of Slovakia Tomas Novak: We stand with Ukraine.\n\n"
        "Volodymyr Zelenskyy: Mr President, I ask you to press Moscow for a ceasefire in Donbas."
    )
    found = demands(text, "Talks with the President of Slovakia", KYIV)
    assert [h for h, _ in found] == ["Volodymyr Zelenskyy"]
