"""Diplomatic contacts by class: each mode and status across its verbs and nouns, in the
constructions official English reports them in (active, passive, nominal, subjectless), and
the look-alikes that are no contact. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

from summarise.schema import DiplomaticContact, Quote


def contacts(text: str) -> list[DiplomaticContact[Quote]]:
    return extract(text).diplomatic_contacts


def one(text: str) -> tuple[str, str, list[str]]:
    (contact,) = contacts(text)
    return contact.mode, contact.status, [a.name for a in contact.participants]


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria has called for talks with Slovakia on the border.",
        "Prime Minister Elina Markova of Bulgaria requested a phone call with President Marek "
        "Novak of Slovakia.",
        "Slovakia urged direct negotiations with Bulgaria.",
        "Bulgaria is pressing for a meeting with Slovakia.",
    ],
)
def test_a_verb_of_requesting_governing_a_contact_makes_it_proposed(text: str) -> None:
    assert one(text)[1] == "proposed"


def test_a_request_said_in_a_contact_held_leaves_it_held() -> None:
    assert (
        one(
            "Prime Minister Elina Markova of Bulgaria spoke by phone with President Marek Novak of "
            "Slovakia and urged restraint."
        )[1]
        == "held"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria suspended its talks with Slovakia on Monday.",
        "Slovakia broke off negotiations with Bulgaria.",
        "Prime Minister Elina Markova of Bulgaria postponed her visit to Slovakia.",
        "A planned meeting between Prime Minister Elina Markova of Bulgaria and President Marek "
        "Novak of Slovakia in Vienna was called off.",
        "Bulgaria pulled out of the talks with Slovakia.",
    ],
)
def test_a_contact_called_off_is_cancelled_before_any_other_status(text: str) -> None:
    assert one(text)[1] == "cancelled"


@pytest.mark.parametrize(
    "text",
    [
        "A summit between Bulgaria and Slovakia is planned for June.",
        "Prime Minister Elina Markova of Bulgaria is due to visit Slovakia in May.",
        "Bulgaria and Slovakia agreed to resume talks on Monday.",
    ],
)
def test_a_contact_planned_due_or_resumed_is_planned(text: str) -> None:
    assert one(text)[1] == "planned"


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Elina Markova of Bulgaria was received by President Marek Novak of "
        "Slovakia in Bratislava.",
        "Prime Minister Elina Markova of Bulgaria was hosted by President Marek Novak of Slovakia.",
        "Prime Minister Elina Markova of Bulgaria was welcomed by President Marek Novak of "
        "Slovakia on Thursday.",
    ],
)
def test_a_guest_hosted_in_the_passive_meets_the_host_after_by(text: str) -> None:
    assert one(text) == ("meeting", "held", ["Elina Markova", "Marek Novak"])


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jan Kowal of Poland went to Kyiv on Monday.",
        "Foreign Minister Jan Kowal of Poland flew to Kyiv on Monday.",
        "Foreign Minister Jan Kowal of Poland toured Ukraine on Monday.",
        "Foreign Minister Jan Kowal of Poland landed in Kyiv on Monday.",
        "Foreign Minister Jan Kowal of Poland is in Kyiv on a two-day visit.",
        "Foreign Minister Jan Kowal of Poland arrived in Kyiv for an official visit.",
    ],
)
def test_a_person_going_to_a_place_visits_its_state(text: str) -> None:
    assert one(text) == ("visit", "held", ["Jan Kowal", "Ukraine"])


@pytest.mark.parametrize(
    "text",
    [
        "Foreign Minister Jan Kowal of Poland is heading to Kyiv for consultations.",
        "Foreign Minister Jan Kowal of Poland will fly to Kyiv on Monday.",
    ],
)
def test_a_person_heading_to_a_place_is_a_planned_visit(text: str) -> None:
    assert one(text) == ("visit", "planned", ["Jan Kowal", "Ukraine"])


@pytest.mark.parametrize(
    "text",
    [
        "A Russian convoy went to Kyiv on Monday.",
        "Two battalions headed to Kharkiv overnight.",
        "Poland went to great lengths to help.",
        "Bombers flew to Belarus on Monday.",
    ],
)
def test_forces_or_things_going_somewhere_are_no_visit(text: str) -> None:
    assert contacts(text) == []


def test_a_place_between_the_verb_and_its_with_object_is_no_party() -> None:
    assert one(
        "Later, Foreign Minister Jan Kowal of Poland met in Vilnius with Foreign Minister Ruta "
        "Jonaite of Lithuania."
    ) == ("meeting", "held", ["Jan Kowal", "Ruta Jonaite"])


def test_the_parties_after_the_people_they_send_hold_the_talks() -> None:
    mode, _, parties = one(
        "The third round of negotiations between the delegations of Bulgaria and Slovakia took "
        "place in Vienna."
    )
    assert (mode, parties) == ("talks", ["Bulgaria", "Slovakia"])


@pytest.mark.parametrize("group", ["the Lublin Triangle", "the Bucharest Nine"])
def test_a_named_group_of_states_after_of_is_one_party(group: str) -> None:
    (summit,) = extract(
        f"Prime Minister Elina Markova of Bulgaria took part in a summit of {group} on Friday."
    ).diplomatic_contacts
    assert [(a.name, a.kind) for a in summit.participants] == [
        ("Elina Markova", "person"),
        (group.removeprefix("the "), "other"),
    ]


def test_a_medium_beside_a_summit_is_how_one_took_part_in_it() -> None:
    (summit,) = contacts(
        "Prime Minister Elina Markova of Bulgaria joined via video link an emergency summit of "
        "the Weimar Triangle."
    )
    assert summit.mode == "summit"


def test_an_organisation_naming_a_summit_takes_part_and_the_trip_to_it_is_no_visit() -> None:
    (summit,) = contacts(
        "Prime Minister Elina Markova of Bulgaria will travel to Vienna on Monday to attend an "
        "OSCE summit on Tuesday."
    )
    assert (summit.mode, summit.status, [a.name for a in summit.participants]) == (
        "summit",
        "planned",
        ["Elina Markova", "OSCE"],
    )


def test_a_relative_clause_after_a_contact_noun_names_its_holders() -> None:
    assert one(
        "The talks that Foreign Minister Jan Kowal of Poland and Foreign Minister Ruta Jonaite "
        "of Lithuania were to hold in Riga on Monday have been postponed."
    ) == ("talks", "cancelled", ["Jan Kowal", "Ruta Jonaite"])


@pytest.mark.parametrize(
    "text",
    [
        "A telephone conversation took place between Foreign Minister Jan Kowal of Poland and "
        "Foreign Minister Ruta Jonaite of Lithuania.",
        "Talks were held between Foreign Minister Jan Kowal of Poland and Foreign Minister Ruta "
        "Jonaite of Lithuania in Riga.",
    ],
)
def test_the_parties_after_a_predicate_of_taking_place_hold_the_contact(text: str) -> None:
    assert one(text)[2] == ["Jan Kowal", "Ruta Jonaite"]


def test_a_first_person_post_with_its_subject_left_out_is_its_authors_contact() -> None:
    draft = extract(
        "Had a phone call with Prime Minister Anna Lind of Sweden. Just spoke with Chancellor "
        "Klara Voss of Germany.",
        "Address by President of Ukraine Oleh Bondar",
        KYIV,
    )
    assert [[a.name for a in c.participants] for c in draft.diplomatic_contacts] == [
        ["Oleh Bondar", "Anna Lind"],
        ["Oleh Bondar", "Klara Voss"],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Prime Minister Elina Markova of Bulgaria sent a message of condolence to President "
        "Marek Novak of Slovakia.",
        "Prime Minister Elina Markova of Bulgaria sent condolences to President Marek Novak of "
        "Slovakia.",
        "Prime Minister Elina Markova of Bulgaria sent a telegram to President Marek Novak of "
        "Slovakia.",
        "Prime Minister Elina Markova of Bulgaria replied in writing to President Marek Novak "
        "of Slovakia.",
    ],
)
def test_messages_of_every_kind_are_correspondence(text: str) -> None:
    assert one(text) == ("correspondence", "held", ["Elina Markova", "Marek Novak"])


def test_a_message_as_a_metaphor_is_no_correspondence() -> None:
    assert contacts("Our message to the people of Slovakia is simple.") == []


@pytest.mark.parametrize("verb", ["sat down with", "met in Vienna with"])
def test_meeting_verbs_of_the_class_are_a_meeting(verb: str) -> None:
    assert one(
        f"Foreign Minister Jan Kowal of Poland {verb} Foreign Minister Ruta Jonaite of Lithuania."
    ) == ("meeting", "held", ["Jan Kowal", "Ruta Jonaite"])


def test_the_states_of_the_leaders_who_gather_are_its_parties() -> None:
    (summit,) = contacts("The leaders of Poland, Lithuania and Latvia held a summit in Riga.")
    assert (summit.mode, [a.name for a in summit.participants]) == (
        "summit",
        ["Poland", "Lithuania", "Latvia"],
    )


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        (
            "After meeting Foreign Minister Ruta Jonaite of Lithuania in Vilnius, Foreign "
            "Minister Jan Kowal of Poland praised the talks.",
            "meeting",
        ),
        (
            "Before visiting Latvia, Foreign Minister Jan Kowal of Poland praised the talks.",
            "visit",
        ),
    ],
)
def test_a_gerund_clause_after_a_time_preposition_is_the_subjects_contact(
    text: str, mode: str
) -> None:
    assert one(text)[0] == mode


def test_an_occasion_named_as_a_time_is_still_no_contact() -> None:
    assert (
        contacts("After the meeting, Foreign Minister Jan Kowal of Poland praised Lithuania.") == []
    )


def test_a_visit_agreed_for_someone_else_is_that_persons() -> None:
    assert one(
        "The ministers agreed that Chancellor Klara Voss of Germany would visit Lithuania in June."
    ) == ("visit", "planned", ["Klara Voss", "Lithuania"])


def test_a_visitor_being_here_at_a_time_comes_to_the_speaker() -> None:
    draft = extract(
        "Vladimir Petrov: Chancellor Klara Voss of Germany will come here tomorrow; Prime "
        "Minister Anna Lind of Sweden will be here on Friday.",
        "Press conference",
        KREMLIN,
    )
    assert [
        (c.mode, c.status, [a.name for a in c.participants]) for c in draft.diplomatic_contacts
    ] == [
        ("visit", "planned", ["Klara Voss", "Russia"]),
        ("visit", "planned", ["Anna Lind", "Russia"]),
    ]


def test_the_next_round_of_talks_held_is_a_planned_occasion_of_the_same_sides() -> None:
    held, planned = contacts(
        "The second round of talks between delegations of Bulgaria and Slovakia took place "
        "on Monday in Vienna. The next round will be held next week."
    )
    assert (held.status, planned.status) == ("held", "planned")
    assert [a.name for a in planned.participants] == ["Bulgaria", "Slovakia"]


def test_a_round_numbered_in_a_series_is_a_new_occasion() -> None:
    assert one("Bulgaria and Slovakia held the third round of negotiations in Vienna.") == (
        "talks",
        "held",
        ["Bulgaria", "Slovakia"],
    )


@pytest.mark.parametrize(
    "text",
    [
        "Bulgaria and Slovakia's foreign ministers met in Vienna on Thursday.",
        "Bulgarian and Slovak negotiators resumed talks on Monday.",
    ],
)
def test_two_states_before_the_people_they_send_are_the_sides(text: str) -> None:
    assert sorted(one(text)[2]) == ["Bulgaria", "Slovakia"]


def test_occasions_listed_between_semicolons_each_quote_their_own_clause() -> None:
    draft = extract(
        "Vladimir Petrov: Chancellor Klara Voss of Germany will come here tomorrow; Prime "
        "Minister Anna Lind of Sweden will be here on Friday.",
        "Press conference",
        KREMLIN,
    )
    assert [[e.quote for e in c.evidence] for c in draft.diplomatic_contacts] == [
        ["Chancellor Klara Voss of Germany will come here tomorrow"],
        ["Prime Minister Anna Lind of Sweden will be here on Friday."],
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia stressed the need for a written response from Bulgaria to its proposals.",
        "Slovakia is still waiting for an answer from Bulgaria.",
        "Slovakia expects a substantive reply from Bulgaria.",
    ],
)
def test_a_reply_needed_or_awaited_is_no_correspondence(text: str) -> None:
    assert contacts(text) == []


def test_the_party_after_its_delegation_named_with_an_adjective_takes_part() -> None:
    assert one(
        "Prime Minister Elina Markova of Bulgaria met with a high-level delegation of the "
        "European Union in Sofia."
    )[2] == ["Bulgaria", "EU"]


def test_what_was_discussed_with_the_same_side_adds_to_the_contact_reported() -> None:
    (call,) = extract(
        "President Daniel Reed spoke today with Chancellor Klara Voss of Germany. President "
        "Reed discussed energy security with Chancellor Voss.",
        "Readout of President Reed's Call with Chancellor Voss of Germany",
        WHITE_HOUSE,
    ).diplomatic_contacts
    assert call.mode == "phone_call"
    assert len(call.evidence) == 2


def test_occasions_in_the_plural_with_several_parties_are_one_with_each() -> None:
    draft = extract(
        "Today I had phone calls with Chancellor Klara Voss of Germany, Prime Minister Anna "
        "Lind of Sweden and President Marek Novak of Slovakia.",
        "Address by President of Ukraine Oleh Bondar",
        KYIV,
    )
    assert [[a.name for a in c.participants] for c in draft.diplomatic_contacts] == [
        ["Oleh Bondar", "Klara Voss"],
        ["Oleh Bondar", "Anna Lind"],
        ["Oleh Bondar", "Marek Novak"],
    ]


def test_one_call_with_several_parties_stays_one() -> None:
    (call,) = contacts(
        "Chancellor Klara Voss of Germany held a call with Prime Minister Anna Lind of Sweden "
        "and President Marek Novak of Slovakia."
    )
    assert [a.name for a in call.participants] == ["Klara Voss", "Anna Lind", "Marek Novak"]


def test_a_predicate_coordinated_after_a_contact_shares_its_subject() -> None:
    call, talks = extract(
        "The spokesman recalled that President Marek Novak of Slovakia had spoken by telephone "
        "with Prime Minister Elina Markova of Bulgaria on Monday and would hold talks with "
        "Chancellor Klara Voss of Germany in Berlin on Friday.",
        None,
        None,
    ).diplomatic_contacts
    assert [a.name for a in call.participants] == ["Marek Novak", "Elina Markova"]
    assert [a.name for a in talks.participants] == ["Marek Novak", "Klara Voss"]
    assert (talks.mode, talks.status) == ("talks", "planned")


def test_a_contact_s_place_and_time_before_its_with_object() -> None:
    assert one(
        "Chancellor Klara Voss of Germany recalled her meeting in Vienna on Monday with "
        "Slovakia's Foreign Minister Ruta Varga."
    ) == ("meeting", "held", ["Klara Voss", "Ruta Varga"])


@pytest.mark.parametrize(
    ("text", "mode"),
    [
        ("President Daniel Reed spoke with Chancellor Klara Voss of Germany yesterday.", "other"),
        (
            "President Daniel Reed spoke with Chancellor Klara Voss of Germany yesterday. The "
            "phone call lasted an hour.",
            "phone_call",
        ),
        (
            "President Daniel Reed talked with Chancellor Klara Voss of Germany by video link.",
            "video_call",
        ),
    ],
)
def test_a_verb_that_does_not_say_the_medium_takes_the_articles_word(text: str, mode: str) -> None:
    assert contacts(text)[0].mode == mode
