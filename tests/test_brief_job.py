"""``summarise.brief``: what ``summarise brief`` and ``summarise run`` do, called as a library,
offline (the baseline over the seeds, or a stand-in model), with nothing printed."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from helpers import GENERATED, SEEDS, StandInModel, run_cli
from sqlite_utils import Database

import summarise
from summarise.article import Article
from summarise.briefing.model import Changes
from summarise.errors import BackendUnavailable

SINCE = dt.date(2022, 1, 1)  # the seeds: one article dated 2022-01-29, three undated


def baseline(tmp_path: Path) -> summarise.Session:
    return summarise.Session(summarise.Settings(backend="baseline", cache_dir=tmp_path))


def test_a_brief_cuts_by_date_before_extracting_and_says_what_it_left_out(
    tmp_path: Path,
) -> None:
    loaded = summarise.load_articles([SEEDS])
    with baseline(tmp_path) as session:
        done = summarise.brief(session, loaded, summarise.BriefOptions(since=SINCE))

    assert done.briefing is not None
    assert (done.older_left_out, done.undated_left_out) == (0, 3)
    assert [r.article.published for r in done.run.results] == [dt.date(2022, 1, 29)]
    assert done.run.stats.articles == 1
    assert done.briefing.filters.undated_left_out == 3
    assert done.briefing.counts.articles == 1
    assert done.party_read_as is None
    assert not done.failed
    assert len(loaded.articles) == 4, "the caller's articles are not cut in place"


def test_a_cut_that_leaves_nothing_is_an_error_before_any_extraction(tmp_path: Path) -> None:
    model = StandInModel()
    loaded = summarise.load_articles([SEEDS])

    with (
        summarise.Session(summarise.Settings(cache_dir=tmp_path), backend=model) as session,
        pytest.raises(summarise.ConfigError, match="--since 2030-01-01 leaves nothing to brief"),
    ):
        summarise.brief(session, loaded, summarise.BriefOptions(since=dt.date(2030, 1, 1)))
    assert model.calls == []


def test_the_party_shown_is_a_view_the_store_records_everything(tmp_path: Path) -> None:
    loaded = summarise.load_articles([SEEDS])
    everything = summarise.BriefOptions(store=tmp_path / "all.db")
    russia = summarise.BriefOptions(party="Rusia", store=tmp_path / "russia.db")
    with baseline(tmp_path / "cache") as session:
        whole = summarise.brief(session, loaded, everything)
        viewed = summarise.brief(session, loaded, russia)

    assert whole.briefing is not None
    assert viewed.briefing is not None
    assert viewed.party_read_as == "Russia"
    assert whole.party_read_as is None
    assert viewed.briefing.filters.party_read_as == "Russia"
    shown = viewed.briefing.counts
    assert shown.positions + shown.military_movements + shown.diplomatic_contacts < (
        whole.briefing.counts.positions
        + whole.briefing.counts.military_movements
        + whole.briefing.counts.diplomatic_contacts
    )
    assert whole.recorded is not None
    assert viewed.recorded is not None
    assert viewed.recorded.items == whole.recorded.items > 0
    stored = Database(tmp_path / "russia.db")
    assert stored["items"].count == whole.recorded.items
    assert [row["label"] for row in stored["runs"].rows] == ["library"]


def test_aliases_join_names_the_tool_cannot_know_are_one_party(tmp_path: Path) -> None:
    loaded = summarise.load_articles([SEEDS])
    options = summarise.BriefOptions(aliases={"Foreign Office": "UK government"})
    with baseline(tmp_path) as session:
        plain = summarise.brief(session, loaded)
        joined = summarise.brief(session, loaded, options)

    assert plain.briefing is not None
    assert joined.briefing is not None
    assert "Foreign Office" in [row.actor.name for row in plain.briefing.parties]
    assert "Foreign Office" not in [row.actor.name for row in joined.briefing.parties]
    government = next(e for e in joined.briefing.actors if e.actor.name == "UK government")
    assert "Foreign Office" in government.variants


def test_no_briefing_when_every_article_failed_and_the_failures_are_kept(
    tmp_path: Path,
) -> None:
    failure = summarise.ArticleFailure(name="gone.txt", reason="gone")
    loaded = summarise.LoadResult(failures=[failure])
    with baseline(tmp_path) as session:
        done = summarise.brief(session, loaded)

    assert done.briefing is None
    assert done.built is None
    assert [f.reason for f in done.run.failures] == ["gone"]
    assert done.failed


def articles(n: int) -> list[Article]:
    text = "NATO warned of Russian troops near the border."
    return [Article(id=f"a{i}", text=f"{text} Item {i}.", path=f"a{i}.txt") for i in range(n)]


@pytest.mark.parametrize(("partial", "briefed"), [(True, 2), (False, None)])
def test_a_backend_that_stops_leaves_a_partial_briefing_only_when_asked(
    tmp_path: Path, partial: bool, briefed: int | None
) -> None:
    model = StandInModel(fail={"a2": BackendUnavailable("Cannot reach the model server")})
    settings = summarise.Settings(cache_dir=tmp_path, concurrency=1)
    with summarise.Session(settings, backend=model) as session:
        done = summarise.brief(session, articles(3), summarise.BriefOptions(partial=partial))

    assert done.run.stopped == "Cannot reach the model server"
    assert done.failed
    assert (done.briefing.counts.articles if done.briefing else None) == briefed


def test_what_changed_is_measured_against_the_previous_briefing(tmp_path: Path) -> None:
    loaded = summarise.load_articles([SEEDS])
    with baseline(tmp_path) as session:
        first = summarise.brief(session, loaded.articles[:2], summarise.BriefOptions(changes=True))
        assert first.briefing is not None
        later = summarise.BriefOptions(
            changes=True, previous=first.briefing, generated_at=GENERATED
        )
        second = summarise.brief(session, loaded, later)

    assert first.briefing.changes == Changes()
    assert second.briefing is not None
    assert second.briefing.changes is not None
    assert second.briefing.changes.previous == first.briefing.generated_at
    assert second.briefing.generated_at == GENERATED
    new = set(second.briefing.changes.new_items)
    assert new, "the two articles added bring items of their own"
    assert len(new) < second.briefing.counts.positions + (
        second.briefing.counts.military_movements + second.briefing.counts.diplomatic_contacts
    )


def test_the_command_and_the_library_write_the_same_briefing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    env = {"SUMMARISE_CACHE_DIR": str(tmp_path), "SOURCE_DATE_EPOCH": "1643889600"}
    flags = ["--since", "2022-01-01", "--party", "Russia", "--key-developments", "3"]
    command = run_cli(["brief", str(SEEDS), *flags, "--format", "json"], env)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", env["SOURCE_DATE_EPOCH"])
    options = summarise.BriefOptions(since=SINCE, party="Russia", lead=3)
    with baseline(tmp_path) as session:
        done = summarise.brief(session, summarise.load_articles([SEEDS]), options)

    assert command.returncode == 0, command.stderr
    assert done.briefing is not None
    assert json.loads(command.stdout) == json.loads(summarise.render(done.briefing, "json"))
