"""``summarise timeline``: the store's items in date order, with what changed marked."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import cast

import click

from summarise.briefing import (
    TIMELINE_FORMATS,
    Format,
    format_for,
    format_help,
    unnamed_format_note,
)
from summarise.cli.options import day, out_option
from summarise.cli.progress import stderr
from summarise.exit_codes import EXIT_OK
from summarise.fileio import check_writable, write_atomic
from summarise.schema import CATEGORIES, Category

# Short names a person types; the schema's names work too.
CATEGORY_NAMES: dict[str, Category] = {
    **{c: c for c in CATEGORIES},
    "contacts": "diplomatic_contacts",
    "movements": "military_movements",
}


def _store_of(source: Path) -> Path:
    """A ``.toml`` is a briefing config, whose store is found as ``summarise run`` finds it."""
    if source.suffix.lower() != ".toml":
        return source
    from summarise.scheduled.sources import load_config

    config = load_config(source)
    return config.resolved_store(config.settings())


@click.command()
@click.argument("source", metavar="STORE", type=click.Path(path_type=Path))
@click.option("--party", help="Only items involving this party (name or country).")
@click.option(
    "--category",
    "categories",
    multiple=True,
    type=click.Choice(list(CATEGORY_NAMES)),
    help="Only this category (repeat for several).",
)
@click.option(
    "--since",
    callback=day,
    metavar="DATE",
    help="Entries on or after DATE; undated articles are left out (counted), as by brief.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(TIMELINE_FORMATS),
    help=format_help(TIMELINE_FORMATS),
)
@out_option()
def timeline(
    source: Path,
    party: str | None,
    categories: tuple[str, ...],
    since: date | None,
    fmt: str | None,
    out: Path | None,
) -> None:
    """Items of a store in date order, merged across sources, with what changed marked
    (STORE: a store file, or a briefing.toml for its store)."""
    from summarise.store import opened
    from summarise.timeline import build_timeline, render_timeline

    if out is not None:
        check_writable(out)
    path = _store_of(source)
    chosen = list(dict.fromkeys(CATEGORY_NAMES[c] for c in categories)) or None
    with opened(path, create=False) as db:
        built = build_timeline(
            db,
            store=str(path),
            party=party,
            categories=[c for c in CATEGORIES if chosen is None or c in chosen],
            since=since,
        )
    note = built.filters.note()
    if note is not None:
        stderr.print(f"note: {note}", markup=False)
    if built.filters.party_read_as is not None:
        stderr.print(f"note: --party {party!r} read as {built.filters.party_read_as}", markup=False)
    text = render_timeline(built, format_for(out, cast(Format | None, fmt)))
    if out is None:
        click.echo(text, nl=False)
    else:
        write_atomic(out, text)
        stderr.print(f"Timeline written to {out}", markup=False)
        unnamed = unnamed_format_note(out, cast(Format | None, fmt))
        if unnamed is not None:
            stderr.print(f"note: {unnamed}", markup=False)
    sys.exit(EXIT_OK)
