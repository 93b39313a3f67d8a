"""``summarise cache stats`` and ``summarise cache clear``."""

from __future__ import annotations

from pathlib import Path

import click

from summarise.session import open_cache
from summarise.settings import load_settings

_cache_dir = click.option("--cache-dir", type=click.Path(path_type=Path), default=None)
_config = click.option("--config", "config_file", type=click.Path(path_type=Path), default=None)


@click.group()
def cache() -> None:
    """Inspect or empty the extraction cache."""


@cache.command("stats")
@_cache_dir
@_config
def cache_stats(cache_dir: Path | None, config_file: Path | None) -> None:
    """Show where the cache is, its entries and size."""
    store = open_cache(load_settings({"cache_dir": cache_dir}, config_file=config_file))
    stats = store.stats()
    store.close()
    click.echo(f"{stats.directory}: {stats.entries} entries, {stats.size_bytes / 1e6:.1f} MB")


@cache.command("clear")
@_cache_dir
@_config
def cache_clear(cache_dir: Path | None, config_file: Path | None) -> None:
    """Delete every cached extraction (the next run pays for them again)."""
    store = open_cache(load_settings({"cache_dir": cache_dir}, config_file=config_file))
    removed = store.clear()
    store.close()
    click.echo(f"Removed {removed} cached extractions from {store.directory}.")
