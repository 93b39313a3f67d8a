"""Diplomatic contacts: a trigger of calling, meeting, visiting or talking with its
parties (one per side), mode, status, place, time and topic."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, WHITE_HOUSE, extract

from summarise.schema import DiplomaticContact, Quote


def contacts(
    text: str, title: str | None = None, source: str | None = None
) -> list[DiplomaticContact[Quote]]:
    return extract(text, title, source).diplomatic_contacts


def sides(contact: DiplomaticContact[Quote]) -> list[tuple[str, str | None]]:
    return [(a.name, a.country) for a in contact.participants]


def test_a_phone_call_with_its_parties_and_time() -> None:
    (call,) = contacts(
        "Prime Minister Elina Markova of Bulgaria spoke by phone with President Marek Novak "
        "of Slovakia on Monday."
    )
    assert sides(call) == [("Elina Markova", "Bulgaria"), ("Marek Novak", "Slovakia")]
    assert (call.mode, call.status, call.when, call.topics) == (
        "phone_call",
        "held",
        "on Monday",
        [],
    )


def test_spoke_with_takes_the_medium_the_title_names() -> None:
    (call,) = contacts(
        "President Daniel Reed spoke today with Chancellor Klara Voss of Germany.",
        "Readout of President Reed's Video Call with Chancellor Voss of Germany",
        WHITE_HOUSE,
    )
    assert call.mode == "video_call"
    assert sides(call) == [("Daniel Reed", "United States"), ("Klara Voss", "Germany")]


def test_a_meeting_with_place_and_topic() -> None:
    (meeting,) = contacts(
        "Foreign Minister Jan Kowal of Poland met Foreign Minister Oleh Danyliuk of Ukraine in "
        "Lviv on Friday to discuss humanitarian corridors."
    )
    assert (meeting.mode, meeting.location, meeting.when, meeting.topics) == (
        "meeting",
        "Lviv",
        "on Friday",
        ["humanitarian corridors"],
    )


def test_a_visit_planned_has_the_visitor_and_the_host_state() -> None:
    (visit,) = contacts("Poland's foreign minister Jan Kowal will travel to Kyiv next week.")
    assert sides(visit) == [("Jan Kowal", "Poland"), ("Ukraine", "Ukraine")]
    assert (visit.mode, visit.status) == ("visit", "planned")


def test_two_states_agreeing_to_talk_are_both_parties() -> None:
    (talks,) = contacts("Norway and Sweden agreed to hold talks in Oslo next month.")
    assert sides(talks) == [("Norway", "Norway"), ("Sweden", "Sweden")]
    assert (talks.status, talks.location) == ("planned", "Oslo")


def test_a_meeting_proposed() -> None:
    (meeting,) = contacts("Canada proposed a meeting with Russia in Geneva.")
    assert (meeting.status, meeting.location) == ("proposed", "Geneva")


def test_a_call_cancelled() -> None:
    (call,) = contacts("The call between Sweden and Finland was cancelled.")
    assert (call.mode, call.status) == ("phone_call", "cancelled")


def test_a_habit_of_meeting_is_no_contact() -> None:
    assert contacts("Ministers of Norway and Sweden regularly meet to discuss energy.") == []


def test_one_side_alone_is_no_contact() -> None:
    assert contacts("Foreign Minister Jan Kowal of Poland will meet reporters later.") == []


def test_a_restatement_of_the_contact_adds_its_evidence() -> None:
    (call,) = contacts(
        "President Daniel Reed spoke today with Chancellor Klara Voss of Germany. The call "
        "lasted an hour.",
        "Readout of President Reed's Call with Chancellor Voss of Germany",
        WHITE_HOUSE,
    )
    assert [e.quote for e in call.evidence] == [
        "President Daniel Reed spoke today with Chancellor Klara Voss of Germany.",
        "The call lasted an hour.",
    ]


def test_hosting_a_guest_is_a_meeting_with_the_guest() -> None:
    (meeting,) = contacts(
        "President Marek Novak of Slovakia received Prime Minister Elina Markova of Bulgaria "
        "in Bratislava."
    )
    assert sides(meeting) == [("Marek Novak", "Slovakia"), ("Elina Markova", "Bulgaria")]
    assert (meeting.mode, meeting.status, meeting.location) == ("meeting", "held", "Bratislava")


def test_hosting_a_thing_is_no_contact() -> None:
    assert contacts("Moldova received assurances from Romania and welcomed the decision.") == []


def test_telephoned_is_a_phone_call() -> None:
    (call,) = contacts("Prime Minister Elina Markova of Bulgaria telephoned President Marek Novak.")
    assert (call.mode, call.status) == ("phone_call", "held")
    assert [a.name for a in call.participants] == ["Elina Markova", "Marek Novak"]


def test_conferring_with_another_state_is_a_contact() -> None:
    (talk,) = contacts("Norway conferred with Finland about the situation in the Baltic.")
    assert sides(talk) == [("Norway", "Norway"), ("Finland", "Finland")]
    assert (talk.mode, talk.status) == ("other", "held")


def test_a_compound_of_two_states_names_both_sides() -> None:
    (talks,) = contacts("Estonian-Finnish talks took place in Tallinn.")
    assert sides(talks) == [("Estonia", "Estonia"), ("Finland", "Finland")]
    assert (talks.mode, talks.status, talks.location) == ("talks", "held", "Tallinn")


def test_a_compound_of_one_state_names_no_sides() -> None:
    assert contacts("The Polish-Polish talks took place in Warsaw.") == []


def test_hosting_planned_is_a_planned_meeting() -> None:
    (meeting,) = contacts(
        "President Marek Novak of Slovakia will host President Elina Markova of Bulgaria next week."
    )
    assert (meeting.mode, meeting.status, meeting.when) == ("meeting", "planned", "next week")


def test_a_person_arriving_in_a_capital_is_a_visit() -> None:
    (visit,) = contacts("Foreign Minister Jan Kowal of Poland arrived in Kyiv on Tuesday.")
    assert sides(visit) == [("Jan Kowal", "Poland"), ("Ukraine", "Ukraine")]
    assert (visit.mode, visit.status, visit.when) == ("visit", "held", "on Tuesday")


def test_a_person_coming_is_a_planned_visit() -> None:
    (visit,) = contacts("The Prime Minister of Italy is coming to Warsaw next week.")
    assert (visit.mode, visit.status) == ("visit", "planned")


def test_forces_arriving_are_no_visit() -> None:
    assert contacts("Romanian troops arrived in Moldova on Monday.") == []


def test_an_unnamed_counterpart_is_his_state() -> None:
    (call,) = contacts("Foreign Minister Jan Kowal of Poland spoke with his Latvian counterpart.")
    assert sides(call) == [("Jan Kowal", "Poland"), ("Latvia", "Latvia")]


def test_coordinated_counterparts_are_each_their_state() -> None:
    (meeting,) = contacts(
        "Foreign Minister Jan Kowal of Poland met his Estonian, Latvian and Lithuanian "
        "counterparts in Riga."
    )
    assert [a.name for a in meeting.participants] == ["Jan Kowal", "Estonia", "Latvia", "Lithuania"]


def test_a_call_received_from_a_party_is_a_phone_call_with_it() -> None:
    (call,) = contacts(
        "President Marek Novak of Slovakia received a call from President Elina Markova of "
        "Bulgaria."
    )
    assert sides(call) == [("Marek Novak", "Slovakia"), ("Elina Markova", "Bulgaria")]
    assert call.mode == "phone_call"


def test_a_message_sent_is_correspondence() -> None:
    (letter,) = contacts(
        "President Marek Novak of Slovakia sent a message to President Elina Markova of Bulgaria."
    )
    assert (letter.mode, letter.status) == ("correspondence", "held")


def test_our_talks_are_the_speakers() -> None:
    (talks,) = contacts(
        "President Ivan Sokolov: Our talks with the Prime Minister of Finland were useful.",
        source=KREMLIN,
    )
    assert [a.name for a in talks.participants] == ["Ivan Sokolov", "Prime Minister of Finland"]
    assert (talks.mode, talks.status) == ("talks", "held")


def test_a_group_of_leaders_the_vocabulary_does_not_know_is_one_party() -> None:
    (call,) = contacts("President Marek Novak of Slovakia held a video call with Nordic leaders.")
    assert [(a.name, a.kind) for a in call.participants] == [
        ("Marek Novak", "person"),
        ("Nordic leaders", "other"),
    ]
    assert call.mode == "video_call"


def test_partners_name_no_occasion() -> None:
    assert contacts("Slovakia discussed the crisis with Nordic partners.") == []


def test_coming_to_a_partys_aid_is_no_visit() -> None:
    assert contacts("Prime Minister Elina Markova of Bulgaria came to Romania's aid.") == []


def test_a_visit_named_with_its_place_is_its_own_contact() -> None:
    (visit,) = contacts("Prime Minister Elina Markova of Bulgaria's visit to Warsaw was useful.")
    assert sides(visit) == [("Elina Markova", "Bulgaria"), ("Poland", "Poland")]
    assert visit.mode == "visit"


def test_exchanging_views_is_talks_and_a_video_link_a_video_call() -> None:
    (talks,) = contacts(
        "President Marek Novak of Slovakia exchanged views with President Elina Markova of "
        "Bulgaria."
    )
    (call,) = contacts(
        "President Marek Novak of Slovakia spoke via video link with President Elina Markova of "
        "Bulgaria."
    )
    assert (talks.mode, call.mode) == ("talks", "video_call")


def test_a_guest_welcomed_to_a_place_meets_there() -> None:
    (meeting,) = contacts(
        "President Marek Novak of Slovakia welcomed President Elina Markova of Bulgaria to "
        "Bratislava Castle on Monday."
    )
    assert (meeting.mode, meeting.location, meeting.when) == (
        "meeting",
        "Bratislava Castle",
        "on Monday",
    )


def test_an_untitled_name_after_a_verb_taking_a_person_is_a_person() -> None:
    # A preposition after a two-word name does not unmake it after "met" or "with".
    (met,) = contacts("Marek Novak met Elina Markova in Vienna on Monday.")
    assert [a.name for a in met.participants] == ["Marek Novak", "Elina Markova"]
    assert (met.mode, met.location) == ("meeting", "Vienna")
    (talks,) = contacts("Anna Berg held talks with Tomas Lind in Oslo on Friday.")
    assert [a.name for a in talks.participants] == ["Anna Berg", "Tomas Lind"]


def test_a_place_after_a_visit_verb_stays_a_place() -> None:
    assert contacts("Marek Novak visited Fort Bragg in North Carolina on Monday.") == []


def test_a_contact_referred_back_to_with_another_date_is_another_occasion() -> None:
    calls = contacts(
        "President Daniel Reed spoke by phone with Chancellor Klara Voss of Germany today. "
        "They had also spoken by phone on January 2."
    )
    assert [(c.mode, c.when) for c in calls] == [
        ("phone_call", "today"),
        ("phone_call", "on January 2"),
    ]
    assert sides(calls[1]) == sides(calls[0])


def test_a_contact_referred_back_to_without_its_own_date_is_the_same_occasion() -> None:
    (call,) = contacts(
        "President Daniel Reed spoke by phone with Chancellor Klara Voss of Germany today. "
        "The call lasted an hour, and on Friday their advisers will follow up."
    )
    assert (call.when, len(call.evidence)) == ("today", 2)


def test_a_next_occasion_agreed_after_a_contact_held_is_planned() -> None:
    held, planned = contacts(
        "Marek Novak met Elina Markova in Vienna on Monday. "
        "The two leaders agreed to meet again next week."
    )
    assert (held.mode, held.status) == ("meeting", "held")
    assert (planned.mode, planned.status, planned.when) == ("meeting", "planned", "next week")
    assert sides(planned) == sides(held)


def test_a_plan_elsewhere_in_a_sentence_about_the_call_is_no_new_occasion() -> None:
    (call,) = contacts(
        "President Daniel Reed spoke by phone with Chancellor Klara Voss of Germany today. "
        "In the call, President Reed said the United States will send more aid."
    )
    assert (call.mode, call.status) == ("phone_call", "held")


def test_a_scheduled_meeting_between_two_untitled_people_is_planned() -> None:
    (meeting,) = contacts("A meeting between Anna Berg and Tomas Lind is scheduled for Friday.")
    assert [a.name for a in meeting.participants] == ["Anna Berg", "Tomas Lind"]
    assert (meeting.mode, meeting.status) == ("meeting", "planned")


def test_coming_here_is_a_visit_hosted_by_the_speakers_state() -> None:
    first, second = contacts(
        "Vladimir Petrov: The Foreign Minister of Austria is coming here tomorrow; the "
        "Danish Defence Minister will come here in two days.",
        "Press conference",
        KREMLIN,
    )
    assert sides(first) == [("Foreign Minister of Austria", "Austria"), ("Russia", "Russia")]
    assert (first.mode, first.status, first.when) == ("visit", "planned", "tomorrow")
    assert sides(second)[1] == ("Russia", "Russia")
    assert (second.status, second.when) == ("planned", "in two days")


def test_coming_here_in_narration_names_no_host() -> None:
    assert contacts("The Foreign Minister of Austria is coming here tomorrow.") == []


@pytest.mark.parametrize(
    "text",
    [
        "The Norwegian and Polish leaders met in Warsaw.",
        "Delegations from Norway and Poland met in Gdansk on Monday.",
        "Norwegian and Polish negotiators will hold talks in Oslo.",
    ],
)
def test_two_states_coordinated_before_a_contact_are_its_sides(text: str) -> None:
    (contact,) = contacts(text)
    assert sides(contact) == [("Norway", "Norway"), ("Poland", "Poland")]


def test_a_dated_call_after_a_meeting_is_another_occasion() -> None:
    meeting, call = contacts(
        "Marek Novak hosted Elina Markova in Vienna. The two leaders also spoke by phone last week."
    )
    assert (meeting.mode, call.mode, call.when) == ("meeting", "phone_call", "last week")
    assert sides(call) == sides(meeting)


def test_a_sentence_naming_parties_of_its_own_borrows_none_from_the_contact_before() -> None:
    found = contacts(
        "Marek Novak met Elina Markova in Vienna on Monday. "
        "A Danish official said Tomas Lind had agreed to travel next week."
    )
    assert [[a.name for a in c.participants] for c in found] == [["Marek Novak", "Elina Markova"]]


def test_an_invitation_to_visit_is_proposed_with_the_guest_as_visitor() -> None:
    (visit,) = contacts(
        "President Marek Novak of Poland invited Prime Minister Anna Berg of Norway to visit "
        "Warsaw in May."
    )
    # The visitor and the host (the guide): the state visited, not the one who invites.
    assert sides(visit) == [("Anna Berg", "Norway"), ("Poland", "Poland")]
    assert (visit.mode, visit.status, visit.location) == ("visit", "proposed", "Warsaw")


def test_a_visit_in_a_relative_clause_on_the_guest_met_is_the_meetings_occasion() -> None:
    (meeting,) = contacts(
        "President Marek Novak of Poland met with Prime Minister Anna Berg of Norway, who "
        "arrived in Warsaw on a working visit."
    )
    assert sides(meeting) == [("Marek Novak", "Poland"), ("Anna Berg", "Norway")]
    assert meeting.mode == "meeting"


def test_a_visit_in_a_relative_clause_is_the_antecedents() -> None:
    (visit,) = contacts(
        "The sanctions were praised by Prime Minister Anna Berg of Norway, who arrived in Warsaw "
        "on a working visit."
    )
    assert sides(visit) == [("Anna Berg", "Norway"), ("Poland", "Poland")]
    assert visit.mode == "visit"


def test_a_diplomatic_note_is_correspondence() -> None:
    (note,) = contacts("Norway sent a diplomatic note to Poland on Monday.")
    assert sides(note) == [("Norway", "Norway"), ("Poland", "Poland")]
    assert (note.mode, note.status) == ("correspondence", "held")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Eva Lind of Sweden spoke today with officials from Norway and Denmark.",
            [("Eva Lind", "Sweden"), ("Norway", "Norway"), ("Denmark", "Denmark")],
        ),
        (
            "Foreign Minister Jan Kowal of Poland held talks with representatives of Germany "
            "and France.",
            [("Jan Kowal", "Poland"), ("Germany", "Germany"), ("France", "France")],
        ),
        (
            "President Marek Novak of Slovakia met with fellow leaders from NATO.",
            [("Marek Novak", "Slovakia"), ("NATO", None)],
        ),
        (
            "Chancellor Klara Voss of Germany hosted her Italian counterpart in Berlin.",
            [("Klara Voss", "Germany"), ("Italy", "Italy")],
        ),
    ],
)
def test_the_people_a_party_sends_stand_for_it(
    text: str, expected: list[tuple[str, str | None]]
) -> None:
    (contact,) = contacts(text)
    assert sides(contact) == expected


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        (
            "Foreign Minister Anna Berg of Austria met with an American delegation in Vienna.",
            [("Austria", "Austria"), ("United States", "United States")],
            "held",
        ),
        (
            "President Marek Novak of Slovakia offered to send a delegation to Vienna for "
            "talks with representatives of Hungary.",
            [("Slovakia", "Slovakia"), ("Hungary", "Hungary")],
            "proposed",
        ),
        (
            "The Austrian chancellor received a Polish delegation on Monday.",
            [("Austria", "Austria"), ("Poland", "Poland")],
            "held",
        ),
    ],
)
def test_a_contact_through_delegations_is_between_states(
    text: str, expected: list[tuple[str, str | None]], status: str
) -> None:
    (contact,) = contacts(text)
    assert sides(contact) == expected
    assert contact.status == status


def test_a_letter_received_is_no_guest() -> None:
    (note,) = contacts("Chancellor Klara Voss of Germany received a letter from Poland.")
    assert note.mode == "correspondence"


def test_signers_of_a_joint_statement_who_met_are_its_participants() -> None:
    held, planned = contacts(
        "We, the Presidents of Estonia, Latvia and the Republic of Finland, meeting in "
        "Tallinn today, issue this declaration. We will hold our next meeting in Riga in "
        "the autumn.",
        "Joint Declaration of the Presidents of Estonia, Latvia and Finland",
    )
    assert [a.name for a in held.participants] == [
        "President of Estonia",
        "President of Latvia",
        "President of Finland",
    ]
    assert (held.mode, held.status, held.location) == ("meeting", "held", "Tallinn")
    assert (planned.status, sides(planned)) == ("planned", sides(held))


def test_signers_listed_one_office_at_a_time_who_met_are_its_participants() -> None:
    (held,) = contacts(
        "We, the President of Latvia Ilze Ozola and the Prime Minister of Lithuania Tomas "
        "Petraitis, met in Vilnius today and declare the following.",
        "Joint statement on the Baltic Sea",
        "President of Latvia",
    )
    assert sides(held) == [("Ilze Ozola", "Latvia"), ("Tomas Petraitis", "Lithuania")]
    assert (held.mode, held.status, held.location) == ("meeting", "held", "Vilnius")


def test_prime_ministers_gathered_in_a_capital_meet_there() -> None:
    (meeting,) = contacts(
        "We, the Prime Ministers of Norway and Sweden, gathered in Oslo on 5 May, condemn the "
        "blockade of the strait."
    )
    assert sides(meeting) == [
        ("Prime Minister of Norway", "Norway"),
        ("Prime Minister of Sweden", "Sweden"),
    ]


def test_people_gathered_in_a_square_are_no_contact() -> None:
    assert contacts("Thousands of people gathered in Tallinn on Sunday to condemn the war.") == []


def test_a_council_named_by_its_two_sides_is_their_meeting() -> None:
    (meeting,) = contacts(
        "The two presidents discussed the results of the recent session of the "
        "NATO-Russia Council in Brussels."
    )
    assert [a.name for a in meeting.participants] == ["NATO", "Russia"]
    assert (meeting.mode, meeting.status, meeting.location) == ("meeting", "held", "Brussels")


def test_a_council_named_by_two_states_meeting_next_week_is_planned() -> None:
    (meeting,) = contacts("The Norway-Sweden Council will meet in Oslo next week.")
    assert (sides(meeting), meeting.status) == (
        [("Norway", "Norway"), ("Sweden", "Sweden")],
        "planned",
    )


def test_a_council_of_one_body_is_no_contact() -> None:
    assert contacts("Sweden raised the matter at the UN Security Council on Monday.") == []


def test_replies_from_two_parties_to_the_speaker_are_two_letters() -> None:
    letters = contacts(
        "Foreign Minister Ivan Sokolov: Last week we finally received a response from Germany, "
        "and yesterday a response from the European Union.",
        source=KREMLIN,
    )
    assert [(sides(c), c.mode) for c in letters] == [
        ([("Germany", "Germany"), ("Russia", "Russia")], "correspondence"),
        ([("EU", None), ("Russia", "Russia")], "correspondence"),
    ]


def test_written_replies_to_a_partys_draft_are_correspondence_with_it() -> None:
    (letter,) = contacts(
        "Ministers spent the morning on one question: the replies of Germany and NATO to the "
        "Russian proposals on security."
    )
    assert [a.name for a in letter.participants] == ["Germany", "NATO", "Russia"]
    assert (letter.mode, letter.status) == ("correspondence", "held")


def test_a_response_from_a_party_answering_nobody_is_no_contact() -> None:
    assert contacts("Any aggression will be met with a swift response from NATO.") == []


def test_the_replies_named_again_refer_back_to_the_letter() -> None:
    (letter,) = contacts(
        "Foreign Minister Ivan Sokolov: The main item was the written replies of Germany and "
        "NATO to the Russian draft. We have received the replies from Berlin and Brussels.",
        source=KREMLIN,
    )
    assert len(letter.evidence) == 2


@pytest.mark.parametrize(
    ("text", "expected", "status"),
    [
        (
            "President Anton Varga of Hungary: I spoke with Chancellor Klara Voss of Germany "
            "this morning. Last month I received my Spanish counterpart in Budapest.",
            [("Anton Varga", "Hungary"), ("Spain", "Spain")],
            "held",
        ),
        (
            "President Anton Varga of Hungary: I spoke with Chancellor Klara Voss of Germany "
            "this morning. Next week our delegation will hold a third round of talks with the "
            "Turkish side.",
            [("Hungary", "Hungary"), ("Turkey", "Turkey")],
            "planned",
        ),
    ],
)
def test_an_envoy_named_only_by_his_state_is_a_contact_of_its_own(
    text: str, expected: list[tuple[str, str | None]], status: str
) -> None:
    call, other = contacts(text, source=KREMLIN)
    assert sides(call) == [("Anton Varga", "Hungary"), ("Klara Voss", "Germany")]
    assert len(call.evidence) == 1
    assert (sides(other), other.status) == (expected, status)


def test_a_guest_speaking_of_our_meeting_means_the_meeting_he_is_at() -> None:
    talks, visit = contacts(
        "President Anton Varga of Hungary held talks with Chancellor Klara Voss of Germany. "
        "President Anton Varga of Hungary: Last month I received my Spanish counterpart. "
        "Chancellor Klara Voss of Germany: It is good that our meeting has finally come about.",
        source=KREMLIN,
    )
    assert [e.quote for e in talks.evidence][-1].startswith("It is good that our meeting")
    assert len(visit.evidence) == 1


_EXCHANGE = (
    "PRIME MINISTER RUDZIS: Madam Vice President, it is an honour to welcome you in Vilnius.\n\n"
    "VICE PRESIDENT HART: Thank you, Mr. Prime Minister. Since you and I spoke by phone in "
    "January, a great deal has changed.\n\n"
)


def test_you_in_an_exchange_is_the_other_speaker() -> None:
    visit, call = contacts(
        _EXCHANGE,
        "Remarks by Vice President Lena Hart and Prime Minister Tomas Rudzis of Lithuania",
        WHITE_HOUSE,
    )
    assert {a.name for a in visit.participants} == {"Lena Hart", "Tomas Rudzis"}
    assert (visit.mode, visit.location) == ("meeting", "Vilnius")
    assert {a.name for a in call.participants} == {"Lena Hart", "Tomas Rudzis"}
    assert call.mode == "phone_call"


def test_you_asked_by_a_journalist_is_nobody() -> None:
    assert (
        contacts(
            "Q Will you welcome him in Vilnius?\n\nPRIME MINISTER RUDZIS: We will see.\n\n",
            "Remarks by Prime Minister Tomas Rudzis of Lithuania",
            WHITE_HOUSE,
        )
        == []
    )


def test_him_in_an_answer_is_the_one_asked_about_not_the_speaker() -> None:
    (call,) = contacts(
        "Q Mr. President, have you spoken with President Ilves?\n\n"
        "THE PRESIDENT: I spoke with him for about an hour this morning.\n\n",
        "Remarks by President Daniel Reed",
        WHITE_HOUSE,
    )
    assert [a.name for a in call.participants][1] == "Ilves"
    assert (call.when, call.topics) == ("this morning", [])


def test_a_trip_named_in_a_time_phrase_with_its_owner_is_a_contact() -> None:
    call, trip = contacts(
        "Prime Minister Eva Lund of Sweden: I spoke with Chancellor Klara Voss of Germany "
        "yesterday before her trip to Warsaw, and we agree that the dialogue must go on.",
        source=KREMLIN,
    )
    assert sides(call) == [("Eva Lund", "Sweden"), ("Klara Voss", "Germany")]
    assert sides(trip) == [("Klara Voss", "Germany"), ("Poland", "Poland")]
    assert (trip.mode, trip.location) == ("visit", "Warsaw")


def test_an_unowned_occasion_in_a_time_phrase_is_still_a_time() -> None:
    (call,) = contacts(
        "After the summit, President Anton Varga of Hungary spoke by phone with President "
        "Marek Novak of Slovakia."
    )
    assert call.mode == "phone_call"


def test_the_leaders_talks_dated_apart_in_a_time_phrase_are_their_own_occasion() -> None:
    call, talks = contacts(
        "President Anton Varga of Hungary had a telephone conversation with President Marek "
        "Novak of Slovakia. Both leaders returned to the energy plans first raised before their "
        "talks in Bratislava on March 3."
    )
    assert call.mode == "phone_call"
    assert len(call.evidence) == 1
    assert sides(talks) == sides(call)
    assert (talks.mode, talks.status, talks.when) == ("talks", "held", "on March 3")


def test_the_two_leaders_refer_back_to_their_own_call_not_talks_they_spoke_of() -> None:
    call, talks = contacts(
        "President Anton Varga of Hungary had a telephone conversation with President Marek "
        "Novak of Slovakia. Anton Varga informed Marek Novak about the Russian-Ukrainian "
        "talks. The two leaders agreed to stay in touch."
    )
    assert call.mode == "phone_call"
    assert call.evidence[-1].quote == "The two leaders agreed to stay in touch."
    assert len(talks.evidence) == 1


def test_a_contact_s_topic_drops_its_stance_noun_wherever_the_sentence_starts() -> None:
    (call,) = contacts(
        "President Anna Lind of Sweden spoke by phone with Prime Minister Jonas Berg of Norway "
        "on Tuesday. The leaders stressed the importance of sharing intelligence on the build-up."
    )
    assert call.topics == ["sharing intelligence on the build-up"]


@pytest.mark.parametrize("month", ["March", "January"])
def test_an_earlier_meeting_dated_by_a_month_is_its_own_occasion(month: str) -> None:
    held, earlier = contacts(
        "Prime Minister Elina Markova of Bulgaria met President Marek Novak of Slovakia in "
        f"Warsaw on Friday. The two leaders had also met in {month}."
    )
    assert (held.when, earlier.when) == ("on Friday", f"in {month}")


def test_a_date_before_a_call_referred_to_makes_it_an_earlier_occasion() -> None:
    today, earlier = contacts(
        "President Daniel Reed spoke by phone with Chancellor Klara Voss of Germany today. "
        "The two leaders last spoke together on March 3, on a call that also included the "
        "leaders of Norway."
    )
    assert (today.when, earlier.when, earlier.mode) == ("today", "on March 3", "phone_call")
    assert sides(earlier) == [*sides(today), ("Norway", "Norway")]
    assert len(today.evidence) == 1


def test_an_exchange_begun_on_another_day_is_an_earlier_occasion() -> None:
    call, earlier = contacts(
        "President Marek Novak held a telephone conversation with Prime Minister Elina "
        "Markova of Austria. The conversation continued the exchange of views begun on 12 March."
    )
    assert (earlier.when, earlier.status) == ("on 12 March", "held")
    assert sides(earlier) == sides(call)


def test_a_date_elsewhere_in_a_sentence_about_the_call_is_no_new_occasion() -> None:
    (call,) = contacts(
        "President Marek Novak held a telephone conversation with Prime Minister Elina "
        "Markova of Austria. In the call, the leaders discussed the elections due on 12 March."
    )
    assert len(call.evidence) == 2


NORMANDY = [
    ("France", "France"),
    ("Germany", "Germany"),
    ("Russia", "Russia"),
    ("Ukraine", "Ukraine"),
]


def test_a_named_formats_people_meeting_are_its_member_states() -> None:
    (meeting,) = contacts(
        "Foreign ministers of the Normandy format countries will meet in Warsaw on 4 May."
    )
    assert sides(meeting) == NORMANDY
    assert (meeting.mode, meeting.status, meeting.location) == ("meeting", "planned", "Warsaw")


def test_a_person_attending_a_formats_meeting_takes_his_states_place() -> None:
    (talks,) = contacts(
        "A round of consultations of the Normandy Quartet envoys, attended by Foreign "
        "Minister Anna Berg of Germany, ended in Vienna."
    )
    assert sides(talks) == [
        ("France", "France"),
        ("Anna Berg", "Germany"),
        ("Russia", "Russia"),
        ("Ukraine", "Ukraine"),
    ]


def test_a_meeting_held_in_a_format_names_no_members() -> None:
    (meeting,) = contacts(
        "President Marek Novak of Poland met Chancellor Anna Berg of Germany ahead of a "
        "meeting in the Normandy format."
    )
    assert sides(meeting) == [("Marek Novak", "Poland"), ("Anna Berg", "Germany")]


def test_an_office_the_publishers_state_does_not_have_is_anothers_official() -> None:
    (meeting,) = contacts(
        "Secretary Anna Berg will meet Foreign Minister Tomas Lind in Vienna next week.",
        "Statement by the Press Secretary",
        WHITE_HOUSE,
    )
    assert sides(meeting) == [("Anna Berg", "United States"), ("Tomas Lind", None)]
    assert (meeting.mode, meeting.status, meeting.location) == ("meeting", "planned", "Vienna")


def test_an_office_the_publishers_state_has_is_its_own_officials() -> None:
    assert (
        contacts(
            "Secretary Anna Berg will meet Deputy Secretary Tomas Lind in Vienna next week.",
            "Statement by the Press Secretary",
            WHITE_HOUSE,
        )
        == []
    )
