"""Consequences foretold on a condition are a warning (the guide: "a predicted consequence is
`warn`"; a conditional promise of one's own punitive action is `threaten`). Three shapes
that name a measure noun or verb without promising the holder's measure: the party is told
it will answer for the consequences, the consequences' harm is foretold by an adjective, a
hostile act that opens a condition is the subject whose consequences are foretold, and a
measure is named only inside the if-clause. Each in four surroundings, with look-alikes
that stay threats. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a person, reported speech with "that"
        (
            "Foreign Minister Ilse Varga said that if Serbia resorts to force in the north, it "
            "will bear the full responsibility for the consequences.",
            [("Ilse Varga", "warn")],
        ),
        # (b) a quotation, a ministry, "responsible for"
        (
            'The Finnish Foreign Ministry said: "Should Moscow attack Estonia, it would be '
            'responsible for all the consequences."',
            [("Finnish government", "warn")],
        ),
        # (c) the reporting clause after, a fronted adverbial
        (
            "In that case, if Minsk lets its territory be used for an attack, it will bear the "
            "responsibility for the costs, Lithuanian Defence Minister Rasa Kalnina said.",
            [("Rasa Kalnina", "warn")],
        ),
        # (d) a sentence after another, a state as the holder
        (
            "Talks resumed on Monday. Latvia warned that if the blockade continues, Moscow "
            "alone will bear responsibility for the consequences.",
            [("Latvia", "warn")],
        ),
    ],
)
def test_responsibility_for_consequences_is_a_warning(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) the consequences' harm after the copula, whom they fall on after it
        (
            "Foreign Minister Ilse Varga said that if Serbia resorts to force in the north, "
            "the consequences will be very grave for the whole region.",
            [("Ilse Varga", "warn")],
        ),
        # (b) whom they fall on before the copula, a quotation
        (
            'Latvian President Anna Ozola said: "If Minsk joins the attack, the consequences '
            'for Belarusian statehood would be catastrophic."',
            [("Anna Ozola", "warn")],
        ),
        # (c) an inverted condition, costs, a ministry
        (
            "Should the blockade continue, the costs would be dire, the Finnish Foreign "
            "Ministry said.",
            [("Finnish government", "warn")],
        ),
        # (d) a state, "in the event that"
        (
            "Latvia said that in the event that Moscow closes the straits, the consequences "
            "will be irreversible for trade in the Baltic.",
            [("Latvia", "warn")],
        ),
    ],
)
def test_harm_of_consequences_foretold_is_a_warning(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation opening with the act
        (
            'Latvian President Anna Ozola said: "Any further military aggression against '
            'Georgia would have massive consequences for Russia."',
            [("Anna Ozola", "warn")],
        ),
        # (b) a person, "that", an attack
        (
            "Lithuanian Defence Minister Rasa Kalnina said that any new attack on Estonian "
            "territory would have serious consequences for Moscow.",
            [("Rasa Kalnina", "warn")],
        ),
        # (c) the reporting clause after, an incursion
        (
            "Any further incursion into Finnish airspace would have grave repercussions for "
            "relations with Russia, the Finnish Foreign Ministry said.",
            [("Finnish government", "warn")],
        ),
        # (d) a sentence after another, a provocation
        (
            "Talks resumed on Monday. Latvian President Anna Ozola noted that any provocation "
            "on the border would have consequences for the whole region.",
            [("Anna Ozola", "warn")],
        ),
    ],
)
def test_hostile_act_opening_a_condition_foretold_is_a_warning(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a quotation, the measure the purpose of the condition's verb
        (
            'Prime Minister Lena Aho said: "If the Union waits for another atrocity to impose '
            'an oil embargo, it will have funded this war twice."',
            [("Lena Aho", "warn")],
        ),
        # (b) a ministry, sanctions in the passive inside the condition
        (
            "The Finnish Foreign Ministry said that if sanctions are imposed on Belarusian "
            "potash, prices will rise across Europe.",
            [("Finnish government", "warn")],
        ),
        # (c) the reporting clause after, a ban
        (
            "If Moscow bans grain exports, millions would go hungry, Latvian President Anna "
            "Ozola said.",
            [("Anna Ozola", "warn")],
        ),
        # (d) a sentence after another, a state
        (
            "Talks resumed on Monday. Latvia noted that if the Union freezes the reserves of "
            "the central bank, the rouble will fall sharply.",
            [("Latvia", "warn")],
        ),
    ],
)
def test_measure_inside_the_condition_foretells_a_consequence(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # The consequences the party will face: a measure promised, not harm foretold.
        "Foreign Minister Ilse Varga said that if Serbia resorts to force in the north, it "
        "will face severe consequences.",
        # The force of a threat, not an adjective of harm ("severe", "massive").
        "Foreign Minister Ilse Varga said that if Serbia resorts to force in the north, the "
        "consequences will be severe.",
        # Responsibility too far from the measure: the consequences are faced.
        "Foreign Minister Ilse Varga said that if Serbia resorts to force, it will bear "
        "responsibility for the war in the north and face massive consequences.",
        # The act opening the condition met by the holder's response, no result foretold.
        "Foreign Minister Ilse Varga said that any further aggression against Georgia would "
        "be met with severe sanctions.",
        # The measure in the main clause, the condition another party's act.
        "Foreign Minister Ilse Varga said that if Serbia resorts to force, the Union will "
        "impose sanctions.",
        # A measure in the condition, another measure foretold in the main clause.
        "Foreign Minister Ilse Varga said that if Serbia imposes sanctions on Hungary, "
        "sanctions on Serbia will follow within days.",
    ],
)
def test_measures_promised_on_a_condition_stay_threats(text: str) -> None:
    """Look-alikes: a measure the party faces, the words of a threat's force, and a
    measure promised in the main clause."""
    assert [stance for _, stance in held_stances(text)] == ["threaten"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An if-clause with no comma runs to the end: nothing is foretold after it.
        (
            "Foreign Minister Ilse Varga said that if Belgrade joins we will impose sanctions "
            "within days.",
            ["threaten"],
        ),
        # A condition closed by a comma, but its main clause foretells nothing.
        (
            "Foreign Minister Ilse Varga said that if the Union imposes sanctions on Serbia, "
            "that is its own decision.",
            ["threaten"],
        ),
    ],
)
def test_measure_in_a_condition_with_nothing_foretold_is_no_warning(
    text: str, expected: list[str]
) -> None:
    """Look-alikes: the main clause must foretell, with a modal, after the condition."""
    assert [stance for _, stance in held_stances(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) the participle inside the condition, a person
        (
            "Foreign Minister Ilse Varga said that if the separatists, encouraged by these "
            "deliveries, try to take the port by force, the consequences will be grave for "
            "them.",
            [("Ilse Varga", "warn")],
        ),
        # (b) heartened, a quotation, a ministry
        (
            'The Finnish Foreign Ministry said: "If Minsk, heartened by this silence, lets '
            'its territory be used, the consequences would be dire for Belarus."',
            [("Finnish government", "warn")],
        ),
        # (c) the reporting clause after
        (
            "Should Belgrade, encouraged by Moscow, close the border, the costs would be "
            "catastrophic for Serbia, Latvian President Anna Ozola said.",
            [("Anna Ozola", "warn")],
        ),
        # (d) a sentence after another, a state
        (
            "Talks resumed on Monday. Latvia warned that if Moscow, encouraged by the "
            "deliveries, resumes the blockade, the consequences will be irreversible.",
            [("Latvia", "warn")],
        ),
    ],
)
def test_participle_set_off_by_commas_is_no_feeling_of_the_holder(
    text: str, expected: list[tuple[str, str]]
) -> None:
    """ "The separatists, encouraged by these deliveries, …" describes the separatists."""
    assert held_stances(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Latvian President Anna Ozola said she was encouraged by the progress of the talks.",
        "The Finnish Foreign Ministry said it was heartened by the ceasefire in the east.",
    ],
)
def test_feeling_of_the_holder_stays_support(text: str) -> None:
    """Look-alike: the holder's own feeling, no comma before the participle."""
    assert [stance for _, stance in held_stances(text)] == ["support"]
