"""An executive department named by its field once the article has named it in full: "The
Department of the Treasury is designating … Treasury is also blocking …" (the usage of US
fact sheets: "Treasury", "Commerce"). The short name holds the department's acts, as the
full name does. In four surroundings, with look-alikes. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import WHITE_HOUSE, extract, held_stances


@pytest.mark.parametrize(
    ("text", "title", "source", "holder"),
    [
        # (a) a fact sheet, "Treasury" in the next sentence
        (
            "The Department of the Treasury is designating 11 Russian defense firms. Treasury "
            "is also blocking the assets of 11 oligarchs close to the Kremlin.",
            "Fact Sheet",
            WHITE_HOUSE,
            "US Department of the Treasury",
        ),
        # (b) another department, a later paragraph
        (
            "The Department of Commerce is adding 23 Russian entities to the Entity List.\n\n"
            "Commerce is also expanding its export restrictions on Russia's oil refineries.",
            "Fact Sheet",
            WHITE_HOUSE,
            "US Department of Commerce",
        ),
        # (c) a news text: the department's own saying, then its act by the short name
        (
            "The US Department of the Treasury said on Monday it was sanctioning three Russian "
            "banks. Treasury is also blocking the assets of Sovcomflot, the shipping company.",
            None,
            None,
            "US Department of the Treasury",
        ),
    ],
)
def test_a_departments_field_names_it_after_its_full_name(
    text: str, title: str | None, source: str | None, holder: str
) -> None:
    found = held_stances(text, title, source)
    assert len(found) == 2
    assert all(name == holder for name, _ in found)


def test_the_field_in_an_officials_title_stays_the_official() -> None:
    # (d) look-alike: "Treasury Secretary X" is a person, not the department
    found = held_stances(
        "The Department of the Treasury is designating 11 Russian defense firms. Treasury "
        "Secretary Janet Reed said Russia would pay a heavy price.",
        "Fact Sheet",
        WHITE_HOUSE,
    )
    assert ("Janet Reed", "threaten") in found


def test_the_field_before_the_full_name_is_no_one() -> None:
    # Look-alike: the short name refers back to the full one; before it, it names no one.
    found = held_stances(
        "Treasury is blocking the assets of 14 oligarchs. The Department of Commerce is adding "
        "27 Russian entities to the Entity List. The Department of the Treasury is designating "
        "11 Russian defense firms.",
        "Fact Sheet",
        WHITE_HOUSE,
    )
    assert [name for name, _ in found].count("US Department of the Treasury") == 1


@pytest.mark.parametrize(
    ("text", "field"),
    [
        # A noun after the field: the field modifies it, and the subject is that noun's.
        (
            "The Department of State announced new visa restrictions on Russian officials. "
            "State media in Moscow said the restrictions were an illegal provocation.",
            "US Department of State",
        ),
        (
            "The Department of Defense said it would send 3,000 more troops to Poland. "
            "Defense analysts said Russia was guilty of war crimes in Bucha.",
            "US Department of Defense",
        ),
    ],
)
def test_the_field_before_a_noun_is_no_department(text: str, field: str) -> None:
    # Look-alike: "State media", "Defense analysts" are no department; only a verb group
    # after the bare field makes it the subject.
    second = text[text.index(". ") + 2 :]
    held = [
        p.holder.name for p in extract(text).positions if any(q.quote in second for q in p.evidence)
    ]
    assert field not in held
