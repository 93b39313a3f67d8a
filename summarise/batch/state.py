"""What batch extraction keeps between commands, on disk, in one SQLite file.

``prepare``, ``submit``, ``status`` and ``collect`` may be days and restarts apart, so all
they share lives in ``<data dir>/batches/state.sqlite``:

- the settings each request was prepared with (never the key), so ``collect`` rebuilds the
  backend that made them, whatever the shell says that day;
- each prepared article (compressed) under its cache key, and each request's
  ``custom_id`` with its article and file, so a result line finds its article;
- collected replies and failed lines, by ``custom_id``: a reply once collected is kept,
  so re-asks and retries replay it instead of paying for it again;
- the request files written and the batches submitted (ids, files, counts, usage).

SQLite rather than JSON files because an archive has hundreds of thousands of rows, read
one page at a time: memory stays flat, and writes are transactions, so a command killed
anywhere leaves the state as it was at its last commit (``prepare`` commits as each
request file is put in place, ``collect`` every few thousand lines).

A temporary table, ``seen``, holds what one command has met (files, article ids and keys,
request ids), so a load of any size is deduplicated without a set in memory.
"""

from __future__ import annotations

import json
import sqlite3
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openai.types.chat import ChatCompletion
from pydantic import ValidationError

from summarise.article import Article
from summarise.batch.records import BatchRecord
from summarise.errors import ConfigError
from summarise.settings import Settings
from summarise.urls import public_url

STATE_FOLDER = "batches"
_PAGE = 500
# Settings about how a command runs, not what it asks: they come from the day's command.
_RUN_SETTINGS = frozenset(
    {"api_key", "cache_dir", "data_dir", "concurrency", "timeout", "retries", "retry_wait"}
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS settings (id INTEGER PRIMARY KEY, json TEXT UNIQUE NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    key TEXT PRIMARY KEY, settings INTEGER NOT NULL, article BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS requests (custom_id TEXT PRIMARY KEY, key TEXT NOT NULL, file TEXT);
CREATE TABLE IF NOT EXISTS replies (custom_id TEXT PRIMARY KEY, completion TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS failures (custom_id TEXT PRIMARY KEY, reason TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    path TEXT PRIMARY KEY, settings INTEGER NOT NULL, lines INTEGER, bytes INTEGER);
CREATE TABLE IF NOT EXISTS batches (id TEXT PRIMARY KEY, record TEXT NOT NULL);
"""


def stored_settings(settings: Settings) -> str:
    """What shapes the requests, as JSON: the base URL without secrets, the resolved mode.

    Listed by exclusion, so a setting added later is kept without anyone remembering to.
    """
    data = settings.model_dump(mode="json", exclude=set(_RUN_SETTINGS))
    data.update(
        backend="openai",
        mode=settings.resolved_mode,
        base_url=None if settings.base_url is None else public_url(settings.base_url),
    )
    return json.dumps(data, sort_keys=True)


def restored_settings(stored: str, today: Settings) -> Settings:
    """The prepare-time settings, with today's key, cache and run settings."""
    run = today.model_dump(include=set(_RUN_SETTINGS))
    try:
        return Settings.model_validate({**json.loads(stored), **run})
    except ValidationError as exc:
        raise ConfigError(
            f"Batch state holds settings this version cannot read ({exc.errors()[0]['msg']}): "
            "collect with the version of summarise that prepared the batch."
        ) from exc


@dataclass(frozen=True)
class PreparedArticle:
    """An article as prepared: its cache key then, and the id of its settings."""

    key: str
    settings: int
    article: Article


class BatchState:
    """The batch state of one data directory; a context manager that commits on success."""

    def __init__(self, data_dir: Path) -> None:
        self.directory = data_dir / STATE_FOLDER
        self.path = self.directory / "state.sqlite"
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, timeout=60)
            self._db.executescript(_SCHEMA)
            self._db.execute("CREATE TEMP TABLE touched (key TEXT PRIMARY KEY)")
            self._db.execute("CREATE TEMP TABLE seen (key TEXT PRIMARY KEY)")
        except (OSError, sqlite3.Error) as exc:
            raise ConfigError(
                f"Cannot open the batch state at {self.path} ({exc}): choose another data "
                "dir (SUMMARISE_DATA_DIR), or check that folder's permissions."
            ) from exc

    def __enter__(self) -> BatchState:
        return self

    def __exit__(self, exc_type: object, *_: object) -> None:
        if exc_type is None:
            self.commit()
        self.close()

    def commit(self) -> None:
        self._db.commit()

    def close(self) -> None:
        self._db.close()

    def _one(self, query: str, *args: Any) -> Any:
        row = self._db.execute(query, args).fetchone()
        return None if row is None else row[0]

    # What one command has already seen: a load's files and ids, an ingest's articles.

    def add(self, key: str) -> bool:
        """``loading.Seen``: False for a key this command has already seen."""
        return self._db.execute("INSERT OR IGNORE INTO seen VALUES (?)", (key,)).rowcount == 1

    # Prepared articles and requests.

    def settings_id(self, settings: Settings) -> int:
        text = stored_settings(settings)
        self._db.execute("INSERT OR IGNORE INTO settings (json) VALUES (?)", (text,))
        found: int = self._one("SELECT id FROM settings WHERE json = ?", text)
        return found

    def settings(self, settings_id: int, today: Settings) -> Settings:
        return restored_settings(
            self._one("SELECT json FROM settings WHERE id = ?", settings_id), today
        )

    def add_article(self, key: str, settings_id: int, article: Article) -> None:
        blob = zlib.compress(article.model_dump_json().encode("utf-8"))
        # An upsert, not a replace: the row keeps its place, so a page-by-page read of the
        # articles can update them as it goes.
        self._db.execute(
            "INSERT INTO articles VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET "
            "settings = excluded.settings, article = excluded.article",
            (key, settings_id, blob),
        )

    def add_request(self, custom_id: str, key: str, file: Path) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO requests VALUES (?, ?, ?)", (custom_id, key, str(file))
        )

    def add_file(self, path: Path, settings_id: int, lines: int, size: int) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)",
            (str(path), settings_id, lines, size),
        )

    def file_settings(self, path: Path) -> int | None:
        found: int | None = self._one("SELECT settings FROM files WHERE path = ?", str(path))
        return found

    def articles(self) -> Iterator[PreparedArticle]:
        """Every prepared article, in the order prepared, a page at a time."""
        yield from self._articles("")

    def touched_articles(self) -> Iterator[PreparedArticle]:
        """The articles with a line in this command's results, in the order prepared."""
        yield from self._articles("JOIN touched t ON t.key = a.key")

    def touched_count(self) -> int:
        found: int = self._one("SELECT count(*) FROM touched")
        return found

    def _articles(self, join: str) -> Iterator[PreparedArticle]:
        after = 0
        while True:
            rows = self._db.execute(
                f"SELECT a.rowid, a.key, a.settings, a.article FROM articles a {join} "
                "WHERE a.rowid > ? ORDER BY a.rowid LIMIT ?",
                (after, _PAGE),
            ).fetchall()
            if not rows:
                return
            for rowid, key, settings_id, blob in rows:
                article = Article.model_validate_json(zlib.decompress(blob))
                yield PreparedArticle(key, settings_id, article)
                after = rowid

    def article_name(self, custom_id: str) -> str | None:
        """The file, title or id of the article a request belongs to, for a person."""
        blob = self._one(
            "SELECT a.article FROM requests r JOIN articles a ON a.key = r.key "
            "WHERE r.custom_id = ?",
            custom_id,
        )
        if blob is None:
            return None
        article = Article.model_validate_json(zlib.decompress(blob))
        return article.path or article.title or article.id

    # Results.

    def reply(self, custom_id: str) -> ChatCompletion | None:
        text = self._one("SELECT completion FROM replies WHERE custom_id = ?", custom_id)
        return None if text is None else ChatCompletion.model_validate_json(text)

    def failure(self, custom_id: str) -> str | None:
        found: str | None = self._one("SELECT reason FROM failures WHERE custom_id = ?", custom_id)
        return found

    def known(self, custom_id: str) -> bool:
        return self._one("SELECT 1 FROM requests WHERE custom_id = ?", custom_id) is not None

    def add_reply(self, custom_id: str, completion: ChatCompletion) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO replies VALUES (?, ?)",
            (custom_id, completion.model_dump_json(exclude_unset=True)),
        )
        self._db.execute("DELETE FROM failures WHERE custom_id = ?", (custom_id,))
        self._touch(custom_id)

    def add_failure(self, custom_id: str, reason: str) -> None:
        """A failed line; a reply collected earlier for the same request still stands."""
        if self._one("SELECT 1 FROM replies WHERE custom_id = ?", custom_id) is None:
            self._db.execute("INSERT OR REPLACE INTO failures VALUES (?, ?)", (custom_id, reason))
        self._touch(custom_id)

    def _touch(self, custom_id: str) -> None:
        self._db.execute(
            "INSERT OR IGNORE INTO touched SELECT key FROM requests WHERE custom_id = ?",
            (custom_id,),
        )

    def request_file(self, custom_id: str) -> str | None:
        found: str | None = self._one("SELECT file FROM requests WHERE custom_id = ?", custom_id)
        return found

    # Submitted batches.

    def save_batch(self, record: BatchRecord) -> None:
        self._db.execute(
            "INSERT OR REPLACE INTO batches VALUES (?, ?)", (record.id, record.model_dump_json())
        )
        self._db.commit()

    def batch(self, batch_id: str) -> BatchRecord | None:
        text = self._one("SELECT record FROM batches WHERE id = ?", batch_id)
        return None if text is None else BatchRecord.model_validate_json(text)

    def batches(self) -> list[BatchRecord]:
        rows = self._db.execute("SELECT record FROM batches ORDER BY rowid").fetchall()
        return [BatchRecord.model_validate_json(text) for (text,) in rows]
