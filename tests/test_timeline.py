"""The timeline: items in date order across briefings, merged across sources, with what
changed marked; filters; the three formats; the command."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from helpers import GENERATED, crisis_results, grounded_result, record_results, run_cli
from sqlite_utils import Database

from summarise.briefing import TIMELINE_FORMATS, Format
from summarise.errors import ConfigError
from summarise.extraction.results import ArticleResult
from summarise.store import opened
from summarise.timeline import Timeline, build_timeline, render_timeline


def stance(published: str, stance: str, sentence: str) -> ArticleResult:
    """Germany's stance on arms for Ukraine, as one dated article reports it."""
    return grounded_result(
        {
            "article": {
                "id": f"a-germany-{published}",
                "text": sentence,
                "source": "Der Bote",
                "published": published,
            },
            "draft": {
                "positions": [
                    {
                        "holder": {"name": "Germany", "kind": "state"},
                        "stance": stance,
                        "topic": "sending weapons to Ukraine",
                        "evidence": [{"quote": sentence}],
                    }
                ]
            },
        }
    )


TURN = [
    stance("2022-01-20", "oppose", "Germany ruled out sending weapons to Ukraine."),
    stance("2022-02-26", "support", "Germany will now send weapons to Ukraine."),
]


def brief_into(db: Database, results: list[ArticleResult], hours: int) -> None:
    record_results(db, results, started=GENERATED + dt.timedelta(hours=hours))


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """Three briefings of three windows, none seeing another's articles: two crisis articles,
    the three published days later, then the two on Germany's turn."""
    path = tmp_path / "desk.db"
    results = crisis_results()
    with opened(path) as db:
        brief_into(db, results[:2], 0)
        brief_into(db, results[2:], 96)
        brief_into(db, TURN, 12)
    return path


def timeline_of(path: Path, **filters: Any) -> Timeline:
    with opened(path, create=False) as db:
        return build_timeline(db, store=path.name, generated_at=GENERATED, **filters)


def headlines(timeline: Timeline) -> list[tuple[str, str, str]]:
    return [(e.day.isoformat(), e.kind, e.headline) for e in timeline.entries]


def test_entries_are_in_date_order_each_merged_item_once_with_all_its_sources(
    store: Path,
) -> None:
    timeline = timeline_of(store)

    days = [e.day for e in timeline.entries]
    reported = [e for e in timeline.entries if e.kind == "reported"]
    call = next(e for e in reported if "Vladimir Putin · phone call" in e.headline)
    assert days == sorted(days)
    assert len({e.merged_item for e in reported}) == len(reported)
    assert call.day == dt.date(2022, 1, 29)
    assert [(s.outlet, s.value) for s in call.sources] == [
        ("LBC", "planned"),
        ("Yahoo News", "planned"),
        ("Express", "held"),
        ("The Guardian", "held"),
        ("ITV News", "held"),
    ]
    assert call.sources[2].quote == "Mr Johnson spoke to President Putin"
    assert timeline.articles == 7


def test_what_changed_is_marked_on_the_day_it_changed(store: Path) -> None:
    timeline = timeline_of(store)

    updates = {(e.day.isoformat(), m.kind, m.text) for e in timeline.entries for m in e.marks}
    assert ("2022-02-02", "status_changed", "status planned → held") in updates
    assert (
        "2022-02-02",
        "figure_revised",
        "figure revised: about 100,000 troops → about 130,000 troops",
    ) in updates
    assert (
        "2022-01-29",
        "new_contact",
        "first contact on record: Boris Johnson and Vladimir Putin",
    ) in updates
    assert (
        "2022-02-26",
        "stance_turned",
        "stance turned: oppose on 2022-01-20, support now",
    ) in updates
    figure = timeline.figures[0]
    assert [(e.day.isoformat(), e.value, e.source) for e in figure.estimates] == [
        ("2022-01-29", "about 100,000 troops", "Yahoo News"),
        ("2022-02-02", "about 130,000 troops", "Express"),
        ("2022-02-02", "about 100,000 troops", "ITV News"),
    ]


def test_a_party_a_category_and_a_start_date_narrow_the_timeline(store: Path) -> None:
    putin = timeline_of(store, party="Putin")
    contacts = timeline_of(store, categories=["diplomatic_contacts"])
    later = timeline_of(store, since=dt.date(2022, 2, 1))

    assert {e.headline for e in putin.entries} == {
        "Boris Johnson \u2013 Vladimir Putin · phone call · held"
    }
    assert {e.category for e in contacts.entries} == {"diplomatic_contacts"}
    assert min(e.day for e in later.entries) == dt.date(2022, 2, 2)
    first = next(e for e in later.entries if "Vladimir Putin · phone call" in e.headline)
    assert (first.kind, [m.kind for m in first.marks]) == ("update", ["status_changed"])


def test_an_unknown_party_names_the_known_ones(store: Path) -> None:
    with pytest.raises(ConfigError) as error:
        timeline_of(store, party="Atlantis")

    assert str(error.value).startswith("No party matches 'Atlantis'. Known parties: ")
    assert "Boris Johnson" in str(error.value)


def test_a_misspelt_party_is_read_as_the_close_name_and_says_so(store: Path) -> None:
    guessed = timeline_of(store, party="Rusia")

    assert guessed.filters.party_read_as == "Russia"
    assert guessed.entries
    assert guessed.entries == timeline_of(store, party="Russia").entries
    assert "party Russia (asked for as 'Rusia')" in render_timeline(guessed, "md")


def test_markdown_has_a_heading_per_day_escaped_quotes_and_the_marks(store: Path) -> None:
    text = render_timeline(timeline_of(store, party="Putin"), "md")

    assert text.startswith(
        "# Timeline\n\nstore desk.db; party Putin. 1 merged item and 1 later change from 5 "
        "articles."
    )
    assert "## 2022-01-29" in text
    assert (
        "- **Contact** · Boris Johnson \u2013 Vladimir Putin · phone call · held"
        " — *first contact on record: Boris Johnson and Vladimir Putin*"
    ) in text
    assert "- **Contact update** · Boris Johnson \u2013 Vladimir Putin" in text
    assert "  - Express, 2022-02-02 (held): “Mr Johnson spoke to President Putin”" in text


def test_json_is_the_versioned_timeline(store: Path) -> None:
    timeline = timeline_of(store)

    text = render_timeline(timeline, "json")

    assert json.loads(text)["schema_version"] == 1
    assert Timeline.model_validate_json(text) == timeline


def test_the_command_reads_a_store_and_writes_a_page(store: Path, tmp_path: Path) -> None:
    page = tmp_path / "timeline.html"
    shown = run_cli(["timeline", str(store), "--party", "Putin", "--category", "contacts"])
    written = run_cli(["timeline", str(store), "--format", "html", "--out", str(page)])
    missing = run_cli(["timeline", str(tmp_path / "none.db")])
    unknown = run_cli(["timeline", str(store), "--party", "Atlantis"])

    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("# Timeline\n\nstore ")
    assert "phone call" in shown.stdout
    assert written.returncode == 0, written.stderr
    assert written.stderr == f"Timeline written to {page}\n"
    assert page.read_text(encoding="utf-8").count("<svg") == 2
    assert missing.returncode == 2
    assert missing.stderr.startswith(f"error: Store {tmp_path / 'none.db'} does not exist")
    assert not (tmp_path / "none.db").exists()
    assert (unknown.returncode, unknown.stdout) == (2, "")
    assert unknown.stderr.startswith("error: No party matches 'Atlantis'. Known parties: ")


@pytest.mark.parametrize("fmt", TIMELINE_FORMATS)
def test_every_format_timeline_offers_has_a_renderer(store: Path, fmt: Format) -> None:
    text = render_timeline(timeline_of(store), fmt)

    assert "Putin" in text


def test_a_first_contact_of_three_parties_lists_them_as_a_sentence_does(tmp_path: Path) -> None:
    """ "Olaf Scholz, Emmanuel Macron and Mario Draghi", not "… and … and …": the timeline
    names parties as the briefing's lines do."""
    sentence = "Olaf Scholz, Emmanuel Macron and Mario Draghi met in Kyiv."
    result = grounded_result(
        {
            "article": {
                "id": "a-three-leaders",
                "text": sentence,
                "source": "Der Bote",
                "published": "2022-06-16",
            },
            "draft": {
                "diplomatic_contacts": [
                    {
                        "participants": [
                            {"name": name, "kind": "person"}
                            for name in ("Olaf Scholz", "Emmanuel Macron", "Mario Draghi")
                        ],
                        "mode": "meeting",
                        "status": "held",
                        "evidence": [{"quote": sentence}],
                    }
                ]
            },
        }
    )
    path = tmp_path / "desk.db"
    with opened(path) as db:
        brief_into(db, [result], 0)

    marks = [m.text for e in timeline_of(path).entries for m in e.marks]

    assert marks == ["first contact on record: Emmanuel Macron, Mario Draghi and Olaf Scholz"]
