"""A body whose name holds "and" ("the National Security and Defense Council") is one name,
so the official titled with it is one person with one title, not an office and a person
named "Defense Council …"; "and" between two names still parts them. Invented people."""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, extract

from summarise.extraction.backends.baseline.mentions import find_mentions

_TITLE = "Ivan Bondar briefed journalists"
_SECRETARY = "Secretary of the National Security and Defense Council Ivan Bondar"


def _held(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, _TITLE, KYIV).positions]


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain
        f"{_SECRETARY} said Ukraine was not preparing any offensive in Donbas.",
        # (b) after a fronted adverbial
        f"On Monday, {_SECRETARY} said Ukraine was not preparing any offensive in Donbas.",
        # (c) the office alone after the first mention
        f"{_SECRETARY} spoke in Kyiv. Ukraine is not planning any offensive in Donbas, the "
        "Secretary added.",
        # (d) a postposed reporting clause: the statement is his, not its subject's
        f"Ukraine is not planning any offensive in Donbas, {_SECRETARY} said on Monday.",
    ],
)
def test_an_official_titled_by_a_body_named_with_and_holds_his_words(text: str) -> None:
    assert _held(text) == [("Ivan Bondar", "deny")]


def test_the_body_itself_holds_its_decision() -> None:
    text = "The National Security and Defense Council decided to impose sanctions on Russia."
    assert [h for h, _ in _held(text)] == ["National Security and Defense Council of Ukraine"]


def test_and_between_two_names_still_parts_them() -> None:
    text = "President Ivan Bondar and Prime Minister Olena Hnat met the Security Council."
    people = [m.name for m in find_mentions(text) if m.kind == "person"]
    assert people == ["Ivan Bondar", "Olena Hnat"]
