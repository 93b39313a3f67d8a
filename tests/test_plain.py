"""Plain sentences for "Key developments": each item said grammatically from its own
fields, whatever shape the extractor gave them (sentences invented for these tests)."""

from __future__ import annotations

import pytest
from plain_lines import EMPTY, FREEDONIA, KING, MERGED, ORTA, PENNY, SYLVANIA, met, moved, ref, said

from summarise.briefing.model import CanonicalActor, MovementItem
from summarise.briefing.plain import plain_sentence
from summarise.phrases.shape import Shape, read_phrase


@pytest.mark.parametrize(
    ("topic", "shape"),
    [
        ("the naval blockade", Shape.NOUN),
        ("support for the ceasefire", Shape.NOUN),
        ("imposing a grain embargo", Shape.NOUN),
        ("Sylvanian tanks could cross the river", Shape.CLAUSE),
        ("that the talks had failed", Shape.CLAUSE),
        ("we will not back down", Shape.CLAUSE),
        ("to close the straits", Shape.INFINITIVE),
        ("close the straits", Shape.INFINITIVE),
        ("against Sylvania in reply to any raid", Shape.PREPOSITIONAL),
        ("if Sylvania crosses the river", Shape.CONDITION),
        ("how Sylvania would reply", Shape.QUESTION),
        ("must and will answer", Shape.PREDICATE),
        ("should not say", Shape.PREDICATE),
        ("agreed on a prisoner exchange", Shape.PAST),
        ("reached a deal on grain", Shape.PAST),
        ("added", Shape.PAST),
        ("concerted efforts to end the siege", Shape.NOUN),
        ("Queen Bea welcomed the envoys", Shape.CLAUSE),
        ("the agreed ceasefire line", Shape.NOUN),
        ("engage in talks with Sylvania", Shape.INFINITIVE),
        ("refrain from shelling the port", Shape.INFINITIVE),
        ("attack on the port", Shape.NOUN),
    ],
)
def test_the_shape_of_a_phrase_is_read_from_its_first_words(topic: str, shape: Shape) -> None:
    assert read_phrase(topic).shape is shape


def test_a_noun_phrase_topic_follows_the_stance_verb() -> None:
    assert said(ORTA, "warn", "the naval blockade") == "Anna Orta warned about the naval blockade."


def test_a_clause_topic_is_said_with_that() -> None:
    assert said(ORTA, "warn", "Sylvanian tanks could cross the river") == (
        "Anna Orta warned that Sylvanian tanks could cross the river."
    )
    assert said(ORTA, "deny", "that the talks had failed") == (
        "Anna Orta denied that the talks had failed."
    )


def test_a_verb_phrase_topic_takes_an_infinitive() -> None:
    assert said(ORTA, "threaten", "close the straits to Sylvanian ships") == (
        "Anna Orta threatened to close the straits to Sylvanian ships."
    )
    assert said(ORTA, "commit", "to restore the ferry") == "Anna Orta pledged to restore the ferry."


def test_a_verb_that_is_never_a_noun_is_a_verb_phrase_before_a_preposition() -> None:
    """ "support for talks" is a noun phrase, but "engage in talks" cannot be: said as one
    it read "voiced support for engage in talks"."""
    assert said(ORTA, "support", "engage in talks with Sylvania") == (
        "Anna Orta backed moves to engage in talks with Sylvania."
    )
    assert said(ORTA, "support", "support for the ceasefire") == (
        "Anna Orta voiced support for support for the ceasefire."
    )


def test_a_to_phrase_with_a_verb_not_in_the_word_list_still_reads() -> None:
    assert said(ORTA, "commit", "to reopen the border") == (
        "Anna Orta made a commitment to reopen the border."
    )


def test_a_prepositional_or_conditional_topic_follows_the_stance_as_a_noun() -> None:
    assert said(ORTA, "threaten", "against Sylvania in reply to any raid") == (
        "Anna Orta made a threat against Sylvania in reply to any raid."
    )
    assert said(ORTA, "warn", "if Sylvania crosses the river") == (
        "Anna Orta issued a warning if Sylvania crosses the river."
    )


def test_an_indirect_question_topic_is_what_the_stance_was_about() -> None:
    assert said(ORTA, "deny", "how the convoy was hit") == (
        "Anna Orta issued a denial about how the convoy was hit."
    )


def test_a_topic_that_lost_its_subject_stands_apart_rather_than_be_given_one() -> None:
    assert said(ORTA, "demand", "must and will answer for this") == (
        "Anna Orta made a demand (must and will answer for this)."
    )


def test_what_the_holder_did_is_said_with_the_holder_as_its_subject() -> None:
    assert said(ORTA, "other", "reiterated that the pact is defensive") == (
        "Anna Orta reiterated that the pact is defensive."
    )
    assert said(ORTA, "warn", "stressed that the pact is defensive") == (
        "Anna Orta issued a warning and stressed that the pact is defensive."
    )


def test_a_position_is_said_from_its_fields_not_the_extractors_summary() -> None:
    sentence = said(ORTA, "warn", "the naval blockade", summary="Orta is furious.")

    assert sentence == "Anna Orta warned about the naval blockade."


def test_a_line_opening_with_a_name_that_takes_the_capitalises_it() -> None:
    assert said(ref("United States", "state"), "support", "the ceasefire").startswith(
        "The United States voiced"
    )


def test_forces_that_name_their_actor_are_its_own() -> None:
    assert moved(SYLVANIA, "mass", "Sylvania\u2019s growing armoured build-up") == (
        "Sylvania has massed its growing armoured build-up."
    )


def test_an_interception_reads_without_an_object_the_fields_do_not_give() -> None:
    assert moved(FREEDONIA, "intercept", "Freedonian jets", status="completed") == (
        "Freedonia used Freedonian jets to make an interception."
    )


def test_a_patrol_is_sent_towards_a_bare_destination() -> None:
    assert moved(
        SYLVANIA, "patrol", "two frigates", status="completed", destination="the straits"
    ) == ("Sylvania sent two frigates on patrol towards the straits.")
    assert moved(
        SYLVANIA, "patrol", "two frigates", status="completed", destination="near the straits"
    ) == ("Sylvania sent two frigates on patrol near the straits.")


def test_a_call_has_no_location_and_a_topic_repeating_the_mode_is_left_out() -> None:
    sentence = met(
        [KING, PENNY],
        "phone_call",
        location="Freedonia",
        topics=["phone and a visit next week", "the grain corridor"],
    )

    assert sentence == "Rufus Firefly and Pen Trentino spoke by phone on the grain corridor."


def test_a_meeting_in_a_participants_country_says_no_place() -> None:
    assert (
        met([KING, PENNY], "meeting", location="Sylvania") == "Rufus Firefly and Pen Trentino met."
    )
    assert met([KING, PENNY], "meeting", location="Geneva") == (
        "Rufus Firefly and Pen Trentino met in Geneva."
    )


def test_what_the_parties_did_is_a_second_verb() -> None:
    sentence = met(
        [FREEDONIA, SYLVANIA],
        "talks",
        topics=["the border", "reached an agreement on a prisoner exchange"],
    )

    assert sentence == (
        "Freedonia and Sylvania held talks on the border and reached an agreement on a "
        "prisoner exchange."
    )


def test_what_the_parties_did_is_said_only_of_a_contact_held() -> None:
    """A merged item's topics come from every report, its status from the latest: talks
    still to come have reached nothing yet (a look-alike of the test above)."""
    planned = met(
        [FREEDONIA, SYLVANIA],
        "talks",
        status="planned",
        topics=["the border", "reached an agreement on a prisoner exchange"],
    )
    proposed = met(
        [KING, PENNY],
        "meeting",
        status="proposed",
        topics=["agreed on a ceasefire"],
    )

    assert planned == "Freedonia and Sylvania will hold talks on the border."
    assert proposed == "Rufus Firefly and Pen Trentino proposed a meeting."


def test_a_subject_the_act_names_is_not_said_twice() -> None:
    sentence = met(
        [FREEDONIA, SYLVANIA],
        "talks",
        topics=[
            "humanitarian corridors",
            "the border",
            "reached an agreement on humanitarian corridors for civilians",
        ],
    )

    assert sentence == (
        "Freedonia and Sylvania held talks on the border and reached an agreement on "
        "humanitarian corridors for civilians."
    )


def test_an_act_cut_short_inside_its_subject_is_said_whole_and_the_subject_once() -> None:
    """A topic is cut at a number of words: the act "reached an agreement on safe passage
    for the wounded from" ends inside the subject "safe passage for the wounded from the
    port city", which is said once, as the act's own end."""
    sentence = met(
        [FREEDONIA, SYLVANIA],
        "talks",
        topics=[
            "safe passage for the wounded from the port city",
            "reached an agreement on safe passage for the wounded",
        ],
    )

    assert sentence == (
        "Freedonia and Sylvania held talks and reached an agreement on safe passage for the "
        "wounded from the port city."
    )


def test_an_act_sharing_a_short_opening_with_a_subject_is_not_completed_by_it() -> None:
    """Look-alike: "the border" ends the act and opens the subject by chance; the act
    is not cut inside it, so each is said as it is."""
    sentence = met(
        [FREEDONIA, SYLVANIA],
        "talks",
        topics=["the border crossings at Brest", "reached an agreement on the border"],
    )

    assert sentence == (
        "Freedonia and Sylvania held talks on the border crossings at Brest and reached an "
        "agreement on the border."
    )


def test_a_group_named_in_the_plural_takes_a_plural_verb() -> None:
    assert moved(ref("Volunteer brigades", "other"), "mass", "armour") == (
        "Volunteer brigades have massed armour."
    )
    assert moved(ref("United States", "state"), "mass", "armour") == (
        "The United States has massed armour."
    )


def test_a_topic_naming_its_holder_is_the_holders_own() -> None:
    alliance = ref("Eastern League", "organisation")

    assert said(alliance, "commit", "Eastern League's open-door policy") == (
        "Eastern League committed to its open-door policy."
    )


@pytest.mark.parametrize(
    ("status", "destination", "line"),
    [
        ("ongoing", "on the capital", "Freedonia is attacking the capital."),
        ("completed", "Port Mer and other cities", "Freedonia attacked Port Mer and other cities."),
        ("planned", None, "Freedonia will go on the attack."),
    ],
)
def test_an_attack_is_said_as_one_not_as_forces_moving(
    status: str, destination: str | None, line: str
) -> None:
    item = MovementItem(
        actor=FREEDONIA,
        activity="other",
        forces="Freedonia's war represents an assault",
        destination=destination,
        status=status,  # type: ignore[arg-type]
        **MERGED,
    )

    assert plain_sentence(item, empty=EMPTY, combat=True) == line
    assert "attack" not in plain_sentence(item, empty=EMPTY)


def test_a_topic_in_the_speakers_own_words_stands_apart_from_the_verb() -> None:
    """ "threatened that We have prepared …" would make "we" nobody's: the holder's own
    words are kept in brackets, as a predicate without its subject is."""
    assert said(FREEDONIA, "threaten", "We have prepared a firm reply to any raid") == (
        "Freedonia made a threat (We have prepared a firm reply to any raid)."
    )
    assert said(FREEDONIA, "commit", "our allies on the eastern shore") == (
        "Freedonia made a commitment (our allies on the eastern shore)."
    )
    assert said(FREEDONIA, "threaten", "western ports") == "Freedonia threatened western ports."


def test_a_past_act_under_an_accusation_is_not_the_holders() -> None:
    """A topic kept with its verb for its polarity ("refused to hold talks") is what the
    accused did: joined with "and" it would say the holder refused."""
    line = said(ref("Jan Nowak", country="Poland"), "accuse", "refused to hold talks today")
    assert line == "Jan Nowak made accusations (refused to hold talks today)."


def test_an_infinitive_under_an_accusation_names_no_plans() -> None:
    """The infinitive of an accusation is the accused's act, often cut from a negation
    ("was not ready to respond"): "alleged plans to respond" would report plans nobody
    named, so it stands apart like a past act; a threat's or a denial's infinitive is the
    holder's own and keeps its verb."""
    nowak = ref("Jan Nowak", country="Poland")
    assert said(nowak, "accuse", "respond adequately to our concerns") == (
        "Jan Nowak made accusations (respond adequately to Poland's concerns)."
    )
    assert said(nowak, "threaten", "impose costs on Freedonia") == (
        "Jan Nowak threatened to impose costs on Freedonia."
    )
    assert said(nowak, "deny", "attack anyone") == "Jan Nowak denied plans to attack anyone."


@pytest.mark.parametrize(
    ("actor", "activity", "forces", "line"),
    [
        (FREEDONIA, "deploy", "two brigades", "Freedonia deploys two brigades (status unclear)."),
        (SYLVANIA, "supply", "howitzers", "Sylvania supplies howitzers (status unclear)."),
        (
            ref("Volunteer brigades", "other"),
            "mass",
            "armour",
            "Volunteer brigades mass armour (status unclear).",
        ),
        (
            KING,
            "alert",
            "the coast guard",
            "Rufus Firefly puts the coast guard on alert (status unclear).",
        ),
    ],
)
def test_a_status_left_open_is_said_in_no_tense_of_its_own(
    actor: CanonicalActor, activity: str, forces: str, line: str
) -> None:
    """ "deployed two brigades (status unclear)" read as done before the bracket."""
    assert moved(actor, activity, forces, status="unclear") == line


def test_a_known_status_keeps_its_tense() -> None:
    """The look-alike: a completed, planned or ongoing movement says which."""
    assert moved(FREEDONIA, "deploy", "two brigades", status="completed") == (
        "Freedonia deployed two brigades."
    )
    assert moved(FREEDONIA, "deploy", "two brigades", status="planned") == (
        "Freedonia will deploy two brigades."
    )


def test_an_attack_left_open_is_said_in_no_tense_of_its_own() -> None:
    item = MovementItem(
        actor=FREEDONIA,
        activity="other",
        forces="shelling",
        destination="on Port Mer",
        status="unclear",
        **MERGED,
    )

    assert (
        plain_sentence(item, empty=EMPTY, combat=True)
        == "Freedonia attacks Port Mer (status unclear)."
    )


@pytest.mark.parametrize(
    ("forces", "status", "line"),
    [
        ("joint military exercises", "ongoing", "Sylvania is holding joint military exercises."),
        ("naval drills", "planned", "Sylvania will hold naval drills."),
        ("snap manoeuvres", "completed", "Sylvania held snap manoeuvres."),
        ("large-scale drills", "unclear", "Sylvania holds large-scale drills (status unclear)."),
    ],
)
def test_forces_that_are_the_exercise_are_held_not_exercised_with(
    forces: str, status: str, line: str
) -> None:
    """ "Russia is holding exercises with joint military exercises"."""
    assert moved(SYLVANIA, "exercise", forces, status=status) == line


def test_forces_that_take_part_in_an_exercise_are_exercised_with() -> None:
    """The look-alike: troops, and a drill word that is not the head ("drill instructors")."""
    assert moved(SYLVANIA, "exercise", "30,000 troops") == (
        "Sylvania is holding exercises with 30,000 troops."
    )
    assert moved(SYLVANIA, "exercise", "drill instructors") == (
        "Sylvania is holding exercises with drill instructors."
    )


@pytest.mark.parametrize(
    ("forces", "quantity"),
    [
        ("two additional brigades of the Joint Forces", "2 troops"),
        ("about twenty battalion tactical groups", "about 20"),
        ("Three naval task groups", "3 ships"),
        ("thirty-odd fighter jets", "30 aircraft"),
    ],
)
def test_forces_that_spell_their_figure_are_not_given_it_again(forces: str, quantity: str) -> None:
    """ "two additional brigades (2 troops)": two soldiers, to a reader."""
    line = moved(FREEDONIA, "deploy", forces, quantity=quantity, status="completed")

    assert "(" not in line
    assert line.startswith("Freedonia deployed ")


def test_forces_that_spell_another_number_or_none_are_given_the_figure() -> None:
    """The look-alikes: a figure the words do not give is still said."""
    assert moved(FREEDONIA, "deploy", "two brigades", quantity="about 5,000 troops") == (
        "Freedonia is deploying two brigades (about 5,000 troops)."
    )
    assert moved(FREEDONIA, "deploy", "armoured brigades", quantity="about 2,000 troops") == (
        "Freedonia is deploying armoured brigades (about 2,000 troops)."
    )
