"""What a run remembers: which units a source still lists, what is forgotten, and a state
file that cannot be read."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from summarise.article import Article
from summarise.errors import ConfigError
from summarise.scheduled.sources import Found, SourceConfig, SourceRead
from summarise.scheduled.state import RETENTION, RunState, StateStore

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


def test_an_unreadable_state_file_says_how_to_start_afresh(tmp_path: Path) -> None:
    store = StateStore(tmp_path)
    store.state_file.write_text("{not json", encoding="utf-8")

    with pytest.raises(ConfigError) as error:
        store.load()

    assert str(error.value).startswith(f"State file {store.state_file} cannot be read (")
    assert str(error.value).endswith(
        "delete it to start afresh (every source is read again; the cache spares the model calls)."
    )


def test_state_and_previous_briefing_round_trip(tmp_path: Path) -> None:
    store = StateStore(tmp_path / "state")
    state = RunState()
    state.apply(FEED, SourceRead(name="feed", listed=["a"], found=[found("a")]), NOW)

    store.save(state)

    assert store.load() == state
    assert store.load_previous() is None
