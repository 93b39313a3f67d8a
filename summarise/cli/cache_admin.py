"""``summarise cache stats`` and ``summarise cache clear``."""

from __future__ import annotations

from pathlib import Path

import click

from summarise.cli.options import setting_options
from summarise.plural import counted
from summarise.session import open_cache
from summarise.settings import load_settings


@click.group()
def cache() -> None:
    """Inspect or empty the cache (extractions and briefing overviews)."""


@cache.command("stats")
@setting_options("--cache-dir")
def cache_stats(cache_dir: Path | None, config_file: Path | None) -> None:
    """Show where the cache is, its extractions and overviews, and its size."""
    store = open_cache(load_settings({"cache_dir": cache_dir}, config_file=config_file))
    stats = store.stats()
    store.close()
    click.echo(stats.sentence())


@cache.command("clear")
@setting_options("--cache-dir")
def cache_clear(cache_dir: Path | None, config_file: Path | None) -> None:
    """Delete every cached extraction and overview (the next run pays for them again)."""
    store = open_cache(load_settings({"cache_dir": cache_dir}, config_file=config_file))
    held = store.stats()
    store.clear()
    store.close()
    click.echo(
        f"Removed {counted(held.extractions, 'cached extraction')} and "
        f"{counted(held.overviews, 'cached briefing overview')} from {store.directory}."
    )
