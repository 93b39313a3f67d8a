"""Two facts one headline would name are told apart by their days, in every format; a
headline only one item has stays as it was (invented articles)."""

import datetime as dt
import json
from typing import Any

from summarise.article import Article
from summarise.briefing import build_briefing, render
from summarise.briefing.model import Briefing
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleResult
from summarise.schema import ExtractionDraft

OSKAR = {"name": "Oskar Brandt", "kind": "person", "country": "Sylvania", "role": "President"}
IVO = {"name": "Ivo Marek", "kind": "person", "country": "Ruritania", "role": "President"}
LENA = {"name": "Lena Holm", "kind": "person", "country": "Freedonia", "role": "Prime Minister"}


def call(sentence: str, *, when: str | None = None, who: tuple[Any, ...] = (OSKAR, IVO)) -> Any:
    return {
        "participants": list(who),
        "mode": "phone_call",
        "status": "held",
        "when": when,
        "evidence": [{"quote": sentence}],
    }


def outlet(article_id: str, day: str, calls: list[dict[str, Any]]) -> ArticleResult:
    text = " ".join(c["evidence"][0]["quote"] for c in calls)
    article = Article(
        id=article_id, text=text, title=f"Outlet {article_id}", published=dt.date.fromisoformat(day)
    )
    draft = ExtractionDraft.model_validate({"diplomatic_contacts": calls})
    extraction = ground_extraction(draft, text, article_id)
    return ArticleResult(article=article, extraction=extraction, backend="scripted")


def briefing(*results: ArticleResult) -> Briefing:
    return build_briefing(list(results), backend="scripted", lead=0)


def headlines(b: Briefing) -> list[str]:
    return [c.headline for c in b.diplomatic_contacts]


def test_two_calls_a_month_apart_read_with_the_day_each_was_reported() -> None:
    b = briefing(
        outlet("jan", "2022-01-10", [call("Brandt spoke by phone with Marek today.")]),
        outlet("feb", "2022-02-14", [call("President Brandt and President Marek spoke by phone.")]),
    )
    assert headlines(b) == [
        "Ivo Marek \u2013 Oskar Brandt · phone call · held · reported 2022-01-10",
        "Ivo Marek \u2013 Oskar Brandt · phone call · held · reported 2022-02-14",
    ]
    markdown = render(b, "md")
    assert "held · reported 2022-01-10 [1]" in markdown
    assert "held · reported 2022-02-14 [2]" in markdown
    page = json.loads(render(b, "json"))
    assert [c["headline"] for c in page["diplomatic_contacts"]] == headlines(b)


def test_a_call_recalled_later_reads_with_the_day_its_article_names() -> None:
    b = briefing(
        outlet("feb", "2022-02-12", [call("Brandt spoke by phone with Marek this morning.")]),
        outlet(
            "later",
            "2022-02-17",
            [
                call(
                    "During my telephone conversation with President Brandt on December 30, "
                    "I told him so, Marek said.",
                    when="on December 30",
                )
            ],
        ),
    )
    assert headlines(b) == [
        "Ivo Marek \u2013 Oskar Brandt · phone call · held · reported 2022-02-12",
        "Ivo Marek \u2013 Oskar Brandt · phone call · held · on December 30",
    ]


def test_a_headline_only_one_item_has_is_left_as_it_is() -> None:
    """Look-alike: two calls of different people, and one call told by two outlets (one
    item): no day is added where no two headlines are the same."""
    b = briefing(
        outlet("jan", "2022-01-10", [call("Brandt spoke by phone with Marek today.")]),
        outlet(
            "jan2",
            "2022-01-10",
            [
                call("Marek and Brandt held a telephone call."),
                call("Brandt also phoned Prime Minister Holm.", who=(OSKAR, LENA)),
            ],
        ),
    )
    assert headlines(b) == [
        "Ivo Marek \u2013 Oskar Brandt · phone call · held",
        "Lena Holm \u2013 Oskar Brandt · phone call · held",
    ]
