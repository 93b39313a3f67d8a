"""What a run remembers: which units a source still lists, what is forgotten, how the store
keeps it, and the state folders of earlier versions."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from helpers import GENERATED, crisis_results

from summarise.article import Article
from summarise.briefing import build_briefing
from summarise.errors import ConfigError
from summarise.scheduled.run_state import RETENTION, RunState
from summarise.scheduled.sources import Found, SourceConfig, SourceRead, Validators
from summarise.scheduled.state import RunEntry, StateStore

NOW = datetime(2026, 11, 23, 6, tzinfo=UTC)
FEED = SourceConfig(name="feed", feed="https://example.org/rss")
FOLDER = SourceConfig(name="folder", folder=Path("/saved"))


def found(key: str, fingerprint: str = "1", at: datetime | None = None) -> Found:
    article = Article(id=f"{key}-{fingerprint}", text=f"text of {key}")
    return Found(key=key, fingerprint=fingerprint, articles=(article,), at=at)


def test_new_and_changed_units_are_counted_and_first_sight_is_kept() -> None:
    state = RunState()
    state.apply(
        FEED, SourceRead(name="feed", listed=["a", "b"], found=[found("a"), found("b")]), NOW
    )

    later = NOW + timedelta(hours=6)
    counts = state.apply(
        FEED, SourceRead(name="feed", listed=["a", "b"], found=[found("b", "2")]), later
    )

    assert counts == (0, 1)
    unit = state.units["feed"]["b"]
    assert (unit.fingerprint, unit.first_seen, unit.at, unit.briefed) == ("2", NOW, NOW, False)
    assert state.known("feed") == {"a": "1", "b": "2"}


def test_a_feed_keeps_entries_it_dropped_but_a_folder_does_not() -> None:
    state = RunState()
    for source in (FEED, FOLDER):
        state.apply(
            source,
            SourceRead(name=source.name, listed=["a", "b"], found=[found("a"), found("b")]),
            NOW,
        )
        state.apply(source, SourceRead(name=source.name, listed=["a"]), NOW)

    assert sorted(state.units["feed"]) == ["a", "b"]
    assert sorted(state.units["folder"]) == ["a"]


def test_a_failed_or_unmodified_source_changes_nothing_but_its_last_listing() -> None:
    state = RunState()
    state.apply(FEED, SourceRead(name="feed", listed=["a"], found=[found("a")]), NOW)
    later = NOW + timedelta(hours=1)

    state.apply(FEED, SourceRead(name="feed", error="HTTP 500"), later)
    assert state.units["feed"]["a"].last_listed == NOW
    state.apply(FEED, SourceRead(name="feed", not_modified=True), later)
    assert state.units["feed"]["a"].last_listed == later


def test_prune_forgets_unconfigured_sources_and_long_gone_old_units() -> None:
    state = RunState()
    old = NOW - timedelta(days=30)
    state.apply(
        FEED,
        SourceRead(
            name="feed",
            listed=["gone", "listed"],
            found=[found("gone", at=old), found("listed", at=old)],
        ),
        old,
    )
    state.apply(FOLDER, SourceRead(name="folder", listed=["x"], found=[found("x")]), NOW)
    state.apply(FEED, SourceRead(name="feed", listed=["listed"]), NOW - RETENTION / 2)

    state.prune([FEED], window_start=NOW - timedelta(days=1), now=NOW)

    assert list(state.units) == ["feed"]
    assert list(state.units["feed"]) == ["listed"]


def test_a_store_that_is_not_a_database_is_one_line_saying_what_to_do(tmp_path: Path) -> None:
    store_file = tmp_path / "briefing.db"
    store_file.write_text("not a database at all\n" * 50, encoding="utf-8")

    with StateStore(tmp_path, store_file) as store, pytest.raises(ConfigError) as error:
        store.load()

    assert str(error.value) == (
        f"Store {store_file} cannot be used (file is not a database); give another file, "
        "or move this one away to start a new store."
    )


def test_state_and_previous_briefing_round_trip_through_the_store(tmp_path: Path) -> None:
    state = RunState(last_run=NOW)
    state.apply(FEED, SourceRead(name="feed", listed=["a"], found=[found("a")]), NOW)
    state.validators["feed"]["https://example.org/rss"] = Validators(etag='"1"')

    with StateStore(tmp_path, tmp_path / "briefing.db") as store:
        store.save(state, RunEntry(NOW, "briefing.toml", None), None)
    with StateStore(tmp_path, tmp_path / "briefing.db") as store:
        loaded = store.load()
        previous = store.load_previous()

    assert loaded == state
    assert previous is None


def test_a_unit_s_articles_left_out_by_keywords_round_trip_through_the_store(
    tmp_path: Path,
) -> None:
    """The articles a briefed unit left out (a JSON Lines export's records without the
    keywords) are kept per article, so widened keywords can reopen it next run."""
    two = Found(
        key="file:wire.jsonl",
        fingerprint="1",
        articles=(Article(id="kept", text="one"), Article(id="out", text="two")),
    )
    state = RunState(last_run=NOW)
    state.apply(FOLDER, SourceRead(name="folder", listed=[two.key], found=[two]), NOW)
    unit = state.units["folder"][two.key]
    unit.briefed, unit.left_out = True, ["out"]

    with StateStore(tmp_path, tmp_path / "briefing.db") as store:
        store.save(state, RunEntry(NOW, "briefing.toml", None), None)
    with StateStore(tmp_path, tmp_path / "briefing.db") as store:
        loaded = store.load()

    assert loaded.units["folder"][two.key].left_out == ["out"]
    assert loaded.units == state.units


def test_a_first_load_writes_nothing(tmp_path: Path) -> None:
    with StateStore(tmp_path / "state", tmp_path / "state" / "briefing.db") as store:
        state = store.load()

    assert state == RunState()
    assert not (tmp_path / "state").exists()


def legacy_folder(folder: Path, state: RunState) -> None:
    """A state folder as summarise wrote it before the store: two JSON files."""
    folder.mkdir()
    (folder / "state.json").write_text(state.model_dump_json(), encoding="utf-8")
    briefing = build_briefing(crisis_results(), backend="scripted", generated_at=GENERATED)
    (folder / "previous-briefing.json").write_text(briefing.model_dump_json(), "utf-8")


def test_a_state_folder_of_an_earlier_version_is_imported_once(tmp_path: Path) -> None:
    old = RunState(last_run=NOW)
    old.apply(FEED, SourceRead(name="feed", listed=["a", "b"], found=[found("a"), found("b")]), NOW)
    folder = tmp_path / "state"
    legacy_folder(folder, old)

    with StateStore(folder, folder / "briefing.db") as store:
        imported = store.load()
        previous = store.load_previous()
    with StateStore(folder, folder / "briefing.db") as store:
        again = store.load()

    assert imported.units == again.units == old.units
    assert imported.last_run == again.last_run == NOW
    assert previous is not None
    assert sorted(p.name for p in folder.iterdir()) == [
        "briefing.db",
        "previous-briefing.json.imported",
        "state.json.imported",
    ]
    with sqlite3.connect(folder / "briefing.db") as db:
        runs = db.execute("SELECT kind, started FROM runs").fetchall()
        first_seen = db.execute("SELECT DISTINCT first_seen FROM articles").fetchall()
    assert runs == [("import", "2026-11-23T06:00:00Z")]
    assert first_seen == [("2026-11-23T06:00:00Z",)]


def test_an_unreadable_state_file_of_an_earlier_version_says_how_to_start_afresh(
    tmp_path: Path,
) -> None:
    (tmp_path / "state.json").write_text("{not json", encoding="utf-8")

    with (
        StateStore(tmp_path, tmp_path / "briefing.db") as store,
        pytest.raises(ConfigError) as error,
    ):
        store.load()

    message = str(error.value)
    assert message.startswith(f"State file {tmp_path / 'state.json'} cannot be read (")
    assert message.endswith(
        "delete it to start afresh (every source is read again; the cache spares the model calls)."
    )
