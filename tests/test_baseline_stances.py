"""Which stance a clause takes, and what it is about: verb classes in the spirit of
CAMEO/PLOVER, with negation, condition, readiness and the object taken into account."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract, positions


@pytest.mark.parametrize(
    ("sentence", "stance", "topic"),
    [
        ("Slovakia welcomed the agreement on a ceasefire.", "support", "agreement on a ceasefire"),
        (
            "Poland rejected the demand to close its airspace.",
            "oppose",
            "demand to close its airspace",
        ),
        ("Canada urged Russia to withdraw its forces.", "demand", "Russia to withdraw its forces"),
        (
            "Denmark warned of a humanitarian disaster in Mariupol.",
            "warn",
            "humanitarian disaster in Mariupol",
        ),
        (
            "Norway accused Russia of violating the ceasefire.",
            "accuse",
            "Russia of violating the ceasefire",
        ),
        ("Lithuania denied that it had closed the border.", "deny", "closed the border"),
        ("Italy is concerned about the rising price of gas.", "concern", "rising price of gas"),
        (
            "France will provide regular updates to its partners.",
            "commit",
            "regular updates to its partners",
        ),
    ],
)
def test_each_class_of_cue_gives_its_stance(sentence: str, stance: str, topic: str) -> None:
    ((_, found, about),) = positions(extract(sentence))
    assert (found, about) == (stance, topic)


def test_a_negated_support_is_opposition() -> None:
    assert positions(extract("Japan did not support the proposal to lift the sanctions.")) == [
        ("Japan", "oppose", "proposal to lift the sanctions")
    ]


def test_never_accepting_is_opposition() -> None:
    ((_, stance, topic),) = positions(extract("Georgia will never accept the occupation."))
    assert (stance, topic) == ("oppose", "occupation")


@pytest.mark.parametrize(
    "sentence",
    [
        "If Russia invades, Germany will impose severe sanctions.",
        "Germany will impose severe sanctions if Russia invades.",
        "Germany is prepared to take further measures against Moscow.",
        "Germany will not hesitate to impose costs on Moscow.",
    ],
)
def test_a_measure_under_a_condition_or_held_ready_is_a_threat(sentence: str) -> None:
    ((holder, stance, _),) = positions(extract(sentence))
    assert (holder, stance) == ("Germany", "threaten")


def test_a_measure_taken_is_a_commitment() -> None:
    ((_, stance, topic),) = positions(
        extract("Today Belgium is imposing new sanctions on the Central Bank of Russia.")
    )
    assert (stance, topic) == ("commit", "new sanctions on the Central Bank of Russia")


def test_a_measure_talked_about_is_no_commitment() -> None:
    """ "the sanctions were a mistake" takes no measure: only the verb of saying remains."""
    ((holder, stance, _),) = positions(
        extract("Prime Minister Elina Markova of Bulgaria said the sanctions were a mistake.")
    )
    assert (holder, stance) == ("Elina Markova", "other")


def test_a_commitment_to_a_states_integrity_is_support_for_it() -> None:
    (position,) = extract(
        "Canada remains committed to the territorial integrity of Georgia."
    ).positions
    assert (position.stance, position.topic) == ("support", "territorial integrity of Georgia")
    assert position.target is not None
    assert position.target.name == "Georgia"


@pytest.mark.parametrize(
    "sentence",
    [
        "Finland hopes that Russia will return to the negotiating table.",
        "Finland hopes for further assistance from the European Union.",
    ],
)
def test_hoping_another_party_acts_is_asking_it_to(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "demand"


def test_a_stated_reason_is_no_stance_of_the_holder() -> None:
    """ "in response to Russia's aggressive manoeuvres" names the cause of a deployment."""
    draft = extract(
        "Latvia deployed additional units in response to Russia's aggressive manoeuvres."
    )
    assert draft.positions == []
    (movement,) = draft.military_movements
    assert (movement.actor.name, movement.activity, movement.destination) == (
        "Latvia",
        "deploy",
        None,
    )


def test_a_wording_that_only_looks_like_a_cue_is_stepped_over() -> None:
    assert extract("The announcement was seen as a show of support for Kyiv.").count() == 0


def test_two_clauses_with_their_own_cues_are_two_positions() -> None:
    assert positions(
        extract(
            "Estonia condemned the strikes, which killed four civilians, and demanded an "
            "investigation."
        )
    ) == [("Estonia", "accuse", "strikes"), ("Estonia", "demand", "investigation")]


def test_courtesies_are_no_positions_but_thanks_for_something_done_are() -> None:
    draft = extract(
        "PRESIDENT REED: Thank you for coming. Thank you for your hospitality.\n"
        "PRESIDENT REED: We thank Poland for its support for the refugees.",
        "Remarks by President Reed in Warsaw",
        WHITE_HOUSE,
    )
    # The thanks are Reed's; what Poland is thanked for is Poland's (test_baseline_thanked_for_its).
    assert [(h, s) for h, s, _ in positions(draft)] == [("Reed", "support"), ("Poland", "support")]


@pytest.mark.parametrize(
    "thanks",
    [
        "Thank you very much, Madam Prime Minister.",
        "Thank you, Madam Prime Minister, for this meeting.",
        "Thanks again, Madam Prime Minister.",
    ],
)
def test_thanks_to_an_addressee_named_in_the_vocative_are_manners(thanks: str) -> None:
    """The addressee set off by a comma is no topic, though the article names her: thanks
    to a person for nothing named are manners."""
    draft = extract(
        f"PRESIDENT REED: {thanks} We thank Poland for its support for the refugees.",
        "Remarks by President Reed and Prime Minister Ewa Salo in Warsaw",
        WHITE_HOUSE,
    )
    assert positions(draft) == [
        ("Reed", "support", "Poland\u2019s support for the refugees"),
        ("Poland", "support", "refugees"),
    ]


def test_welcoming_a_visitor_is_manners_not_support() -> None:
    assert (
        extract("Chancellor Anna Berger welcomed President Ivo Stoyan to Vienna.").positions == []
    )


def test_a_summary_is_built_from_holder_stance_and_topic() -> None:
    (position,) = extract("Canada urged Russia to withdraw its forces from the border.").positions
    assert position.summary == "Canada called for Russia to withdraw its forces from the border."


def test_measures_taken_by_others_are_no_commitment() -> None:
    ((holder, stance, _),) = positions(
        extract("Norway said it had studied the measures taken by the alliance in the north.")
    )
    assert (holder, stance) == ("Norway", "other")


def test_saying_nothing_about_something_is_no_denial() -> None:
    """ "did not say how" reports silence; "I did not say that" disputes a claim."""
    assert extract("The Latvian government did not say how Riga would respond.").positions == []
    ((_, stance, _),) = positions(
        extract(
            "Prime Minister Elina Markova of Bulgaria said: \u201cI did not say that Sofia "
            "would close the border.\u201d"
        )
    )
    assert stance == "deny"


def test_distrust_of_a_party_is_an_accusation() -> None:
    """The guide: "we don't trust British diplomacy" is accuse, not the rejection of a
    proposal."""
    ((holder, stance, topic),) = positions(
        extract(
            'Moldova\u2019s foreign minister, Ion Vrabie, said: "We don\u2019t trust '
            'Romanian diplomacy."'
        )
    )
    assert (holder, stance, topic) == ("Ion Vrabie", "accuse", "Romanian diplomacy")


@pytest.mark.parametrize(
    "sentence",
    [
        "Romania\u2019s foreign minister, Radu Popa, said the remark was the best compliment "
        "Bucharest could receive.",
        "Prime Minister Ana Berzina of Latvia defended the country\u2019s right to choose its "
        "allies.",
    ],
)
def test_praise_and_defending_a_right_are_support(sentence: str) -> None:
    ((_, stance, _),) = positions(extract(sentence))
    assert stance == "support"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Estonia said the plan contradicts the principle of indivisible security.", "oppose"),
        (
            "Estonia said the alliance\u2019s unwillingness to answer its concerns was "
            "regrettable.",
            "accuse",
        ),
    ],
)
def test_contradicting_a_principle_is_opposed_and_unwillingness_is_a_charge(
    sentence: str, stance: str
) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


def test_another_partys_act_in_a_temporal_clause_is_not_the_holders_stance() -> None:
    """ "saw little ground for optimism in resolving the crisis after the US rejected
    Russia's demands": the rejection is the US's, not the holder's; the holder voices
    pessimism (concern) about the crisis, and the earlier event is not its topic."""
    ((holder, stance, topic),) = positions(
        extract(
            "The Latvian government said it saw little ground for optimism in ending the "
            "dispute after Estonia again rejected the proposals."
        )
    )
    assert (holder, stance, topic) == ("Latvian government", "concern", "ending the dispute")


def test_a_warning_that_alleges_hostile_intent_is_an_accusation() -> None:
    ((_, stance, topic),) = positions(
        extract("Lithuanian officials warned that Russia plans to stage a coup in Minsk.")
    )
    assert (stance, topic) == ("accuse", "Russia plans to stage a coup in Minsk")
    ((_, stance, _),) = positions(
        extract("The Danish minister warned Russia that its aggression would be met with unity.")
    )
    assert stance == "warn"


def test_coordinated_participles_each_take_their_own_stance() -> None:
    """ ", calling for": the boundary before a cue is found although the cue itself is
    what tells it is a boundary."""
    draft = extract(
        "Prime Minister Elina Markova of Bulgaria said the vote was a clear message: "
        "rejecting the use of force, calling for de-escalation, supporting diplomacy as the "
        "way forward."
    )
    assert [(s, t) for _, s, t in positions(draft)] == [
        ("oppose", "use of force"),
        ("demand", "de-escalation"),
        ("support", "diplomacy"),
    ]


def test_and_with_an_auxiliary_opens_a_second_stance() -> None:
    """ "and has laid out": the auxiliary marks a new verb phrase, whatever the verb."""
    draft = extract("Moldova denies any such plans and has laid out a list of demands.")
    assert [s for _, s, _ in positions(draft)] == ["deny", "demand"]


@pytest.mark.parametrize(
    "remark",
    [
        "Mr President, I hope you are well and that the journey was good.",
        "I hope you had a good trip to Moscow.",
        "I hope your flight was comfortable.",
        "I would ask you to convey my best wishes to the people of Belarus.",
    ],
)
def test_well_wishing_and_greetings_passed_on_are_manners(remark: str) -> None:
    draft = extract(
        f"PRESIDENT REED: {remark}",
        "Remarks by President Reed and President Ivan Petrov",
        WHITE_HOUSE,
    )
    assert draft.positions == []


def test_hoping_the_addressee_will_act_is_asking_it_to() -> None:
    draft = extract(
        "PRESIDENT REED: I hope you will support our proposal on security guarantees.",
        "Remarks by President Reed and President Ivan Petrov",
        WHITE_HOUSE,
    )
    assert [s for _, s, _ in positions(draft)] == ["demand"]


def test_an_agreement_named_after_a_city_is_no_party() -> None:
    """ "the Minsk agreements" names a document: Belarus is neither target nor place."""
    (position,) = extract(
        "Prime Minister Elina Markova of Bulgaria criticised the sabotage of the Minsk agreements."
    ).positions
    assert position.target is None


def test_the_owner_of_the_conduct_charged_is_the_target() -> None:
    """ "Moldova's chronic sabotage of …": no party after the cue, its owner before it."""
    (position,) = extract(
        "Prime Minister Elina Markova of Bulgaria drew attention to Moldova\u2019s chronic "
        "sabotage of the Minsk agreements."
    ).positions
    assert position.stance == "accuse"
    assert position.target is not None
    assert position.target.name == "Moldova"


@pytest.mark.parametrize(
    ("sentence", "stance"),
    [
        ("Latvia\u2019s government is continuing to try to find a diplomatic solution.", "support"),
        ("Latvia will continue to support Ukraine.", "support"),
        ("Latvia will continue to disclose Russian disinformation.", "commit"),
        ("Estonia will continue to stand for a negotiated peace in the region.", "support"),
        # Carried on by a party, it is still that party's commitment.
        ("Finland continues to train reservists for its border guard.", "commit"),
        ("Latvia said it is continuing to coordinate its air defence with Estonia.", "commit"),
        ("Latvia said the Latvian state continues to cooperate with its neighbours.", "commit"),
    ],
)
def test_carrying_on_takes_the_stance_of_what_is_carried_on(sentence: str, stance: str) -> None:
    ((_, found, _),) = positions(extract(sentence))
    assert found == stance


@pytest.mark.parametrize(
    "sentence",
    [
        "Latvia said that its ferries continue to carry families across the Baltic.",
        "Estonia said the shipping lanes continue to stay open despite the storms.",
    ],
)
def test_carrying_on_that_nobody_undertakes_is_no_commitment(sentence: str) -> None:
    """ "Its ferries continue to carry …" reports a state of affairs: what the party said
    is no undertaking of its own."""
    assert [s for _, s, _ in positions(extract(sentence))] == ["other"]


def test_a_speakers_own_sentence_is_read_from_its_start() -> None:
    """The first person standing late in a sentence ("…, I mean the tariffs") does not cut
    off the charge the speaker made before it."""
    draft = extract(
        "Vladimir Putin: Colleagues, you see that some countries keep up unfriendly economic "
        "actions against Latvia, I mean the illegitimate tariffs of which everyone is aware.",
        "Meeting with Defence Minister Ivan Petrov",
        KREMLIN,
    )
    assert [(s, t) for _, s, t in positions(draft)] == [
        ("accuse", "economic actions against Latvia")
    ]


def test_a_measure_held_ready_anywhere_in_the_clause_is_a_threat() -> None:
    ((_, stance, _),) = positions(
        extract(
            "Vladimir Putin: Beyond the measures we are announcing today, we are prepared to "
            "take further measures against Latvia.",
            "Meeting with Defence Minister Ivan Petrov",
            KREMLIN,
        )
    )
    assert stance == "threaten"


def test_would_like_is_politeness_not_a_measure_taken() -> None:
    draft = extract(
        "Vladimir Putin: I would like to stress again that we wanted to see this package of "
        "measures on Donbas implemented.",
        "Meeting with Defence Minister Ivan Petrov",
        KREMLIN,
    )
    assert draft.positions == []


@pytest.mark.parametrize(
    "remark",
    [
        "We would prefer that this be settled in a diplomatic way.",
        "Our preference is clear: we hope for a diplomatic outcome.",
        "We remain open to a diplomatic path.",
    ],
)
def test_a_remark_about_diplomacy_is_about_war_and_peace(remark: str) -> None:
    """A speaker's "diplomatic" settlement is an issue of war and peace, not small talk."""
    draft = extract(
        f"PRESIDENT REED: Thank you for coming. {remark}",
        "Remarks by President Reed in Warsaw",
        WHITE_HOUSE,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Reed", "support")]


@pytest.mark.parametrize(
    ("remark", "stance"),
    [
        ("Our negotiators have reported positive shifts.", "support"),
        ("They keep arriving, although nothing threatens them.", "accuse"),
        ("We welcome that they have finally withdrawn.", "support"),
        ("We condemn those who invaded.", "accuse"),
    ],
)
def test_an_issue_of_war_and_peace_counts_in_any_inflection(remark: str, stance: str) -> None:
    """ "Negotiators", "threatens", "withdrawn", "invaded" name the issues their nouns do."""
    draft = extract(
        f"PRESIDENT REED: Thank you for coming. {remark}",
        "Remarks by President Reed in Warsaw",
        WHITE_HOUSE,
    )
    assert [(h, s) for h, s, _ in positions(draft)] == [("Reed", stance)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister Ivo Ozols of Latvia said that the Latvian brigade poses no threat "
        "to anyone.",
        "Foreign Minister Aino Lahti of Finland stressed that Finland threatens no one.",
        "Spokesman Piet Maes of Belgium said that the new radar does not threaten any "
        "neighbour of Belgium.",
        "President Tomas Brenn of Lithuania said: \u201cWe have not seen any pullback.\u201d",
    ],
)
def test_negating_what_was_claimed_is_a_denial(sentence: str) -> None:
    """The guide's "we do not see any withdrawal": a threat one's own side is said not to
    pose, or a pullback not seen, disputes a claim."""
    assert [s for _, s, _ in positions(extract(sentence))] == ["deny"]


def test_a_threat_another_party_poses_stays_a_charge() -> None:
    draft = extract("Foreign Minister Aino Lahti of Finland said that Russia threatens Moldova.")
    assert [s for _, s, _ in positions(draft)] == ["accuse"]
