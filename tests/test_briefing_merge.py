"""Merging extractions across articles: one fact, many sources; distinct facts kept apart."""

import datetime as dt
import random
import re
from typing import Any

import pytest
from helpers import GENERATED, crisis_results, state_movement

from summarise.article import Article
from summarise.briefing import build_briefing, render
from summarise.briefing.disputes import Stated, latest_status, status_disagreement
from summarise.briefing.model import Briefing, ContactItem, MovementItem
from summarise.errors import ConfigError
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleResult
from summarise.schema import ExtractionDraft


def brief(results: list[ArticleResult], **options: Any) -> Briefing:
    return build_briefing(results, backend="scripted", generated_at=GENERATED, **options)


def one_article(article_id: str, published: str, text: str, draft: dict[str, Any]) -> ArticleResult:
    article = Article(
        id=article_id, text=text, title=article_id, published=dt.date.fromisoformat(published)
    )
    extraction = ground_extraction(ExtractionDraft.model_validate(draft), text, article_id)
    return ArticleResult(article=article, extraction=extraction, backend="scripted")


def call(status: str, quote: str) -> dict[str, Any]:
    return {
        "diplomatic_contacts": [
            {
                "participants": [
                    {"name": "Emmanuel Macron", "kind": "person", "country": "France"},
                    {"name": "Olaf Scholz", "kind": "person", "country": "Germany"},
                ],
                "mode": "phone_call",
                "status": status,
                "evidence": [{"quote": quote}],
            }
        ]
    }


def contact_between(briefing: Briefing, *names: str) -> ContactItem:
    wanted = set(names)
    matches = [
        c for c in briefing.diplomatic_contacts if {p.name for p in c.participants} == wanted
    ]
    assert len(matches) == 1, [c.headline for c in briefing.diplomatic_contacts]
    return matches[0]


def test_one_call_reported_by_five_outlets_is_one_item_with_every_source() -> None:
    briefing = brief(crisis_results())

    item = contact_between(briefing, "Boris Johnson", "Vladimir Putin")

    assert item.sources == [1, 2, 3, 4, 5]
    assert [r.article_id for r in item.reports] == [
        "a-lbc",
        "a-yahoo",
        "a-express",
        "a-itv",
        "a-guardian",
    ]
    assert all(r.quotes and r.quotes[0].match is not None for r in item.reports)
    assert item.reports[2].quotes[0].span == "Mr Johnson spoke to President Putin"


def test_restated_position_collapses_and_keeps_each_quote() -> None:
    briefing = brief(crisis_results())

    demands = [p for p in briefing.positions if p.stance == "demand"]

    assert len(demands) == 1
    assert demands[0].holder.name == "Boris Johnson"
    assert demands[0].sources == [1, 2]
    assert len({r.quotes[0].quote for r in demands[0].reports}) == 2


def test_distinct_facts_with_similar_wording_stay_apart() -> None:
    briefing = brief(crisis_results())

    us = [m for m in briefing.military_movements if m.actor.country == "United States"]
    calls = [c for c in briefing.diplomatic_contacts if "Boris Johnson" in c.headline]

    assert sorted((m.activity, m.quantity or "") for m in us) == [
        ("alert", "8,500 troops"),
        ("deploy", ""),
        ("deploy", "3,000 troops"),
    ]
    assert len(calls) == 2
    assert contact_between(briefing, "Boris Johnson", "Joe Biden", "European leaders").sources == [
        5
    ]


def test_disagreeing_troop_figures_are_shown_side_by_side_and_listed_as_disputed() -> None:
    briefing = brief(crisis_results())

    build_up = next(m for m in briefing.military_movements if m.activity == "mass")
    figures = next(d for d in build_up.disagreements if d.field == "quantity")

    assert build_up.sources == [2, 3, 4]
    assert [(v.value, v.sources) for v in figures.variants] == [
        ("about 100,000 troops", [2, 4]),
        ("about 130,000 troops", [3]),
    ]
    assert build_up in briefing.disputed()
    section = render(briefing, "md").split("## Disputed or inconsistent")[1].split("## Sources")[0]
    assert "about 100,000 troops [2][4]" in section
    assert "about 130,000 troops [3]" in section


def test_a_report_without_a_figure_is_not_cited_as_backing_one() -> None:
    """ "A small number of troops" is no report of "3,000 troops": joined, the item would
    cite its source for a figure it never states (invented articles)."""

    def deployment(article_id: str, text: str, forces: str, low: int | None) -> ArticleResult:
        movement: dict[str, Any] = {
            "actor": {"name": "Ruritania", "kind": "state"},
            "activity": "deploy",
            "forces": forces,
            "destination": "the northern region",
            "status": "planned",
            "evidence": [{"quote": text}],
        }
        if low is not None:
            movement["quantity"] = {"low": low, "unit": "troops"}
        return one_article(article_id, "2022-02-01", text, {"military_movements": [movement]})

    briefing = brief(
        [
            deployment(
                "a",
                "Ruritania will send 3,000 troops to the northern region.",
                "3,000 troops",
                3000,
            ),
            deployment(
                "b",
                "Ruritania will send a few troops to the northern region.",
                "a few troops",
                None,
            ),
            deployment(
                "c",
                "Ruritania is to send 3,000 troops to the northern region.",
                "3,000 troops",
                3000,
            ),
        ]
    )

    shown = sorted((m.quantity or "no figure", m.sources) for m in briefing.military_movements)
    assert shown == [("3,000 troops", [1, 3]), ("no figure", [2])]


def test_contact_status_follows_the_latest_source() -> None:
    briefing = brief(crisis_results())

    item = contact_between(briefing, "Boris Johnson", "Vladimir Putin")
    status = next(d for d in item.disagreements if d.field == "status")

    assert item.status == "held"
    assert [(v.value, v.sources) for v in status.variants] == [
        ("planned", [1, 2]),
        ("held", [3, 4, 5]),
    ]
    assert "later stage" in status.note


def test_a_later_report_wins_even_when_it_regresses_and_the_clash_is_flagged() -> None:
    results = [
        one_article(
            "early",
            "2022-02-01",
            "Macron will speak to Scholz.",
            call("planned", "Macron will speak to Scholz."),
        ),
        one_article(
            "late",
            "2022-02-03",
            "Macron proposed to speak to Scholz.",
            call("proposed", "Macron proposed to speak to Scholz."),
        ),
    ]

    item = brief(results).diplomatic_contacts[0]

    assert item.status == "proposed"
    assert item.disagreements[0].note.startswith("Sources disagree")


def _told(reports: list[tuple[str, str, str, str | None]]) -> list[tuple[str, list[int]]]:
    """(status, sources) of the Macron-Scholz calls briefed from (day, status, text, when)."""
    results = []
    for number, (day, status, text, when) in enumerate(reports):
        draft = call(status, text)
        draft["diplomatic_contacts"][0]["when"] = when
        results.append(one_article(f"r{number}", day, text, draft))
    return sorted((c.status, c.sources) for c in brief(results).diplomatic_contacts)


@pytest.mark.parametrize(
    ("held", "plan"),
    [
        # A readout of the call, then a statement announcing the next one.
        (("2022-01-02", "Macron spoke by phone with Scholz today."), "Macron will call Scholz."),
        # A leader's own words, then a spokesman's briefing a month on.
        (
            ("2022-01-10", "I had a long conversation with Chancellor Scholz, Macron said."),
            "The Elysee said President Macron will speak with Scholz again.",
        ),
        # A proposal after the call: a further occasion sought, not the one held.
        (
            ("2022-01-10", "The two leaders held a telephone conversation, Berlin reported."),
            "Paris proposed another call between Macron and Scholz.",
        ),
    ],
)
def test_a_call_held_and_one_still_to_come_reported_after_it_are_two_facts(
    held: tuple[str, str], plan: str
) -> None:
    day, text = held
    status = "proposed" if "proposed" in plan else "planned"

    told = _told([(day, "held", text, None), ("2022-02-09", status, plan, None)])

    assert told == sorted([("held", [1]), (status, [2])])


def test_a_plan_reported_before_the_call_is_the_call_it_announced() -> None:
    told = _told(
        [
            ("2022-02-01", "planned", "Macron will call Scholz on Thursday.", None),
            ("2022-02-03", "held", "Macron and Scholz spoke by phone.", None),
        ]
    )

    assert told == [("held", [1, 2])]


def test_a_call_recalled_later_is_over_on_the_month_it_names_not_the_report_s_day() -> None:
    """Held "in mid-January" (reported 14 February) was over before a plan of 1 February:
    read on the report's day instead, the plan would pass for the call it announced."""
    recalled = "Macron recalled the call he held with Scholz in mid-January."
    plan = "Macron will call Scholz next week."

    told = _told(
        [
            ("2022-02-01", "planned", plan, None),
            ("2022-02-14", "held", recalled, "in mid-January"),
        ]
    )

    assert told == [("held", [2]), ("planned", [1])]


def test_same_day_reports_tie_break_on_status_order() -> None:
    results = [
        one_article(
            "x",
            "2022-02-01",
            "Macron will call Scholz.",
            call("planned", "Macron will call Scholz."),
        ),
        one_article(
            "y", "2022-02-01", "Macron called Scholz.", call("held", "Macron called Scholz.")
        ),
    ]

    item = brief(results).diplomatic_contacts[0]

    assert item.status == "held"
    assert item.sources == [1, 2]


def test_two_items_of_one_article_never_merge() -> None:
    text = "France urged Russia to step back. France urged Russia to step back from the border."
    draft = {
        "positions": [
            {
                "holder": {"name": "France", "kind": "state"},
                "stance": "demand",
                "topic": "Russia stepping back",
                "evidence": [{"quote": quote}],
            }
            for quote in ("France urged Russia to step back.", "step back from the border")
        ]
    }

    briefing = brief([one_article("one", "2022-02-01", text, draft)])

    assert len(briefing.positions) == 2


def test_ungrounded_items_are_left_out_unless_asked_for() -> None:
    text = "Poland said it would host more allied troops."
    draft = {
        "positions": [
            {
                "holder": {"name": "Poland", "kind": "state"},
                "stance": "commit",
                "topic": "hosting allied troops",
                "evidence": [{"quote": "Poland said it would host more allied troops."}],
            },
            {
                "holder": {"name": "Poland", "kind": "state"},
                "stance": "warn",
                "topic": "Russian aggression",
                "evidence": [{"quote": "Warsaw warned of grave consequences for Moscow."}],
            },
        ]
    }
    results = [one_article("pl", "2022-02-01", text, draft)]

    default = brief(results)
    included = brief(results, include_ungrounded=True)

    assert [p.stance for p in default.positions] == ["commit"]
    assert default.counts.ungrounded_left_out == 1
    assert sorted(p.stance for p in included.positions) == ["commit", "warn"]
    flagged = next(p for p in included.positions if p.stance == "warn")
    assert flagged.reports[0].grounded is False
    assert flagged.reports[0].quotes[0].span == "Warsaw warned of grave consequences for Moscow."


def test_since_keeps_articles_published_on_or_after_the_day() -> None:
    briefing = brief(crisis_results(), since=dt.date(2022, 2, 2))

    item = contact_between(briefing, "Boris Johnson", "Vladimir Putin")

    assert briefing.counts.articles == 3
    assert [s.article_id for s in briefing.sources] == ["a-express", "a-itv", "a-guardian"]
    assert item.status == "held"
    assert item.disagreements == []


def test_party_filter_keeps_items_involving_the_actors_of_that_country() -> None:
    briefing = brief(crisis_results(), party="Russia")

    assert {p.target.name for p in briefing.positions if p.target} == {"Russia"}
    assert len(briefing.positions) == 2
    assert [m.actor.name for m in briefing.military_movements] == ["Russia"]
    assert [c.headline for c in briefing.diplomatic_contacts] == [
        "Boris Johnson \u2013 Vladimir Putin · phone call · held"
    ]


def test_party_filter_by_person_name_variant() -> None:
    briefing = brief(crisis_results(), party="Mr Johnson")

    assert briefing.military_movements == []
    assert len(briefing.positions) == 2
    assert len(briefing.diplomatic_contacts) == 2


def test_unknown_party_is_an_error_that_names_known_parties() -> None:
    with pytest.raises(ConfigError, match=r"No party matches 'Atlantis'\. Known parties: "):
        brief(crisis_results(), party="Atlantis")


@pytest.mark.parametrize("fmt", ["md", "json", "html"])
def test_same_input_in_any_order_gives_identical_output(fmt: str) -> None:
    results = crisis_results()
    expected = render(brief(results), fmt)  # type: ignore[arg-type]

    for seed in range(5):
        shuffled = results[:]
        random.Random(seed).shuffle(shuffled)
        assert render(brief(shuffled), fmt) == expected  # type: ignore[arg-type]


def test_a_repeated_article_keeps_the_same_copy_in_any_order() -> None:
    results = crisis_results()
    first = results[0]
    copies = [
        first.model_copy(update={"article": first.article.model_copy(update={"path": path})})
        for path in ("b/copy.txt", "a/copy.txt")
    ]
    other_backend = first.model_copy(update={"backend": "another"})
    repeated = [*results, *copies, other_backend]
    expected = brief(repeated)

    assert expected.counts.articles == len(results)
    assert [s.backend for s in expected.sources if s.article_id == first.article.id] == ["another"]
    for seed in range(5):
        shuffled = repeated[:]
        random.Random(seed).shuffle(shuffled)
        assert brief(shuffled) == expected


def test_generation_time_comes_from_source_date_epoch_when_not_given(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1643846400")

    briefing = build_briefing(crisis_results(), backend="scripted")

    assert briefing.generated_at == dt.datetime(2022, 2, 3, tzinfo=dt.UTC)


def test_counts_say_what_went_in_and_what_it_collapsed_to() -> None:
    briefing = brief(crisis_results())

    assert briefing.counts.model_dump() == {
        "articles": 5,
        "cited_articles": 5,
        "extracted_items": 16,
        "ungrounded_left_out": 0,
        "positions": 2,
        "military_movements": 4,
        "diplomatic_contacts": 2,
        "disputed": 2,
    }
    assert isinstance(briefing.military_movements[0], MovementItem)


def test_sources_giving_different_dates_for_one_fact_are_disputed() -> None:
    def pledge(article_id: str, day: str) -> ArticleResult:
        text = f"Germany pledged 5,000 helmets to Ukraine on {day}."
        draft = {
            "positions": [
                {
                    "holder": {"name": "Germany", "kind": "state"},
                    "stance": "commit",
                    "topic": "helmets for Ukraine",
                    "evidence": [{"quote": text}],
                    "date": day,
                }
            ]
        }
        return one_article(article_id, "2022-01-27", text, draft)

    briefing = brief([pledge("de-1", "2022-01-26"), pledge("de-2", "2022-01-25")])

    (item,) = briefing.positions
    assert [(d.field, [(v.value, v.sources) for v in d.variants]) for d in item.disagreements] == [
        ("date", [("2022-01-26", [1]), ("2022-01-25", [2])])
    ]


def test_undated_report_of_a_held_call_outranks_a_dated_plan() -> None:
    stated = [
        Stated(value="planned", key="planned", source=1, published=dt.date(2022, 1, 29)),
        Stated(value="held", key="held", source=2, published=None),
    ]
    assert latest_status(stated) == "held"
    disagreement = status_disagreement(stated)
    assert disagreement is not None
    assert "Not every source is dated" in disagreement.note
    dated_only = [
        stated[0],
        Stated(value="held", key="held", source=2, published=dt.date(2022, 1, 28)),
    ]
    assert latest_status(dated_only) == "planned"


def test_a_meeting_recalled_a_month_later_is_the_one_reported_then() -> None:
    """ "held a council meeting in mid-January", said on 14 February, is the meeting a
    report of 19 January gave; a report of 14 February with no month is another occasion
    (invented articles)."""

    def meeting(article_id: str, published: str, text: str, when: str | None) -> ArticleResult:
        contact = {
            "participants": [
                {"name": "Freedonia", "kind": "state", "country": "Freedonia"},
                {"name": "Sylvania", "kind": "state", "country": "Sylvania"},
            ],
            "mode": "meeting",
            "status": "held",
            "when": when,
            "evidence": [{"quote": text}],
        }
        return one_article(article_id, published, text, {"diplomatic_contacts": [contact]})

    first = meeting("a", "2022-01-19", "The envoys met at the Freedonia-Sylvania council.", None)
    recalled = "We held a Freedonia-Sylvania council meeting in mid-January."
    later = "Freedonia and Sylvania held a council meeting today."

    joined = brief([first, meeting("b", "2022-02-14", recalled, "in mid-January")])
    apart = brief([first, meeting("b", "2022-02-14", later, None)])

    assert [c.sources for c in joined.diplomatic_contacts] == [[1, 2]]
    assert [c.sources for c in apart.diplomatic_contacts] == [[1], [2]]


def test_a_build_up_near_the_border_is_the_one_near_a_named_place_when_the_figure_agrees() -> None:
    """ "30,000 troops near the border" and "30,000 troops near Sylvania" are one build-up;
    "10,000 troops in Freedonia" is not the build-up "near the border", whose figure
    differs (invented articles)."""

    def build_up(article_id: str, low: int, place: str) -> ArticleResult:
        text = f"Ruritania has massed {low:,} troops {place}."
        movement = {
            "actor": {"name": "Ruritania", "kind": "state"},
            "activity": "mass",
            "forces": f"{low:,} troops",
            "quantity": {"low": low, "unit": "troops"},
            "destination": place,
            "status": "ongoing",
            "evidence": [{"quote": text}],
        }
        return one_article(article_id, "2022-02-01", text, {"military_movements": [movement]})

    joined = brief([build_up("a", 30000, "near the border"), build_up("b", 30000, "near Sylvania")])
    apart = brief([build_up("a", 30000, "near the border"), build_up("b", 10000, "in Freedonia")])

    assert [m.sources for m in joined.military_movements] == [[1, 2]]
    assert [m.sources for m in apart.military_movements] == [[1], [2]]


def other_movement(
    article_id: str,
    text: str,
    *,
    actor: str = "Ruritania",
    forces: str = "Ruritanian forces",
    activity: str = "other",
    destination: str | None = None,
    low: int | None = None,
    day: str = "2022-03-01",
    origin: str | None = None,
) -> ArticleResult:
    """One article reporting one ongoing movement of ``actor``'s forces, ``low`` of them
    when given (invented articles)."""
    return state_movement(
        article_id,
        text,
        actor,
        forces,
        activity=activity,
        status="ongoing",
        destination=destination,
        origin=origin,
        quantity=None if low is None else {"low": low, "unit": "troops"},
        published=day,
    )


@pytest.mark.parametrize(
    ("actor", "forces", "first", "second"),
    [
        (
            "Ruritania",
            "Ruritanian forces",
            "Ruritanian forces have fired rockets from Sylvanian territory, the ministry said.",
            "The Ruritanian forces were delivering strikes on military infrastructure only.",
        ),
        (
            "Freedonia",
            "the Freedonian army",
            "The Freedonian army shelled the outskirts of the port overnight.",
            "Officials said the Freedonian army had begun clearing mines along the coast road.",
        ),
        (
            "Sylvania",
            "Sylvanian troops",
            "Residents reported that Sylvanian troops were digging trenches near the dam.",
            "Sylvanian troops pushed the attackers back more than ten kilometres, he said.",
        ),
        (
            "Ruritania",
            "Ruritanian armed forces",
            "Ruritanian armed forces carried out a missile strike on the airfield.",
            "In a statement, the ministry said Ruritanian armed forces continue their operation.",
        ),
    ],
)
def test_two_unnamed_movements_of_one_actor_s_forces_told_apart_stay_apart(
    actor: str, forces: str, first: str, second: str
) -> None:
    """A movement whose kind the extractor could not name ("other") is the same fact as
    another of the same actor's forces only when they are told alike or put in one place:
    an actor's forces are in most of its reports ("fired missiles from Belarus" is not
    "precision strikes on military infrastructure", though both are "Russian forces")."""
    briefing = brief(
        [
            other_movement("a", first, actor=actor, forces=forces),
            other_movement("b", second, actor=actor, forces=forces),
        ]
    )

    assert [m.sources for m in briefing.military_movements] == [[1], [2]]
    assert briefing.disputed() == []


def test_an_unnamed_movement_told_alike_by_two_outlets_is_one() -> None:
    """Look-alike: two outlets saying it (nearly) the same words report one fact."""
    text = "Ruritanian forces have fired rockets from Sylvanian territory, the ministry said."
    again = "Ruritanian forces have fired rockets from Sylvanian territory, the ministry says."

    briefing = brief([other_movement("a", text), other_movement("b", again)])

    assert [m.sources for m in briefing.military_movements] == [[1, 2]]


def test_an_unnamed_movement_in_one_named_place_is_one() -> None:
    """Look-alike: told in other words, but put in the same place."""
    briefing = brief(
        [
            other_movement(
                "a", "Ruritanian forces shelled Kharkiv overnight.", destination="Kharkiv"
            ),
            other_movement(
                "b", "The city of Kharkiv came under Ruritanian fire again.", destination="Kharkiv"
            ),
        ]
    )

    assert [m.sources for m in briefing.military_movements] == [[1, 2]]


def test_a_named_movement_of_alike_forces_still_merges_in_other_words() -> None:
    """Look-alike: a deployment names what happened, so alike forces still make it one."""
    briefing = brief(
        [
            other_movement("a", "Ruritanian forces were sent to the north.", activity="deploy"),
            other_movement(
                "b",
                "The ministry confirmed the deployment of Ruritanian forces.",
                activity="deploy",
            ),
        ]
    )

    assert [m.sources for m in briefing.military_movements] == [[1, 2]]


@pytest.mark.parametrize(
    ("forces", "other_forces"),
    [
        ("Ruritanian servicemen", "troops"),
        ("troops", "Ruritanian troops"),
        ("Ruritanian forces", "soldiers"),
    ],
)
def test_troops_put_in_one_place_are_not_troops_put_nowhere(forces: str, other_forces: str) -> None:
    """Nothing but an actor's troops, no figure, one report placing them and the other
    not: the unplaced one could be any of the actor's movements (peacekeepers flown home
    to an airfield near the capital are not troops moved through a neighbour)."""
    briefing = brief(
        [
            other_movement(
                "a",
                "The last aircraft carrying the servicemen landed at Vostok airfield this morning.",
                forces=forces,
                activity="deploy",
                destination="Vostok airfield",
            ),
            other_movement(
                "b",
                "Officials said the army had moved troops through the neighbouring state.",
                forces=other_forces,
                activity="deploy",
            ),
        ]
    )

    assert [m.sources for m in briefing.military_movements] == [[1], [2]]


def test_troops_leaving_one_place_are_not_troops_going_to_another() -> None:
    """Both placed, in no place they share: a withdrawal demanded from a country is not a
    contingent returning to its bases (the first test's second surrounding)."""
    briefing = brief(
        [
            other_movement(
                "a",
                "The Ruritanian contingent is returning to its permanent bases.",
                forces="Ruritanian contingent",
                activity="withdraw",
                destination="their permanent bases",
            ),
            other_movement(
                "b",
                "The delegation demanded the withdrawal of Ruritanian troops from Sylvania.",
                forces="Ruritanian troops",
                activity="withdraw",
                origin="Sylvania",
            ),
        ]
    )

    assert len(briefing.military_movements) == 2


def test_troops_of_a_unit_or_in_one_place_still_merge_when_one_is_unplaced() -> None:
    """Look-alikes: forces that name a unit tell a movement without a place, and two
    reports placing the troops in one place are one movement."""
    unit = brief(
        [
            other_movement(
                "a",
                "The 5th Guards Tank Brigade arrived at Vostok airfield.",
                forces="5th Guards Tank Brigade",
                activity="deploy",
                destination="Vostok airfield",
            ),
            other_movement(
                "b",
                "The ministry confirmed the deployment of the 5th Guards Tank Brigade.",
                forces="the 5th Guards Tank Brigade",
                activity="deploy",
            ),
        ]
    )
    placed = brief(
        [
            other_movement(
                "a",
                "Ruritanian troops arrived in Kharkiv.",
                forces="Ruritanian troops",
                activity="deploy",
                destination="Kharkiv",
            ),
            other_movement(
                "b",
                "The ministry confirmed troops were deployed to Kharkiv.",
                forces="troops",
                activity="deploy",
                destination="Kharkiv",
            ),
        ]
    )

    assert [m.sources for m in unit.military_movements] == [[1, 2]]
    assert [m.sources for m in placed.military_movements] == [[1, 2]]


def sent(article_id: str, day: str, text: str, actor: str, low: int, place: str) -> ArticleResult:
    """One article reporting ``actor`` sending ``low`` troops to ``place`` (invented)."""
    forces = f"{low:,} troops"
    return other_movement(
        article_id,
        text,
        actor=actor,
        forces=forces,
        activity="deploy",
        destination=place,
        low=low,
        day=day,
    )


@pytest.mark.parametrize(
    ("actor", "place", "first", "second"),
    [
        (
            "Poland",
            "its border with Lithuania",
            "Poland will send 2,000 troops to its border with Lithuania next week.",
            "Poland will send 5,000 troops to its border with Lithuania, more than doubling "
            "the figure given on Friday, the minister said.",
        ),
        (
            "Ruritania",
            "Sylvania",
            "Ruritania is to deploy 1,000 soldiers to Sylvania, the defence ministry announced.",
            "The Ruritanian government now says 3,000 soldiers are being sent to Sylvania.",
        ),
        (
            "United States",
            "Poland",
            "The Pentagon said 2,000 U.S. troops would go to Poland.",
            "Officials put the number of U.S. troops heading to Poland at 4,700.",
        ),
        (
            "Freedonia",
            "the port of Xanadu",
            "Freedonia said it would move 500 marines to the port of Xanadu.",
            "About 1,500 Freedonian marines are to be moved to the port of Xanadu, state media "
            "reported.",
        ),
    ],
)
def test_a_figure_revised_for_one_named_place_is_shown_side_by_side(
    actor: str, place: str, first: str, second: str
) -> None:
    """A movement's figure changed between reports ("2,000", days later "5,000") is one
    movement with disputed figures, not two a reader must set against each other."""
    low, high = (int(re.findall(r"\d[\d,]*\d", t)[0].replace(",", "")) for t in (first, second))
    briefing = brief(
        [
            sent("a", "2026-12-04", first, actor, low, place),
            sent("b", "2026-12-07", second, actor, high, place),
        ]
    )

    assert [m.sources for m in briefing.military_movements] == [[1, 2]]
    assert [d.field for d in briefing.military_movements[0].disagreements] == ["quantity"]


@pytest.mark.parametrize(
    "second",
    [
        "Poland will send 3,000 more troops to its border with Lithuania.",
        "Poland will send an additional 3,000 troops to its border with Lithuania.",
        "A further 3,000 troops will go to its border with Lithuania, Poland said.",
    ],
)
def test_forces_sent_on_top_of_others_are_a_second_movement(second: str) -> None:
    """Look-alike: "more", "additional", "further" add to the first figure."""
    first = "Poland will send 2,000 troops to its border with Lithuania next week."
    briefing = brief(
        [
            sent("a", "2026-12-04", first, "Poland", 2000, "its border with Lithuania"),
            sent("b", "2026-12-07", second, "Poland", 5000, "its border with Lithuania"),
        ]
    )

    assert [m.sources for m in briefing.military_movements] == [[1], [2]]


@pytest.mark.parametrize(
    ("first_place", "second_place"),
    [
        ("Belarus", "in Belarus, in Crimea and in regions"),
        ("near the border", "near the border"),
    ],
)
def test_figures_for_other_or_unnamed_places_stay_apart(
    first_place: str, second_place: str
) -> None:
    """Look-alikes: a figure for several places is no revision of one place's; a place that
    names none ("near the border") could be any border."""
    briefing = brief(
        [
            sent(
                "a",
                "2026-12-04",
                "Ruritania has 30,000 troops there.",
                "Ruritania",
                30000,
                first_place,
            ),
            sent(
                "b",
                "2026-12-07",
                "Ruritania has 150,000 troops there.",
                "Ruritania",
                150000,
                second_place,
            ),
        ]
    )

    assert [m.sources for m in briefing.military_movements] == [[1], [2]]


def talks(article_id: str, day: str, status: str, quote: str) -> ArticleResult:
    contact = {
        "participants": [
            {"name": "Ruritania", "kind": "state", "country": "Ruritania"},
            {"name": "Sylvania", "kind": "state", "country": "Sylvania"},
        ],
        "mode": "talks",
        "status": status,
        "evidence": [{"quote": quote}],
    }
    return one_article(article_id, day, quote, {"diplomatic_contacts": [contact]})


def test_rounds_of_talks_named_by_number_are_occasions_of_their_own() -> None:
    """A series of talks: "the first round … held", "the second round was held", "the
    third round will be held": three occasions, each with its own status, not one whose
    status is the latest report's (which read "will hold talks" of talks held twice)."""
    briefing = brief(
        [
            talks("a", "2022-02-28", "held", "The first round of talks was held in Gomel today."),
            talks("b", "2022-03-03", "held", "During the second round of talks, both sides met."),
            talks(
                "c",
                "2022-03-04",
                "planned",
                "The delegations agreed the third round will be held next week.",
            ),
        ]
    )

    assert [(c.sources, c.status) for c in briefing.diplomatic_contacts] == [
        ([1], "held"),
        ([2], "held"),
        ([3], "planned"),
    ]


def test_a_round_named_by_a_number_after_its_noun_is_the_round_of_that_place() -> None:
    """A round named "round two" or "the 2nd round" is the second round (one occasion told
    twice), and another than "round 3" of the same series."""
    briefing = brief(
        [
            talks("a", "2022-03-03", "held", "Round two of the talks was held in Brest today."),
            talks("b", "2022-03-04", "held", "The 2nd round of talks ended in Brest on Thursday."),
            talks("c", "2022-03-07", "held", "In round 3, both delegations met in Brest."),
        ]
    )

    assert [c.sources for c in briefing.diplomatic_contacts] == [[1, 2], [3]]


def test_a_count_of_rounds_or_a_span_after_round_names_no_place() -> None:
    """Look-alikes: "one round of talks" counts rounds and "a round two weeks ago" dates
    one; neither names a place in the series, so each merges with the third round. A span
    in digits ("a round 10 days ago") is no "round 1" read off its first digit."""
    briefing = brief(
        [
            talks("a", "2022-03-03", "held", "The third round of talks was held in Brest."),
            talks("b", "2022-03-04", "held", "Only one round of talks was held in Brest."),
            talks("c", "2022-03-05", "held", "They held a round two days ago in Brest."),
            talks("d", "2022-03-05", "held", "They held a round 10 days ago in Brest."),
        ]
    )

    assert [c.sources for c in briefing.diplomatic_contacts] == [[1, 2, 3, 4]]


def test_one_round_told_twice_is_one_occasion() -> None:
    """Look-alike: the same round in two reports (planned, then held) is one contact, and
    a report naming no round merges as before."""
    briefing = brief(
        [
            talks("a", "2022-03-04", "planned", "The third round of talks will be held on Monday."),
            talks(
                "b", "2022-03-08", "held", "The third round of talks took place on Monday in Brest."
            ),
            talks(
                "c",
                "2022-03-08",
                "held",
                "The delegations of Ruritania and Sylvania held talks in Brest.",
            ),
        ]
    )

    assert [c.sources for c in briefing.diplomatic_contacts] == [[1, 2, 3]]
