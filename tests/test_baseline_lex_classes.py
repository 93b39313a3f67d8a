"""The verb classes completed from CAMEO and PLOVER themselves (round 23,
``evals/LEXICON-GAPS-rules25.md``): words of a class that no fragment matched. Each word
is tested in four surroundings (another publisher's plain report, a fronted adverbial,
the actor named another way, a reporter or second clause after it), and each guard with a
look-alike, the word in another sense, that it alone keeps out."""

from __future__ import annotations

import pytest
from baseline_helpers import extract

from summarise.extraction.backends.baseline.lexicon import load_lexicon


def movement_kinds(text: str) -> list[tuple[str, str]]:
    return [(m.actor.name, m.activity) for m in extract(text).military_movements]


# Each new movement word in four surroundings: (sentence, owner, activity).
_MOVEMENTS: dict[str, list[tuple[str, str, str]]] = {
    "forward_deployed": [
        (
            "Four American F-35 jets were forward-deployed to Lask air base.",
            "United States",
            "deploy",
        ),
        (
            "On Monday, four American F-35 jets were forward-deployed to Lask.",
            "United States",
            "deploy",
        ),
        (
            "The Pentagon said Washington has forward-deployed four F-35 jets to Lask.",
            "United States",
            "deploy",
        ),
        (
            "Poland closed its airspace, and four US jets were forward-deployed to Lask.",
            "United States",
            "deploy",
        ),
    ],
    "flown_in": [
        (
            "The United States flew in 3,000 additional troops to Rzeszow.",
            "United States",
            "deploy",
        ),
        ("On Sunday, the United States flew in 3,000 more troops.", "United States", "deploy"),
        (
            "The Pentagon said Washington flew in 3,000 paratroopers to Rzeszow.",
            "United States",
            "deploy",
        ),
        (
            "Poland opened its airfields, and Britain flew in 350 marines.",
            "United Kingdom",
            "deploy",
        ),
    ],
    "put_to_sea": [
        ("Six Russian landing ships set sail from Baltiysk.", "Russia", "deploy"),
        ("On Tuesday, six Russian warships set sail from Sevastopol.", "Russia", "deploy"),
        ("The Russian Northern Fleet put out to sea on Friday.", "Russia", "deploy"),
        ("The talks stalled, and three Russian frigates put to sea.", "Russia", "deploy"),
    ],
    "call_up": [
        ("The call-up of 20,000 Belarusian reservists began on Monday.", "Belarus", "deploy"),
        ("On Monday, the call-up of 20,000 Belarusian reservists began.", "Belarus", "deploy"),
        ("Minsk announced the call-up of 20,000 Belarusian reservists.", "Belarus", "deploy"),
        (
            "The border was closed, and the call-up of Belarusian reservists began.",
            "Belarus",
            "deploy",
        ),
    ],
    "training_flights": [
        (
            "Two Belarusian Su-30 jets flew training missions over the Lithuanian border.",
            "Belarus",
            "exercise",
        ),
        (
            "On Thursday, Belarusian Su-30 jets flew training sorties near Grodno.",
            "Belarus",
            "exercise",
        ),
        (
            "Minsk said Belarusian bombers flew training flights over the border.",
            "Belarus",
            "exercise",
        ),
        (
            "The drills ended, and Belarusian jets flew training missions near Grodno.",
            "Belarus",
            "exercise",
        ),
    ],
    "fly_along": [
        (
            "Russian reconnaissance drones fly along the Estonian border almost every day.",
            "Russia",
            "patrol",
        ),
        (
            "Since January, Russian drones fly along the Estonian border every day.",
            "Russia",
            "patrol",
        ),
        (
            "General Martin Herem said Russian bombers flew along the Estonian coast.",
            "Russia",
            "patrol",
        ),
        (
            "The talks stalled, and Russian bombers flew along the Latvian coast.",
            "Russia",
            "patrol",
        ),
    ],
    "tracked": [
        (
            "Finnish F-18s tracked two Russian bombers over the Gulf of Finland.",
            "Finland",
            "intercept",
        ),
        ("On Tuesday, Finnish F-18s tracked two Russian bombers.", "Finland", "intercept"),
        (
            "A Danish frigate monitored the Russian warships in the Baltic Sea.",
            "Denmark",
            "intercept",
        ),
        (
            "The bombers turned north, and Finnish jets tracked the Russian aircraft.",
            "Finland",
            "intercept",
        ),
    ],
    "shipped": [
        ("Britain will ship 2,000 anti-tank missiles to Ukraine.", "United Kingdom", "supply"),
        (
            "Next week, Britain will ship more anti-tank weapons to Ukraine.",
            "United Kingdom",
            "supply",
        ),
        (
            "London said the British government would ship Javelin missiles to Kyiv.",
            "United Kingdom",
            "supply",
        ),
        (
            "The talks stalled, and Britain will ship missiles to Ukraine.",
            "United Kingdom",
            "supply",
        ),
    ],
    "lent_and_furnished": [
        ("Poland will lend 30 tanks to Ukraine.", "Poland", "supply"),
        ("Next month, Poland will lend 30 tanks to Ukraine.", "Poland", "supply"),
        ("Estonia is furnishing Ukraine with Javelin missiles.", "Estonia", "supply"),
        (
            "Washington approved the export of Javelin missiles to Ukraine.",
            "United States",
            "supply",
        ),
    ],
}


@pytest.mark.parametrize(
    ("text", "owner", "activity"),
    [case for cases in _MOVEMENTS.values() for case in cases],
)
def test_movement_words_of_the_class(text: str, owner: str, activity: str) -> None:
    assert (owner, activity) in movement_kinds(text)


def _classes(table: str, text: str) -> list[str]:
    pattern = getattr(load_lexicon(), table)
    return [(m.lastgroup or "").split("__")[0] for m in pattern.finditer(text)]


# Look-alikes: the word in another sense, kept out by its guard (the lookahead after it).
@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("The Foreign Minister flew in from Brussels on Monday.", "deploy"),
        ("Poland will lend its support to Ukraine.", "supply"),
        ("Exports of gas to Europe fell by a third.", "supply"),
        ("We monitor the situation on the border closely.", "intercept"),
        ("Ukraine tracked the talks in Geneva closely.", "intercept"),
    ],
)
def test_movement_lookalikes(text: str, activity: str) -> None:
    assert activity not in _classes("activities", text)


# The noun of exercising a right or a power is no drill (the topic's look-alike "the
# exercise of sovereignty"); drills named with their forces after "of" still are.
@pytest.mark.parametrize(
    "text",
    [
        "Russia's exercise of sovereignty over Crimea is illegal, Dmytro Kuleba said.",
        "On Monday, Kuleba said Ukraine's exercise of its right to self-defence is lawful.",
        "The Lithuanian government said its exercise of authority over the border was lawful.",
        "The talks failed, and Lithuania's exercise of its right to close the border began.",
    ],
)
def test_exercise_of_a_right_is_no_drill(text: str) -> None:
    assert [m for m in extract(text).military_movements if m.activity == "exercise"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Belarus held exercises of the Armed Forces near the border.",
        "Russia began an exercise of the strategic nuclear forces on Saturday.",
    ],
)
def test_exercises_of_forces_are_drills(text: str) -> None:
    assert "exercise" in [m.activity for m in extract(text).military_movements]
