"""A second main clause with a subject of its own ("…, and the President thanked her for
…"), and a verb of stance with a that-clause in someone's words ("he promised that …"):
whose each clause is, in the four surroundings of the shape matrix and in look-alikes."""

from __future__ import annotations

from baseline_helpers import KYIV, WHITE_HOUSE, extract

READOUT = "Readout of President Reed's Call with Prime Minister Berg of Norway"


def held(text: str, title: str | None = None, source: str | None = None) -> list[tuple[str, str]]:
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


def test_a_second_clause_with_its_own_subject_and_verb_of_stance_is_that_subjects() -> None:
    text = (
        "President Daniel Reed spoke today with Prime Minister Ingrid Berg of Norway. "
        "Prime Minister Berg described the arrival of Russian warships near Tromso, and the "
        "President thanked her for Norway's steady support of Ukraine."
    )
    assert ("Daniel Reed", "support") in held(text, READOUT, WHITE_HOUSE)
    assert ("Ingrid Berg", "support") not in held(text, READOUT, WHITE_HOUSE)


def test_after_a_fronted_adverbial_the_second_clause_is_still_its_subjects() -> None:
    text = (
        "President Daniel Reed spoke today with Prime Minister Ingrid Berg of Norway. "
        "During the call, Prime Minister Berg reviewed the new sanctions on Russian banks, "
        "and President Reed urged Norway to close its ports to Russian ships."
    )
    assert held(text, READOUT, WHITE_HOUSE) == [("Daniel Reed", "demand")]


def test_a_pronoun_subject_of_the_second_clause_continues_the_first_subject() -> None:
    text = (
        "President Daniel Reed spoke today with Prime Minister Ingrid Berg of Norway. "
        "Prime Minister Berg reviewed the situation on the Russian border, and she stressed "
        "that Norway will not accept any change of borders by force."
    )
    assert [h for h, _ in held(text, READOUT, WHITE_HOUSE)] == ["Ingrid Berg"]


def test_a_named_person_after_a_first_clause_of_another_holds_the_second() -> None:
    text = (
        "Foreign Minister Jan Kowal of Poland condemned the shelling of Kharkiv, while "
        "Foreign Minister Lena Holm of Sweden called on Russia to open humanitarian corridors."
    )
    assert held(text) == [("Jan Kowal", "accuse"), ("Lena Holm", "demand")]


def test_the_speakers_first_person_after_a_third_partys_promise_is_the_speakers_again() -> None:
    text = (
        "Dear compatriots! I spoke today with President Tomas Novak of Slovakia. He promised "
        "that every family from Kharkiv will find shelter in Slovakia, and I know that we "
        "will never forget it."
    )
    assert held(text, "Address by the President of Ukraine", KYIV)[0] == ("Tomas Novak", "commit")


def test_a_dash_in_speech_gives_the_comment_after_it_back_to_the_speaker() -> None:
    text = (
        "MS. LANE: The President spoke with Prime Minister Ingrid Berg of Norway this "
        "morning. They reviewed the sanctions on Russian banks, and the Prime Minister told "
        "him that Norway is ready to close its ports to Russian ships — something we "
        "welcome warmly."
    )
    found = held(text, "Press Briefing by Press Secretary Ann Lane", WHITE_HOUSE)
    assert ("Ingrid Berg", "threaten") in found  # closing ports to another's ships: a measure
    assert ("Ingrid Berg", "support") not in found


def test_a_second_subject_with_no_verb_of_saying_or_stance_takes_no_clause() -> None:
    text = (
        "Foreign Minister Jan Kowal of Poland condemned the strikes on Lviv, and Russia "
        "moved more troops to the border."
    )
    assert [h for h, _ in held(text)] == ["Jan Kowal"]


def test_the_speakers_own_state_in_a_second_clause_stays_the_speakers() -> None:
    text = (
        "President of Ukraine Volodymyr Zelenskyy held a joint press conference with Prime "
        "Minister of Norway Ingrid Berg in Kyiv.\n\nIngrid Berg: If Russia attacks Ukraine "
        "again, the European Union will respond with sweeping sanctions, and Norway will "
        "support the strongest possible package."
    )
    title = "Press conference of the President of Ukraine and the Prime Minister of Norway"
    assert [h for h, _ in held(text, title, KYIV)] == ["Ingrid Berg", "Ingrid Berg"]


def test_a_stance_verb_without_a_clause_of_what_was_said_stays_the_speakers_charge() -> None:
    text = (
        "Dear compatriots! We met the Russian delegation in Gomel, and Russia refuses to "
        "discuss the humanitarian corridors."
    )
    assert held(text, "Address by the President of Ukraine", KYIV) == [
        ("President of Ukraine", "accuse")
    ]


ADDRESS = "Address by the President of Ukraine"


def test_another_sides_stance_verb_with_a_that_clause_after_a_fronted_clause_is_theirs() -> None:
    text = (
        "Dear compatriots! Today I spoke with President Tomas Novak of Slovakia. When we "
        "spoke, he pledged that Slovakia will send more air defence systems to Ukraine."
    )
    assert held(text, ADDRESS, KYIV) == [("Tomas Novak", "commit")]


def test_another_side_named_by_its_state_with_a_that_clause_holds_its_words() -> None:
    text = (
        "Dear compatriots! Slovakia has assured us that it will send more air defence "
        "systems to Ukraine."
    )
    assert held(text, ADDRESS, KYIV) == [("Slovakia", "commit")]


def test_another_sides_conduct_in_the_speakers_words_stays_the_speakers_charge() -> None:
    text = "Dear compatriots! Russia refuses to open the humanitarian corridors from Mariupol."
    assert held(text, ADDRESS, KYIV) == [("President of Ukraine", "accuse")]


def test_another_sides_report_after_a_parenthetical_source_is_that_sides() -> None:
    text = (
        "Chancellor Klara Voss of Germany described her call with President Ivan Sokolov of "
        "Belarus, in which, as the Chancellor put it, the Belarusian side assured her that it "
        "had no plan to attack Ukraine."
    )
    assert held(text) == [("Ivan Sokolov", "deny")]


def test_after_a_fronted_day_another_sides_report_is_still_its_own() -> None:
    text = (
        "On Friday, Chancellor Klara Voss of Germany described her call with President Ivan "
        "Sokolov of Belarus, in which, as she put it, the Belarusian side assured her that it "
        "had no plan to attack Ukraine."
    )
    assert held(text) == [("Ivan Sokolov", "deny")]


def test_another_side_named_by_its_capital_reports_its_own_words() -> None:
    text = (
        "Chancellor Klara Voss of Germany described her call with President Ivan Sokolov of "
        "Belarus, in which, as she put it, Minsk assured her that it had no plan to attack "
        "Ukraine."
    )
    # A capital that speaks is its government (names: a speaking capital), here in a report.
    assert held(text) == [("Belarusian government", "deny")]


def test_another_sides_report_after_a_semicolon_is_its_own() -> None:
    text = (
        "Chancellor Klara Voss of Germany condemned the strikes on Kharkiv; Belarus assured "
        "her that it had no plans to attack Ukraine."
    )
    assert held(text) == [("Klara Voss", "accuse"), ("Belarus", "deny")]


def test_another_sides_conduct_after_a_bare_comma_stays_the_first_clauses() -> None:
    text = (
        "Chancellor Klara Voss of Germany described her call with President Ivan Sokolov of "
        "Belarus, in which, as she put it, Belarus refused to close its border with Ukraine."
    )
    assert held(text) == [("Klara Voss", "accuse")]
