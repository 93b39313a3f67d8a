"""What a person reads: counts in the singular when there is one, sources named by what
the person saved, and the same wording in the summary line, the briefing and the run log."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from typing import Any

from helpers import GENERATED, crisis_results

from summarise.article import Article
from summarise.briefing import Briefing, build_briefing, render
from summarise.cli.progress import summary_line
from summarise.extraction.backends.base import Usage
from summarise.extraction.results import ArticleResult, RunStats
from summarise.plural import counted
from summarise.scheduled import RunRecord, summary_lines
from summarise.schema import ArticleExtraction


def one_of_each() -> list[ArticleResult]:
    """One article with one position: every count in its briefing is one or zero."""
    first = crisis_results()[0]
    extraction = first.extraction.model_copy(
        update={"positions": first.extraction.positions[:1], "diplomatic_contacts": []}
    )
    return [first.model_copy(update={"extraction": extraction})]


def test_counted_is_singular_for_one_only() -> None:
    assert [counted(n, "article") for n in (0, 1, 2, 1234)] == [
        "0 articles",
        "1 article",
        "2 articles",
        "1,234 articles",
    ]
    assert counted(1, "cache hit") == "1 cache hit"
    assert counted(3, "party", "parties") == "3 parties"


def test_the_summary_line_counts_one_in_the_singular() -> None:
    stats = RunStats(
        articles=1, extracted=1, items=1, cache_hits=1, requests=1, usage=Usage(prompt_tokens=1)
    )

    line = summary_line(stats, "openai (m)")

    assert line == (
        "1 article extracted, 1 extracted item, 1 cache hit, 1 request, 1 token, 0.0s [openai (m)]"
    )


def test_a_briefing_of_one_article_counts_it_in_the_singular() -> None:
    briefing = build_briefing(one_of_each(), backend="scripted", generated_at=GENERATED)

    for fmt in ("md", "html"):
        text = re.sub(r"<[^>]+>", "", render(briefing, fmt, "full"))
        assert "1 article read, 1 cited; 1 extracted item merged into 1." in text, fmt
        assert "1 position, 0 military movements, 0 diplomatic contacts." in text, fmt
        assert "0 items on which the sources disagree." in text, fmt
    assert (
        "1 article read, 1 cited; 1 extracted item merged into 1: 1 position, "
        "0 military movements, 0 diplomatic contacts; 0 disputed." in render(briefing, "md")
    )


def _run_record(**counts: Any) -> RunRecord:
    """One scheduled run of a 24-hour window; the tests vary only its counts."""
    return RunRecord(
        config="b.toml",
        state_dir="state",
        started=datetime(2022, 2, 3, tzinfo=UTC),
        window="24h",
        **counts,
    )


def test_the_run_log_counts_one_in_the_singular() -> None:
    record = _run_record(extracted=1, requests=1, tokens=1, in_window=1)

    line = summary_lines(record)[-1]

    assert line.startswith("Run 2022-02-03 00:00 UTC: 0 articles read; 0 new, 0 changed; ")
    assert "1 in the 24h window (1 extracted afresh, 0 from the cache); 1 request, 1 token" in line


def geneva_briefing(**fields: Any) -> Briefing:
    """A briefing of one article on planned talks, the article made of ``fields``."""
    text = "Russia and Ukraine said talks would resume in Geneva on Monday."
    article = Article(id="3f9c2a77b1d04e5a", text=text, **fields)
    result = ArticleResult(
        article=article,
        extraction=ArticleExtraction.model_validate(
            {
                "article_id": article.id,
                "diplomatic_contacts": [
                    {
                        "participants": [
                            {"name": "Russia", "kind": "state"},
                            {"name": "Ukraine", "kind": "state"},
                        ],
                        "mode": "meeting",
                        "status": "planned",
                        "evidence": [
                            {"quote": text, "match": "exact", "start": 0, "end": len(text)}
                        ],
                    }
                ],
            }
        ),
        backend="scripted",
    )

    return build_briefing([result], backend="scripted", generated_at=GENERATED)


def test_an_untitled_source_is_listed_by_its_path_not_its_hash() -> None:
    briefing = geneva_briefing(path="saved/geneva-talks.txt")

    assert "\n1. `saved/geneva-talks.txt`\n" in render(briefing, "md")
    for fmt in ("md", "html"):
        sources = render(briefing, fmt).split("Sources")[-1]
        assert "saved/geneva-talks.txt" in sources, fmt
        assert "3f9c2a77b1d04e5a" not in sources, fmt


def test_a_titled_source_reads_as_its_title_publisher_and_date_then_its_file() -> None:
    briefing = geneva_briefing(
        title="Talks to resume in Geneva, officials say",
        source="Reuters",
        published=date(2022, 1, 21),
        url="https://reuters.example/geneva",
        path="saved/geneva_talks.md",
    )

    assert (
        "1. Talks to resume in Geneva, officials say — Reuters, 2022-01-21 "
        "<https://reuters.example/geneva> · `saved/geneva_talks.md`\n"
    ) in render(briefing, "md")
    page = render(briefing, "html").split('<section id="sources">')[1]
    assert ">Talks to resume in Geneva, officials say</a> — Reuters, 2022-01-21 " in page
    assert '<code class="path">saved/geneva_talks.md</code></li>' in page
    source = json.loads(render(briefing, "json"))["sources"][0]
    assert source["title"] == "Talks to resume in Geneva, officials say"
    assert (source["outlet"], source["published"]) == ("Reuters", "2022-01-21")
    assert source["path"] == "saved/geneva_talks.md"


def test_a_path_with_backticks_stays_one_code_span() -> None:
    briefing = geneva_briefing(path="saved/`odd``name`.txt")

    assert "\n1. ```saved/`odd``name`.txt```\n" in render(briefing, "md")


def test_a_run_with_nothing_new_says_it_extracted_none_rather_than_zero_of_each() -> None:
    record = _run_record(read=5, in_window=5, nothing_new=True)

    line = summary_lines(record)[-2]

    assert "5 in the 24h window (none extracted: nothing new); 0 requests" in line
    assert summary_lines(record)[-1].startswith("Nothing new since the last run")
