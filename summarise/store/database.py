"""Opening a store: one SQLite file, its schema brought up to date, errors for people.

Every connection turns foreign keys on (SQLite leaves them off per connection) and waits a
while for a lock rather than failing at once: an analyst's ``sqlite3`` shell or Datasette
may be reading while a scheduled run writes. The journal stays SQLite's default rollback
journal, so a store is always one file that any ``sqlite3`` can open read-only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from summarise.errors import ConfigError, cause
from summarise.store.migrations import MIGRATIONS, migration_names

# How long a writer waits for a reader's lock (or another writer's) before giving up.
BUSY_TIMEOUT_SECONDS = 30.0
# SQLite's page cache per connection, in KiB (its default is 2,000). A whole store's
# timeline looks up each report's article and quote by index, jumping around a file of tens
# of megabytes; with the default cache the same pages are read again and again (a fifth of
# the query's time for 10,000 articles). Pages are only held once read.
CACHE_KIB = 32_768


def _problem(path: Path, exc: sqlite3.Error) -> ConfigError:
    return ConfigError(
        f"Store {path} cannot be used ({exc}); give another file, or move this one away to "
        "start a new store."
    )


def _check_known(db: Database, path: Path) -> None:
    """A store written by a newer summarise has migrations this one does not know."""
    unknown = [m.name for m in MIGRATIONS.applied(db) if m.name not in migration_names()]
    if unknown:
        raise ConfigError(
            f"Store {path} was written by a newer summarise (schema {unknown[-1]}); "
            "upgrade summarise to use it."
        )


def open_store(path: Path, *, create: bool = True) -> Database:
    """The store at ``path``, created when ``create`` and migrated to this version's schema.

    Raises ``ConfigError`` in one line when the file is missing (and not to be created),
    its folder cannot be made, it is not a SQLite database, or it was written by a newer
    summarise (an ``OSError`` of the folder reached the user as "No such file or directory:
    /proc/nope", naming neither the store nor what to do).
    """
    if not create and not path.is_file():
        raise ConfigError(
            f"Store {path} does not exist: give the file a briefing run wrote "
            "(summarise run CONFIG) or one written by summarise brief ... --store FILE."
        )
    if create:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise ConfigError(
                f"Store {path} cannot be made: its folder {path.parent} cannot be created "
                f"({cause(exc.strerror or str(exc))}); give a store in a folder you can write."
            ) from None
    try:
        db = Database(sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS), execute_plugins=False)
    except sqlite3.Error as exc:
        raise _problem(path, exc) from None
    try:
        db.execute("PRAGMA foreign_keys = ON")
        db.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
        _check_known(db, path)
        if MIGRATIONS.pending(db):
            MIGRATIONS.apply(db)
    except sqlite3.Error as exc:
        db.close()
        raise _problem(path, exc) from None
    except BaseException:
        db.close()
        raise
    return db


@contextmanager
def opened(path: Path, *, create: bool = True) -> Iterator[Database]:
    """``open_store`` for a ``with`` block, closed however the block ends."""
    db = open_store(path, create=create)
    try:
        yield db
    finally:
        db.close()
