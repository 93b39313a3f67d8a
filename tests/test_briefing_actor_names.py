"""An actor's name in a briefing's sentence: with "the" where the name is a common noun or an
office without its holder, and one or many (names invented for these tests)."""

from __future__ import annotations

from plain_lines import KING, ref

from summarise.briefing.actor_names import is_plural, named


def test_names_that_are_common_nouns_take_the() -> None:
    assert named(ref("United Kingdom", "state", "United Kingdom")) == "the United Kingdom"
    assert named(ref("EU", "organisation")) == "the EU"
    assert named(ref("Sylvanian government", "government", "Sylvania")) == (
        "the Sylvanian government"
    )
    assert named(ref("President of Sylvania")) == "the President of Sylvania"
    assert named(ref("NATO", "organisation")) == "NATO"
    assert named(ref("Ukraine", "state", "Ukraine")) == "Ukraine"
    assert named(KING) == "Rufus Firefly"


def test_an_office_named_without_its_holder_takes_the() -> None:
    assert named(ref("Polish Foreign Minister")) == "the Polish Foreign Minister"
    assert named(ref("President Firefly")) == "President Firefly"


def test_a_group_named_by_a_plural_noun_or_a_list_is_many() -> None:
    """Look-alikes: a state whose name ends in "s" and a body ending in "ss" are one."""
    assert is_plural(ref("Volunteer brigades", "other"))
    assert is_plural(ref("Freedonia and Sylvania", "other"))
    assert not is_plural(ref("United States", "state"))
    assert not is_plural(ref("Eastern Congress", "organisation"))
    assert not is_plural(KING)
