"""The one way names are listed in running text, shared by the extraction and the briefing."""

from summarise.phrases.lists import and_joined


def test_one_name_stands_alone() -> None:
    assert and_joined(["Poland"]) == "Poland"


def test_two_names_are_joined_by_and() -> None:
    assert and_joined(["Poland", "Lithuania"]) == "Poland and Lithuania"


def test_three_names_take_commas_and_no_oxford_comma() -> None:
    assert and_joined(("Poland", "Lithuania", "Ukraine")) == "Poland, Lithuania and Ukraine"
