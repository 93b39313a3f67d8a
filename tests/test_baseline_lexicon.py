"""The lexicon's classes are the schema's values, checked when the data is read."""

from __future__ import annotations

import copy
import re

import pytest

from summarise.extraction.backends.baseline.datafiles import read_data
from summarise.extraction.backends.baseline.lexicon import check_classes, load_lexicon


def test_the_shipped_lexicon_names_only_schema_values() -> None:
    check_classes(read_data("lexicon.toml"))


@pytest.mark.parametrize(
    ("table", "name", "message"),
    [
        ("stances", "condemn", "[stances] names no stance 'condemn'"),
        ("activities", "shelling", "[activities] names no activity 'shelling'"),
        ("contact_modes", "phonecall", "[contact_modes] names no contact mode 'phonecall'"),
        ("force_nouns", "tanks", "[force_nouns] names no quantity unit 'tanks'"),
    ],
)
def test_a_class_the_schema_lacks_fails_on_reading_not_on_a_later_article(
    table: str, name: str, message: str
) -> None:
    data = copy.deepcopy(read_data("lexicon.toml"))  # the parsed file is shared, cached
    data[table][name] = ["condemn(?:s|ed)?"]
    with pytest.raises(ValueError, match=re.escape(message)):
        check_classes(data)


def test_the_forces_placed_are_written_once_and_read_by_every_verb_of_placing() -> None:
    """``{placed}`` in ``[activities]`` stands for ``[forces] placed``: no fragment keeps the
    mark once compiled, and a noun added to the data reaches every verb that reads it."""
    data = read_data("lexicon.toml")
    readers = [f for fs in data["activities"].values() for f in fs if "{placed}" in f]
    assert len(readers) >= 4
    assert "{placed}" not in load_lexicon().activities.full.pattern
    scan = load_lexicon().activities.full
    assert scan.search("Ruritania surges fresh battalions to the frontier") is not None
    assert scan.search("The grid surges every winter") is None
