"""Each stance's whole class as the schema and guide define it, not the one verb first met:
the verbs, adverbs and nominal forms official English uses for support, opposition, a
demand, a warning, a threat, a charge, a denial, a concern and a commitment, with negation
and modality. One invented sentence per wording; several wordings per class."""

from __future__ import annotations

import pytest
from baseline_helpers import extract, positions


def _stances(sentence: str) -> list[str]:
    return [stance for _, stance, _ in positions(extract(sentence))]


# Each class's wordings and the one stance each takes, keyed by the class or construction.
_ONE_STANCE: dict[str, list[tuple[str, str]]] = {
    "taking_a_side_and_holding_diplomacy_possible_are_support": [
        ("Latvia sided with Ukraine in the dispute over the transit fees.", "support"),
        ("Latvia stands firmly with the people of Ukraine.", "support"),
        ("France will back the Ukrainian bid for candidate status.", "support"),
        ("Croatia said there was still a window for dialogue with Moscow.", "support"),
        ("Austria said the door to negotiations remains open.", "support"),
    ],
    # The guide: "we do not see any withdrawal" is `deny`; so is any verb of perceiving or
    # finding the claimed change; not observing an agreement stays a charge.
    "perceiving_no_claimed_change_is_a_denial": [
        ("Estonia said it had observed no such withdrawal from the border.", "deny"),
        ("Latvia said it has found no sign of the announced pullback.", "deny"),
        ("Finland said it had not noticed any reduction of forces near its border.", "deny"),
        ("Poland said it had not detected any return of the units to their bases.", "deny"),
        ("Latvia said Russia had not observed the ceasefire.", "accuse"),
    ],
    # Siblings of listed wordings: the negated future and present of agreeing, consenting
    # beside agreeing, relying on a party to act beside expecting it to, seeking guarantees
    # with several modifiers, a response held in reserve as a right.
    "siblings_of_listed_wordings": [
        ("Kyiv said Ukraine will never agree to the partition of its territory.", "oppose"),
        ("Ukraine never agrees to ultimatums, Kyiv said.", "oppose"),
        ("Slovak President Ivan Kral consented to a temporary truce around the port.", "commit"),
        ("Moldova assented to the monitoring mission's proposal.", "commit"),
        (
            "Ivan Kral said he was counting on the mediators to secure a ceasefire.",
            "demand",
        ),
        ("Latvia relies on its allies to defend the Baltic sky.", "demand"),
        (
            "Moldova continues to seek legally binding security guarantees from its neighbours.",
            "demand",
        ),
        (
            "Ivan Kral said Slovakia reserves the right to respond to any hostile step.",
            "threaten",
        ),
    ],
    # Encouraging a party to a hostile act charges the encourager; to anything else, asks.
    "encouraging_a_hostile_act_is_a_charge": [
        ("Ivan Kral said the arms deliveries encourage the separatists to escalate.", "accuse"),
        ("Ivan Kral said the deliveries encouraged Kiev to seek a military solution.", "accuse"),
        ("Ivan Kral encouraged both sides to de-escalate.", "demand"),
        ("Ivan Kral encouraged Moscow to end the war.", "demand"),
    ],
    "standing_against_refusing_and_judging_useless_are_opposition": [
        ("Sweden said it is firmly against any change of borders by force.", "oppose"),
        ("Poland said it cannot allow the pipeline to be completed.", "oppose"),
        ("The Netherlands said the plan to expel diplomats was counterproductive.", "oppose"),
        ("Norway said the proposal remains a non-starter.", "oppose"),
        ("Kyiv said Ukraine will not make any concessions on its borders.", "oppose"),
        ("Estonia has never recognised the annexation of the peninsula.", "oppose"),
        ("Greece said no to the plan to close the embassy.", "oppose"),
    ],
    "wanting_challenging_and_naming_the_only_way_are_demands": [
        ("Lithuania wants Russia to withdraw its troops from Belarus.", "demand"),
        ("Latvia challenged Russia to allow observers into the occupied areas.", "demand"),
        ("Poland appealed once again to NATO to protect the sky over Ukraine.", "demand"),
        ("Moldova said what it wants is for the troops to leave Transnistria.", "demand"),
        ("Kyiv said the conflict could only be resolved through negotiations.", "demand"),
        ("Moscow said the operation would end only if Kyiv laid down its arms.", "demand"),
    ],
    "a_step_foretold_as_a_mistake_or_harm_is_a_warning": [
        (
            "The French President said that any use of chemical weapons would cross a red line.",
            "warn",
        ),
        ("Finland said an attack on the plant would be a grave mistake.", "warn"),
        ("Poland said that further escalation may destabilise the entire region.", "warn"),
        ("Norway said an invasion would have severe repercussions for the whole region.", "warn"),
    ],
    "a_warning_of_ones_own_measure_is_a_threat": [
        ("Russia warned of retaliatory measures against the United States.", "threaten"),
        ("Britain cautioned that Moscow would face tough sanctions.", "threaten"),
        ("Russia said any strike on Belarus will receive an immediate response.", "threaten"),
        ("Russia said it had issued threats of retaliation against the Baltic states.", "threaten"),
    ],
    "charging_alleging_and_naming_a_wrong_are_accusations": [
        ("Poland charged Russia with using migrants as a weapon.", "accuse"),
        ("Lithuania alleged that Russian forces had shelled a hospital.", "accuse"),
        ("Latvia held Moscow responsible for the attack on the convoy.", "accuse"),
        ("Estonia said the referendum was a sham.", "accuse"),
        ("Kyiv said the exercises were a pretext for an invasion.", "accuse"),
        ("Moldova condemned Russian interference in its elections.", "accuse"),
    ],
    "disowning_a_claim_an_aim_or_an_act_is_a_denial": [
        ("Moldova said the accusations were absurd.", "deny"),
        ("Belarus said it had nothing to do with the explosion.", "deny"),
        ("Ukraine said it sees no signs of a withdrawal of troops from the border.", "deny"),
        ("Russia said it was not preparing an attack on Ukraine.", "deny"),
        ("Belarus said it does not intend to attack Ukraine.", "deny"),
        ("Kazakhstan said it was not involved in the operation.", "deny"),
    ],
    "fear_wariness_and_a_feared_possibility_are_concern": [
        ("Spain said it feared a new wave of refugees.", "concern"),
        ("Denmark said it was wary of the growing military presence in Belarus.", "concern"),
        ("Latvia said the shelling of the power plant was deeply concerning.", "concern"),
        (
            "Finland said it could not rule out that Russia would try to seize the island.",
            "concern",
        ),
    ],
    "assurances_ones_own_future_acts_and_measures_under_way_are_commitments": [
        ("Italy gave firm assurances that it would keep supplying gas to Slovenia.", "commit"),
        ("Canada will do everything to protect its citizens in Ukraine.", "commit"),
        ("Japan shall implement the agreement in full.", "commit"),
        ("Belgium is dedicated to finding a diplomatic solution.", "commit"),
        ("Ukraine will not abandon the people of the occupied towns.", "commit"),
        ("Canada is also restricting exports of aircraft parts to Russia.", "commit"),
        # What a party says it will not do (the guide, "No plans, no intention").
        ("Norway said it does not intend to send troops to Ukraine.", "commit"),
    ],
    "hope_of_a_party_rejection_as_baseless_holding_course_and_help_given": [
        ("Latvia expressed hope that its partners would send more air defence systems.", "demand"),
        # (no owner named: "Russian claims" would add Russia's accusation, claim_nouns)
        ("Estonia rejected as baseless the claims that it had closed the border.", "deny"),
        ("Kyiv said Ukraine would not give up its path to membership of the alliance.", "commit"),
        ("Canada announced a loan of $120 million to Ukraine.", "support"),
        ("Japan delivered 40 tons of medical supplies to Poland.", "support"),
    ],
    "preparing_no_justification_and_no_military_solution": [
        # Preparing an act, alleged of another party, is a charge; of one's own, an intent.
        ("Russia said Kiev is clearly preparing a forceful scenario in Donbass.", "accuse"),
        ("Ukraine said it was preparing for talks with Russia.", "commit"),
        ("Estonia said Russia had no justification for the attack.", "accuse"),
        ("France said there was no military solution to the conflict.", "oppose"),
    ],
    "talks_interest_a_principle_pledged_steps_in_reserve_and_no_threat_posed": [
        # Readiness to talk, with the verb of talking itself, favours diplomacy.
        ("Finland said it was ready to negotiate on the monitoring mission.", "support"),
        ("Moldova said it is very interested in closer ties with Romania.", "support"),
        ("Latvia said there would be no decision on Moldova without Moldova.", "commit"),
        ("Canada said it is prepared to take further steps against Russia.", "threaten"),
        ("Belarus said its military doctrine is not directed against any neighbour.", "deny"),
    ],
    "the_rest_of_each_class": [
        ("Norway paid tribute to the courage of the Ukrainian people.", "support"),
        ("Finland hailed the agreement on a humanitarian corridor.", "support"),
        ("Hungary dismissed the proposal to ban Russian gas imports.", "oppose"),
        ("Russia dismissed the claims that its troops shelled the hospital.", "deny"),
        ("Austria balked at the plan to cut off Russian banks.", "oppose"),
        ("Slovakia voted against the resolution on the no-fly zone.", "oppose"),
        ("Lithuania said it is imperative that Russia withdraw its troops.", "demand"),
        ("Poland lobbied for tougher sanctions on Belarus.", "demand"),
        ("Russia vowed retaliation against the Baltic states.", "threaten"),
        ("Britain said Russia would pay a heavy price for the invasion.", "threaten"),
        ("Estonia faulted Moscow for the breakdown of the talks.", "accuse"),
        ("Moscow rebutted the reports of a massacre in the town.", "deny"),
        ("Russia disputed the figures on civilian casualties.", "deny"),
        ("Belarus said the reports were completely false.", "deny"),
        ("Sweden noted with deep concern the shelling of the power plant.", "concern"),
        ("Ireland volunteered to host the next round of talks.", "commit"),
    ],
}


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        pytest.param(*case, id=f"{name}-{i}")
        for name, cases in _ONE_STANCE.items()
        for i, case in enumerate(cases)
    ],
)
def test_each_wording_takes_its_class_stance(sentence: str, stance: str) -> None:
    assert _stances(sentence) == [stance]


def test_not_wanting_to_do_something_oneself_is_no_opposition() -> None:
    assert "oppose" not in _stances(
        "Hungary said it does not want to offend its neighbours over the sanctions."
    )


def test_a_warning_of_anothers_measure_stays_a_warning() -> None:
    assert _stances(
        "Italy warned that the sanctions imposed by the West would hurt its farmers."
    ) == ["warn"]


def test_a_verb_of_the_conduct_itself_makes_no_wrongdoer_a_holder() -> None:
    # "Russia breached the ceasefire" reported by nobody: no one's charge, and never Russia's.
    assert ("Russia", "accuse") not in [
        (holder, stance) for holder, stance, _ in positions(extract("Russia breached the truce."))
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Germany will send two frigates to the Baltic Sea.",
        "Peskov declined to comment on the reports about the President's schedule.",
    ],
)
def test_moving_forces_and_declining_to_comment_take_no_stance(sentence: str) -> None:
    assert _stances(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        # What the copula says of another party's stance named with its own that-clause.
        (
            "Lithuania said Russia's accusation that Latvia is hiding weapons near the "
            "border is absurd.",
            "deny",
        ),
        # A conjunction opens a predicate of the clause's own subject, no copula of its noun.
        (
            "Latvia reaffirms its support for the European bid of Moldova and is ready to "
            "share its experience.",
            "support",
        ),
    ],
)
def test_a_predicate_of_a_nominal_stance_decides_across_its_complement(
    sentence: str, stance: str
) -> None:
    assert _stances(sentence)[:1] == [stance]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The noun of a stance another side voiced is that side's position.
        (
            "The Prime Minister of Poland Jan Kowal said Russia's demand that Finland "
            "close its border was discussed at length.",
            [("Russia", "demand")],
        ),
        (
            "Estonia noted the OSCE's repeated calls for restraint along the line of contact.",
            [("OSCE", "demand")],
        ),
        # Judged by the clause, it is both the speaker's judgement and the voiced stance.
        (
            "Lithuania said Russia's accusation that Latvia is hiding weapons near the "
            "border is absurd.",
            [("Lithuania", "deny"), ("Russia", "accuse")],
        ),
        # A noun of conduct ("Russia's aggression") is no stance Russia voiced.
        ("Poland condemned Russia's aggression against Ukraine.", [("Poland", "accuse")]),
    ],
)
def test_a_stance_noun_another_side_voiced_is_its_position(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    found = [(holder, stance) for holder, stance, _ in positions(extract(sentence))]
    assert found == expected


def test_a_stance_noun_of_the_holders_own_side_stays_the_holders() -> None:
    found = positions(
        extract("Russian President Ivan Petrov said Russia's demands had not been met.")
    )
    assert [holder for holder, _, _ in found] == ["Ivan Petrov"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "will stand with" takes a side: the support wording, not a pledge of one's own act.
        ("Estonia said it will stand with Ukraine for as long as it takes.", ["support"]),
        # "only once", "only after" tell a time, and a body's approval is procedure: what is
        # left is a statement.
        ("Poland said the leaders have met only once since the war began.", ["other"]),
        ("Poland said the deployment needs the approval of parliament.", ["other"]),
    ],
)
def test_look_alikes_of_the_widened_classes(sentence: str, expected: list[str]) -> None:
    assert _stances(sentence) == expected


def test_a_modal_after_a_voiced_stance_noun_is_the_speakers_demand() -> None:
    found = positions(
        extract("Germany said Russia's concerns about NATO expansion should be discussed.")
    )
    assert [(holder, stance) for holder, stance, _ in found] == [
        ("Germany", "demand"),
        ("Russia", "concern"),
    ]
