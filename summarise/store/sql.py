"""The few SQL helpers the store's writers and readers share."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from itertools import chain
from typing import Any

from sqlite_utils import Database

# Parameters per statement stay well under SQLite's limit (32,766 since 3.32).
_CHUNK = 500


def chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def marks(values: Collection[Any]) -> str:
    return ",".join("?" * len(values))


def insert_rows(db: Database, table: str, rows: Sequence[dict[str, Any]]) -> None:
    """Rows in one statement, a column a row lacks being NULL. Not sqlite-utils'
    ``insert_all``: it checks and converts every value, which for the thousands of rows of
    a briefing costs more than building the briefing."""
    if not rows:
        return
    names = list(dict.fromkeys(chain.from_iterable(rows)))
    columns = ", ".join(f'"{name}"' for name in names)
    db.conn.executemany(
        f"INSERT INTO {table} ({columns}) VALUES ({marks(names)})",
        [tuple(map(row.get, names)) for row in rows],
    )
