"""``summarise label``: a starting label per article, for a person to correct."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from summarise.cli.brief import exit_code, extract_paths, require_extracted
from summarise.cli.options import model_options
from summarise.cli.progress import stderr
from summarise.errors import ConfigError
from summarise.extraction.results import ArticleResult
from summarise.fileio import write_atomic
from summarise.plural import counted


@click.command("label")
@click.argument("paths", metavar="ARTICLE...", nargs=-1, required=True)
@click.option(
    "--out",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder for the label files (made if missing).",
)
@click.option("--force", is_flag=True, help="Replace label files that already exist.")
@model_options
def label(paths: tuple[str, ...], out: Path, force: bool, no_cache: bool, **options: Any) -> None:
    """Write a starting label per article (the current extractor's items, quote-only) to
    correct by hand; then score with summarise eval --labels OUT --articles FOLDER."""
    from summarise.evaluation import label_names, label_text, starting_label

    if out.exists() and not out.is_dir():
        raise ConfigError(f"{out} is a file: give a folder for the label files.")
    run, _ = extract_paths(paths, options, no_cache)
    require_extracted(run, None)
    names = label_names(run.results)
    written = 0
    for result in run.results:
        path = out / f"{names[result.article.id]}.json"
        if path.exists() and not force:
            stderr.print(
                f"note: {path} exists and was left as it is (it may hold corrections); "
                "--force replaces it",
                markup=False,
            )
            continue
        write_atomic(path, label_text(starting_label(result, names[result.article.id])))
        written += 1
    score = f"summarise eval --labels {out} --articles {_articles_folder(run.results)}"
    if written or not run.results:
        said = (
            f"Wrote {counted(written, 'starting label')} to {out}: correct them by hand "
            f"(summarise guide prints how), then score with {score}."
        )
    else:
        # "Wrote 0 starting labels …: correct them by hand" asked for work on nothing.
        said = (
            f"No starting label written: each article's label is in {out} already (--force "
            f"replaces them); score them with {score}."
        )
    stderr.print(said, markup=False)
    sys.exit(exit_code(run))


def _articles_folder(results: list[ArticleResult]) -> str:
    """The folder to give ``eval --articles``, so the advice can be pasted as it is: the
    one the labelled files share, else a placeholder (files from several folders, stdin)."""
    folders = {Path(r.article.path).parent for r in results if r.article.path}
    if len(folders) == 1 and all(r.article.path for r in results):
        return str(folders.pop())
    return "FOLDER"
