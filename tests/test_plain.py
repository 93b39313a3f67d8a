"""Plain sentences for "Key developments": each item said grammatically from its own
fields, whatever shape the extractor gave them (sentences invented for these tests)."""

from __future__ import annotations

from typing import Any

import pytest

from summarise.briefing.importance import default_weights
from summarise.briefing.model import CanonicalActor, ContactItem, MovementItem, PositionItem
from summarise.briefing.plain import named, plain_sentence
from summarise.phrases.shape import Shape, read_phrase


def ref(name: str, kind: str = "person", country: str | None = None) -> CanonicalActor:
    return CanonicalActor(
        id=name.casefold().replace(" ", "-"), name=name, kind=kind, country=country
    )  # type: ignore[arg-type]


ORTA = ref("Anna Orta", country="Freedonia")
FREEDONIA = ref("Freedonia", "state", "Freedonia")
SYLVANIA = ref("Sylvania", "state", "Sylvania")
KING = ref("Rufus Firefly", country="Freedonia")
PENNY = ref("Pen Trentino", country="Sylvania")
MERGED: dict[str, Any] = {"id": "X1", "headline": "", "parties": [], "reports": []}
EMPTY = default_weights().form.empty


def said(holder: CanonicalActor, stance: str, topic: str, **more: Any) -> str:
    return plain_sentence(
        PositionItem(holder=holder, stance=stance, topic=topic, **MERGED, **more),  # type: ignore[arg-type]
        empty=EMPTY,
    )


def moved(actor: CanonicalActor, activity: str, forces: str, **more: Any) -> str:
    values = {"status": "ongoing", **more}
    return plain_sentence(
        MovementItem(actor=actor, activity=activity, forces=forces, **MERGED, **values),  # type: ignore[arg-type]
        empty=EMPTY,
    )


def met(participants: list[CanonicalActor], mode: str, **more: Any) -> str:
    values = {"status": "held", **more}
    return plain_sentence(
        ContactItem(participants=participants, mode=mode, **MERGED, **values),  # type: ignore[arg-type]
        empty=EMPTY,
    )


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


def test_an_office_named_without_its_holder_takes_the() -> None:
    assert named(ref("Polish Foreign Minister")) == "the Polish Foreign Minister"
    assert named(ref("President Firefly")) == "President Firefly"


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


# A place in the speaker's words: said from the reader's side, "our" names the reader's.
@pytest.mark.parametrize(
    ("actor", "claimants", "destination", "activity", "line"),
    [
        # A head of state's address: a person claimant, their state.
        (
            SYLVANIA,
            [ORTA],
            "near our border",
            "deploy",
            "Sylvania is deploying units near Freedonia's border.",
        ),
        # A ministry statement: the state itself claims it.
        (
            FREEDONIA,
            [SYLVANIA],
            "along our western borders",
            "mass",
            "Freedonia has massed units along Sylvania's western borders.",
        ),
        # An alliance's forces, two officials of one state claiming them.
        (
            ref("the Alliance", "organisation"),
            [PENNY, SYLVANIA],
            "near our southern frontier",
            "mass",
            "The Alliance has massed units near Sylvania's southern frontier.",
        ),
        # A wire report quoting no one: whose "our" it is stays the speaker's, in quotes.
        (
            SYLVANIA,
            [],
            "to our army",
            "supply",
            "Sylvania is supplying units \u201cto our army\u201d.",
        ),
        # Claimants of two states: no one state is "our".
        (
            SYLVANIA,
            [ORTA, PENNY],
            "near our border",
            "deploy",
            "Sylvania is deploying units \u201cnear our border\u201d.",
        ),
        # Another first-person word than "our": quoted, not rewritten.
        (
            SYLVANIA,
            [ORTA],
            "towards us",
            "deploy",
            "Sylvania is deploying units \u201ctowards us\u201d.",
        ),
    ],
)
def test_a_place_in_the_speakers_words_says_whose_it_is(
    actor: CanonicalActor,
    claimants: list[CanonicalActor],
    destination: str,
    activity: str,
    line: str,
) -> None:
    assert moved(actor, activity, "units", destination=destination, claimed_by=claimants) == line


def test_a_place_in_no_ones_first_person_is_left_as_it_is() -> None:
    """Look-alikes: "hours" and "Ourense" hold no "our"; a third-person place is no one's."""
    assert moved(SYLVANIA, "deploy", "units", destination="Ourense", claimed_by=[ORTA]) == (
        "Sylvania is deploying units to Ourense."
    )
    assert moved(
        SYLVANIA, "deploy", "units", destination="near their border for hours", claimed_by=[ORTA]
    ) == ("Sylvania is deploying units near their border for hours.")


# Forces in the speaker's words ("Our exercise"): the actor's own when the speaker is the
# actor's side, else quoted.
@pytest.mark.parametrize(
    ("actor", "claimants", "activity", "forces", "status", "line"),
    [
        # A ministry statement: the state itself claims its own exercise.
        (
            FREEDONIA,
            [FREEDONIA],
            "exercise",
            "Our exercise",
            "planned",
            "Freedonia will hold its exercise.",
        ),
        # A head of state's address: a person of the actor's state.
        (FREEDONIA, [ORTA], "deploy", "our reserve battalions", "ongoing", None),
        # An army named for its state, claimed by the state's official.
        (
            ref("Freedonian Army", "military", "Freedonia"),
            [KING],
            "mass",
            "our armoured units",
            "completed",
            "The Freedonian Army massed its armoured units.",
        ),
        # A wire report quoting no one: whose "our" is stays unsaid, in quotes.
        (
            FREEDONIA,
            [],
            "exercise",
            "our exercise",
            "ongoing",
            "Freedonia is holding \u201cour exercise\u201d.",
        ),
    ],
)
def test_forces_in_the_speakers_words_are_the_actors_own_or_quoted(
    actor: CanonicalActor,
    claimants: list[CanonicalActor],
    activity: str,
    forces: str,
    status: str,
    line: str | None,
) -> None:
    said_line = moved(actor, activity, forces, claimed_by=claimants, status=status)
    assert said_line == (line or "Freedonia is deploying its reserve battalions.")


def test_forces_in_another_sides_words_are_quoted_not_the_actors() -> None:
    """Look-alikes: a Sylvanian speaker's "our units" moved by Freedonia are not
    Freedonia's; "towards us" names no owner; "hours" and "Ourense" hold no "our"."""
    assert moved(FREEDONIA, "deploy", "our units", claimed_by=[PENNY]) == (
        "Freedonia is deploying \u201cour units\u201d."
    )
    assert moved(FREEDONIA, "deploy", "units sent to us", claimed_by=[ORTA]) == (
        "Freedonia is deploying \u201cunits sent to us\u201d."
    )
    assert moved(FREEDONIA, "deploy", "Ourense garrison units", claimed_by=[PENNY]) == (
        "Freedonia is deploying Ourense garrison units."
    )


def test_an_acronym_in_capitals_is_no_first_person() -> None:
    """Look-alikes: "US troops" and "the ME region" are no speaker's "us" and "me"; "Us"
    opening a phrase still is."""
    assert moved(FREEDONIA, "deploy", "US troops", claimed_by=[ORTA]) == (
        "Freedonia is deploying US troops."
    )
    assert moved(
        FREEDONIA, "deploy", "units", destination="to US bases in the ME region", claimed_by=[]
    ) == ("Freedonia is deploying units to US bases in the ME region.")
    assert moved(FREEDONIA, "deploy", "units", destination="Us and our allies", claimed_by=[]) == (
        "Freedonia is deploying units to \u201cUs and our allies\u201d."
    )


# A position's topic in the holder's words ("near our borders"): said whose, or quoted.
@pytest.mark.parametrize(
    ("holder", "stance", "topic", "line"),
    [
        # A foreign minister at a briefing: a person's state.
        (
            ref("Jan Nowak", country="Poland"),
            "demand",
            "an explanation of the military activity near our borders",
            "Jan Nowak called for an explanation of the military activity near Poland's borders.",
        ),
        # A ministry statement: the state's own.
        (
            FREEDONIA,
            "commit",
            "act together with our allies",
            "Freedonia pledged to act together with its allies.",
        ),
        # An office of government: its state, and "our country" is the state itself.
        (
            ref("Freedonian Foreign Ministry", "government", "Freedonia"),
            "concern",
            "economic pressure against our country",
            "The Freedonian Foreign Ministry voiced concern about economic pressure against"
            " Freedonia.",
        ),
        # A transcript's "we" mid-topic: no one's to say, so the holder's words are quoted.
        (
            KING,
            "demand",
            "answers to the questions we have raised",
            "Rufus Firefly called for \u201canswers to the questions we have raised\u201d.",
        ),
    ],
)
def test_a_topic_in_the_holders_words_says_whose_or_is_quoted(
    holder: CanonicalActor, stance: str, topic: str, line: str
) -> None:
    assert said(holder, stance, topic) == line


def test_a_topic_whose_first_person_has_no_known_owner_is_quoted_not_given_one() -> None:
    """Look-alikes: an organisation's "our" is not the state it sits in; "US sanctions",
    "Ourense" and "their borders" hold no first person; a topic opening in the first
    person keeps its brackets."""
    alliance = ref("the Alliance", "organisation", "Sylvania")
    assert said(alliance, "support", "the security of our members") == (
        "The Alliance voiced support for \u201cthe security of our members\u201d."
    )
    assert said(KING, "support", "sanctions by the US on Ourense near their borders") == (
        "Rufus Firefly voiced support for sanctions by the US on Ourense near their borders."
    )
    assert said(FREEDONIA, "commit", "our allies on the eastern shore") == (
        "Freedonia made a commitment (our allies on the eastern shore)."
    )
