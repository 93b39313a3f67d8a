"""Names and titles read from capitalised runs, with no list of office holders."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, extract

from summarise.extraction.backends.baseline.mentions import find_mentions
from summarise.extraction.backends.baseline.names import find_runs, surname_of


def read(text: str) -> list[tuple[str | None, str | None, str | None, str | None]]:
    """(name, office, country, body) of every run that holds a name or a title."""
    return [
        (
            r.name,
            r.title.office if r.title else None,
            r.title.country if r.title else None,
            r.title.body if r.title else None,
        )
        for r in find_runs(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Daniel Reed of the United States arrived late.",
            ("Daniel Reed", "president", "United States", None),
        ),
        (
            "It was said by Prime Minister of Finland Aino Salo on the way out.",
            ("Aino Salo", "prime minister", "Finland", None),
        ),
        (
            "There German Chancellor Klara Voss spoke first.",
            ("Klara Voss", "chancellor", "Germany", None),
        ),
        (
            "Later Head of the Office of the President of Ukraine Petro Hnatyuk left.",
            ("Petro Hnatyuk", None, "Ukraine", None),
        ),
        (
            "Then European Commission President Ilse Maar replied.",
            ("Ilse Maar", "president", "EU", "European Commission"),
        ),
        (
            "Then European Council President Tomas Vell replied.",
            ("Tomas Vell", "president", "EU", "European Council"),
        ),
        (
            "The talks were led by Polish Foreign Minister Jan Kowal yesterday.",
            ("Jan Kowal", "foreign minister", "Poland", None),
        ),
    ],
)
def test_a_title_gives_office_and_state(
    text: str, expected: tuple[str, str | None, str | None, str | None]
) -> None:
    assert expected in read(text)


def test_a_country_the_vocabulary_lacks_is_no_part_of_the_name() -> None:
    assert read("Yesterday Chancellor Anna Berger of Austria flew home.")[0][:2] == (
        "Anna Berger",
        "chancellor",
    )


def test_an_honorific_introduces_a_name_without_a_title() -> None:
    (run,) = find_runs("After lunch Mr. Kowal returned to the hall.")
    assert (run.name, run.honorific, run.title) == ("Kowal", True, None)


def test_a_sentence_opener_is_no_part_of_a_title() -> None:
    (run,) = find_runs("During President Reed's visit the roads were closed.")
    assert run.name == "Reed"
    assert run.title is not None
    assert run.title.text == "President"


def test_a_proper_possessive_keeps_the_name_whole() -> None:
    """ "People's" belongs to the name of a republic; no person "Donetsk People"."""
    assert all(name is None for name, *_ in read("They recognised the Donetsk People's Republic."))


def test_a_title_does_not_reach_over_for() -> None:
    """A headline in title case: "Belarus for Varga's War" gives Varga no title."""
    runs = find_runs("New Costs on Belarus for Varga\u2019s War of Choice")
    (varga,) = [r for r in runs if r.name == "Varga"]
    assert varga.title is None


def test_to_joins_a_title_but_not_two_names() -> None:
    assert ("Olga Marsh", None, "United Kingdom", None) in read(
        "Former UK ambassador to Ukraine Olga Marsh disagreed."
    )
    names = [name for name, *_ in read("Chancellor Anna Berger welcomed Ivo Stoyan to Vienna.")]
    assert "Ivo Stoyan" in names


def test_an_office_after_the_name_is_no_name() -> None:
    assert read("Statement of the President of Finland on the summit")[0][0] is None


@pytest.mark.parametrize(
    ("name", "surname"),
    [("Daniel T. Reed, Jr.", "reed"), ("Reed", "reed"), ("Ursel von der Maar", "maar")],
)
def test_the_surname_is_what_a_later_mention_uses(name: str, surname: str) -> None:
    assert surname_of(name) == surname


def test_a_stretch_reads_alike_before_any_word_but_a_suffix() -> None:
    """A stretch is read once for every following text that can change it: the same name
    before "said", before ", Jr." and before " Jr." is read three ways."""
    text = "Daniel T. Reed said so. Daniel T. Reed, Jr. spoke, and Daniel T. Reed Jr. left."
    names = [name for name, *_ in read(text)]
    assert names == ["Daniel T. Reed", "Daniel T. Reed, Jr.", "Daniel T. Reed Jr."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Foreign Affairs Ilona Varga spoke first.",
            ("Ilona Varga", "foreign minister", None, None),
        ),
        (
            "Minister for Foreign Affairs Tomas Berg spoke first.",
            ("Tomas Berg", "foreign minister", None, None),
        ),
        (
            "Chancellor of the Exchequer Alan Pike spoke first.",
            ("Alan Pike", "chancellor of the exchequer", None, None),
        ),
    ],
)
def test_an_office_written_with_of_or_for_is_read_whole(
    text: str, expected: tuple[str | None, ...]
) -> None:
    """The office "Minister of X Affairs": its last word is no first name of the person."""
    assert read(text)[0] == expected


@pytest.mark.parametrize(
    ("heading", "name", "rest"),
    [
        ("Remarks by President Reed Before Air Force One Departure", "Reed", "Air Force One"),
        ("Statement by Prime Minister Salo After Cabinet Session", "Salo", "Cabinet Session"),
        ("Remarks by Chancellor Berger Upon Arrival in Vienna", "Berger", "Arrival"),
    ],
)
def test_a_capitalised_preposition_in_a_heading_ends_the_name(
    heading: str, name: str, rest: str
) -> None:
    """A title-case heading capitalises its prepositions: what follows one is its object."""
    runs = find_runs(heading)
    named = [r for r in runs if r.title is not None and r.title.office is not None]
    assert [r.name for r in named] == [name]
    assert all(r.name is None or rest not in r.name or r.title is None for r in runs)


def test_a_preposition_that_opens_an_office_is_kept() -> None:
    assert read("Deputy Under Secretary Ana Ruiz arrived.")[0][0] == "Ana Ruiz"


@pytest.mark.parametrize(
    "heading",
    [
        "Remarks by President Reed Announcing the New Measures",
        "Statement by Secretary Holm Welcoming an Agreement",
    ],
)
def test_a_participle_with_its_object_in_a_heading_is_no_name(heading: str) -> None:
    (first, *_) = find_runs(heading)
    assert first.name is not None
    assert not first.name.endswith(("Announcing", "Welcoming"))
    assert len(first.name.split()) == 1


def test_a_name_ending_in_ing_before_a_lower_case_object_is_kept() -> None:
    """In running text the object is in lower case: "told Li Kaiping the news"."""
    names = [name for name, *_ in read("President Reed told Li Kaiping the news.")]
    assert "Li Kaiping" in names


def test_a_given_name_spelt_as_a_preposition_after_a_title_is_kept() -> None:
    assert read("Foreign Minister Per Lund spoke first.")[0][0] == "Per Lund"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ivan Bondar met with a bipartisan delegation from the US Senate in Lviv.", "US Senate"),
        ("The President urged Congress to pass the aid package.", "US Congress"),
        ("The resolution of the Russian State Duma was condemned.", "State Duma"),
        ("The Verkhovna Rada adopted the law on Tuesday.", "Verkhovna Rada"),
    ],
)
def test_a_legislature_is_a_body_of_its_state_not_a_person(text: str, name: str) -> None:
    """ "the US Senate" was read as a person named "Senate" with the title "US"."""
    bodies = [m.ref.name for m in find_mentions(text) if m.kind == "body" and m.ref]
    assert name in bodies
    assert not any(
        m.kind == "person" and m.name in ("Senate", "Congress") for m in find_mentions(text)
    )


def test_a_body_named_after_another_state_is_not_the_vocabularys() -> None:
    """ "the Polish Senate" is Poland's own senate, not the vocabulary's "Senate" (the US
    Senate's short form)."""
    refs = [m.ref for m in find_mentions("The Polish Senate voted on Friday.") if m.ref]
    assert all(ref.name != "US Senate" for ref in refs)


def test_a_ministry_named_with_its_state_is_that_states_not_another_of_the_same_name() -> None:
    """ "the Russian Ministry of Defence" is the vocabulary's Russian ministry, not the UK's
    "Ministry of Defence" its last words name."""
    refs = [m.ref for m in find_mentions("The Russian Ministry of Defence said so.") if m.ref]
    assert [(ref.name, ref.country) for ref in refs] == [("Russian Defence Ministry", "Russia")]


@pytest.mark.parametrize(
    ("text", "name", "office"),
    [
        (
            "Ivan Sokolov received President of Tuvalu Kofe Teuila in Moscow.",
            "Kofe Teuila",
            "president",
        ),
        ("Governor of Narva Oleh Tamm said the border was calm.", "Oleh Tamm", None),
    ],
)
def test_an_unknown_place_after_an_offices_of_is_its_complement(
    text: str, name: str, office: str | None
) -> None:
    """ "President of Tuvalu Kofe Teuila": the office's "of" takes the word the vocabulary
    does not know, and the name follows; the title was lost over "of"."""
    assert (name, office) in [(n, o) for n, o, _, _ in read(text)]


def test_a_receiving_leader_and_a_titled_guest_of_an_unknown_state_meet() -> None:
    draft = extract(
        "Ivan Sokolov received President of Tuvalu Kofe Teuila in the Kremlin.",
        "Meeting with President of Tuvalu Kofe Teuila",
        KREMLIN,
    )
    assert [[a.name for a in c.participants] for c in draft.diplomatic_contacts] == [
        ["Ivan Sokolov", "Kofe Teuila"]
    ]


@pytest.mark.parametrize(
    ("text", "group"),
    [
        (
            "The leaders of the Joint Expeditionary Force countries met online.",
            "Joint Expeditionary Force",
        ),
        ("The Bucharest Nine met in Warsaw on Friday.", "Bucharest Nine"),
        ("The Visegrad Group issued a statement.", "Visegrad Group"),
    ],
)
def test_a_standing_group_of_states_is_a_body_of_the_vocabulary(text: str, group: str) -> None:
    refs = [m.ref for m in find_mentions(text) if m.kind == "body" and m.ref]
    assert (group, "organisation", None) in [(r.name, r.kind, r.country) for r in refs]
