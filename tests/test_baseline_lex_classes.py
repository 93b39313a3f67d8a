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


def stance_rows(text: str) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text).positions]


# The new stance words, each in four surroundings: (sentence, holder, stance).
_STANCES: dict[str, list[tuple[str, str, str]]] = {
    "firmly_behind": [
        ("Poland is firmly behind Ukraine.", "Poland", "support"),
        ("On Monday, Poland said it was squarely behind the sanctions.", "Poland", "support"),
        ("Chancellor Olaf Scholz said Germany is fully behind Kyiv.", "Olaf Scholz", "support"),
        (
            "Poland is firmly behind the plan, President Andrzej Duda said.",
            "Andrzej Duda",
            "support",
        ),
    ],
    "blessing": [
        ("The Dutch government gave its blessing to the plan.", "Dutch government", "support"),
        (
            "On Friday, the Dutch government gave its blessing to the plan.",
            "Dutch government",
            "support",
        ),
        ("Prime Minister Mark Rutte gave his blessing to the mission.", "Mark Rutte", "support"),
        ("The talks ended, and Finland gave its blessing to the plan.", "Finland", "support"),
    ],
    "spoke_out_against": [
        ("Italy spoke out against the deployment of missiles in Belarus.", "Italy", "oppose"),
        ("On Monday, Italy spoke out against new sanctions.", "Italy", "oppose"),
        (
            "Foreign Minister Peter Szijjarto spoke out against new sanctions.",
            "Peter Szijjarto",
            "oppose",
        ),
        ("The meeting ended, and Hungary spoke out against new sanctions.", "Hungary", "oppose"),
    ],
    "pushed_back_against": [
        ("Moscow pushed back against the NATO proposal.", "Russian government", "oppose"),
        (
            "On Friday, Moscow pushed back against the NATO proposal.",
            "Russian government",
            "oppose",
        ),
        ("Foreign Minister Sergei Lavrov pushed back on the demands.", "Sergei Lavrov", "oppose"),
        (
            "The talks ended, and Moscow pushed back against the proposal.",
            "Russian government",
            "oppose",
        ),
    ],
    "rebuked": [
        ("The French President chided Moscow for the build-up.", "President of France", "accuse"),
        (
            "On Monday, the Estonian Prime Minister berated Russia over the cyberattacks.",
            "Prime Minister of Estonia",
            "accuse",
        ),
        ("Chancellor Olaf Scholz admonished Belgrade for its silence.", "Olaf Scholz", "accuse"),
        (
            "The talks ended, and Lithuania upbraided Minsk over the migrants.",
            "Lithuania",
            "accuse",
        ),
    ],
    "sought": [
        ("Kyiv sought security guarantees from the West.", "Ukrainian government", "demand"),
        (
            "On Tuesday, Kyiv sought written assurances from Moscow.",
            "Ukrainian government",
            "demand",
        ),
        (
            "Foreign Minister Dmytro Kuleba sought written assurances from Moscow.",
            "Dmytro Kuleba",
            "demand",
        ),
        ("The talks ended, and Kyiv sought answers from Moscow.", "Ukrainian government", "demand"),
    ],
}


@pytest.mark.parametrize(
    ("text", "holder", "stance"),
    [case for cases in _STANCES.values() for case in cases],
)
def test_stance_words_of_the_class(text: str, holder: str, stance: str) -> None:
    assert (holder, stance) in stance_rows(text)


def meeting_rows(text: str) -> list[tuple[frozenset[str], str]]:
    return [
        (frozenset(p.name for p in c.participants), c.mode)
        for c in extract(text).diplomatic_contacts
    ]


_MEETINGS: list[tuple[str, frozenset[str]]] = [
    (
        "President Gitanas Nauseda and President Andrzej Duda got together in Vilnius.",
        frozenset({"Gitanas Nauseda", "Andrzej Duda"}),
    ),
    (
        "Chancellor Olaf Scholz had a working dinner with President Emmanuel Macron in Paris.",
        frozenset({"Olaf Scholz", "Emmanuel Macron"}),
    ),
    (
        "On Monday, Chancellor Olaf Scholz had a working lunch with President Emmanuel Macron.",
        frozenset({"Olaf Scholz", "Emmanuel Macron"}),
    ),
    (
        "French President Emmanuel Macron held a tête-à-tête with Vladimir Putin in the Kremlin.",
        frozenset({"Emmanuel Macron", "Vladimir Putin"}),
    ),
]


@pytest.mark.parametrize(("text", "participants"), _MEETINGS)
def test_meeting_words_of_the_class(text: str, participants: frozenset[str]) -> None:
    assert (participants, "meeting") in meeting_rows(text)


# Look-alikes of the new stance and meeting words, kept out by their guards.
@pytest.mark.parametrize(
    ("table", "text", "cls"),
    [
        ("stances", "Ukrainian forces pushed back the enemy near Kharkiv.", "oppose"),
        ("stances", "The deal was agreed behind the scenes.", "support"),
        ("stances", "The minister sought more time to answer.", "demand"),
        ("contact_modes", "The two economies got together a package of measures.", "meeting"),
    ],
)
def test_stance_and_meeting_lookalikes(table: str, text: str, cls: str) -> None:
    assert cls not in _classes(table, text)


# The retreat and approach words of batch D, each in four surroundings.
_MOVEMENTS_D: list[tuple[str, str, str]] = [
    ("Russia pulled some troops back from the Ukrainian border.", "Russia", "withdraw"),
    ("On Tuesday, Russia pulled 10,000 soldiers out of the border area.", "Russia", "withdraw"),
    (
        "The ministry said Moscow had pulled two battalions back to their bases.",
        "Russia",
        "withdraw",
    ),
    (
        "The drills ended, and Belarus pulled its troops back from the border.",
        "Belarus",
        "withdraw",
    ),
    ("The Belarusian troops have been ordered back to their bases.", "Belarus", "withdraw"),
    (
        "On Monday, the Belarusian battalions were sent back to their garrisons.",
        "Belarus",
        "withdraw",
    ),
    (
        "Minsk said the Belarusian units had been ordered back to their barracks.",
        "Belarus",
        "withdraw",
    ),
    ("Russia is thinning out its forces near the border.", "Russia", "withdraw"),
    ("Russian tanks were heading toward the Ukrainian border.", "Russia", "deploy"),
    ("On Sunday, Russian armoured columns were rolling towards the border.", "Russia", "deploy"),
    ("The Ukrainian army said Russian units were heading to the front line.", "Russia", "deploy"),
    ("The talks stalled, and Russian tanks were heading toward the border.", "Russia", "deploy"),
]


@pytest.mark.parametrize(("text", "owner", "activity"), _MOVEMENTS_D)
def test_retreat_and_approach_words(text: str, owner: str, activity: str) -> None:
    assert (owner, activity) in movement_kinds(text)


@pytest.mark.parametrize(
    ("text", "activity"),
    [
        ("Foreign Minister Sergei Lavrov is heading to Geneva.", "deploy"),
        ("The negotiators are heading toward a compromise.", "deploy"),
        ("The minister pulled the plug on the deal.", "withdraw"),
        ("The press service sent back its answers to the questions.", "withdraw"),
    ],
)
def test_retreat_and_approach_lookalikes(text: str, activity: str) -> None:
    assert activity not in _classes("activities", text)


# Batch F, movement words (CAMEO 15/087/072), each in surroundings of its own.
_MOVEMENTS_F: list[tuple[str, str, str]] = [
    ("Russian troops disembarked in Belarus on Monday.", "Russia", "deploy"),
    ("On Monday, 3,000 Russian paratroopers disembarked at Gomel.", "Russia", "deploy"),
    ("Minsk said Russian marines disembarked at the port of Brest.", "Russia", "deploy"),
    ("The talks stalled, and Russian troops disembarked in Belarus.", "Russia", "deploy"),
    ("Russian paratroopers were airdropped near Hostomel.", "Russia", "deploy"),
    ("Russian trains unloaded 40 tanks near the Ukrainian border.", "Russia", "deploy"),
    (
        "Russia announced the disengagement of its forces along the line of contact.",
        "Russia",
        "withdraw",
    ),
    ("On Friday, the Russian troops began to disengage near Kharkiv.", "Russia", "withdraw"),
    ("Two NATO reconnaissance aircraft conducted overflights of the Black Sea.", "NATO", "patrol"),
    ("Britain gifted 5,000 anti-tank missiles to Ukraine.", "United Kingdom", "supply"),
    ("On Monday, Lithuania gifted Stinger missiles to Ukraine.", "Lithuania", "supply"),
]


@pytest.mark.parametrize(("text", "owner", "activity"), _MOVEMENTS_F)
def test_movement_words_of_batch_f(text: str, owner: str, activity: str) -> None:
    assert (owner, activity) in movement_kinds(text)


def contact_modes(text: str) -> list[tuple[frozenset[str], str]]:
    return [
        (frozenset(p.name for p in c.participants), c.mode)
        for c in extract(text).diplomatic_contacts
    ]


_CONTACTS_F: list[tuple[str, frozenset[str], str]] = [
    (
        "President Joe Biden held a teleconference with Chancellor Olaf Scholz.",
        frozenset({"Joe Biden", "Olaf Scholz"}),
        "phone_call",
    ),
    (
        "On Tuesday, President Joe Biden held a conference call with Chancellor Olaf Scholz.",
        frozenset({"Joe Biden", "Olaf Scholz"}),
        "phone_call",
    ),
    (
        "President Vladimir Putin spoke with President Joe Biden over the hotline.",
        frozenset({"Vladimir Putin", "Joe Biden"}),
        "phone_call",
    ),
    (
        "Chancellor Olaf Scholz held an online meeting with President Volodymyr Zelensky.",
        frozenset({"Olaf Scholz", "Volodymyr Zelensky"}),
        "video_call",
    ),
    (
        "President Vladimir Putin and President Joe Biden exchanged messages on Monday.",
        frozenset({"Vladimir Putin", "Joe Biden"}),
        "correspondence",
    ),
]


@pytest.mark.parametrize(("text", "participants", "mode"), _CONTACTS_F)
def test_contact_words_of_batch_f(text: str, participants: frozenset[str], mode: str) -> None:
    assert (participants, mode) in contact_modes(text)


@pytest.mark.parametrize(
    ("table", "text", "cls"),
    [
        ("activities", "The United States disengaged from the talks in Geneva.", "withdraw"),
        ("contact_modes", "Kyiv opened a hotline for refugees.", "phone_call"),
        ("contact_modes", "The two armies exchanged fire near Avdiivka.", "correspondence"),
    ],
)
def test_batch_f_lookalikes(table: str, text: str, cls: str) -> None:
    assert cls not in _classes(table, text)
