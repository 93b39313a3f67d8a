"""Reading the hand labels an eval run is scored against."""

from __future__ import annotations

from pathlib import Path

from summarise.errors import ConfigError
from summarise.fileio import read_model
from summarise.schema import ArticleExtraction


def load_labels(labels_dir: Path) -> dict[str, ArticleExtraction]:
    """Every ``*.json`` label in ``labels_dir``, keyed by the article id it is matched on.

    Two labels for one article would be scored twice or silently shadowed, so they are an
    error naming both files.
    """
    if not labels_dir.is_dir():
        raise ConfigError(f"Labels directory {labels_dir} does not exist: check the path.")
    labels: dict[str, ArticleExtraction] = {}
    origin: dict[str, Path] = {}
    for path in sorted(labels_dir.glob("*.json")):
        label = read_model(
            path, ArticleExtraction, "Label file", "fix it against the extraction schema"
        )
        if label.article_id in labels:
            raise ConfigError(
                f"Label files {origin[label.article_id].name} and {path.name} both label "
                f"article {label.article_id}: keep one."
            )
        labels[label.article_id] = label
        origin[label.article_id] = path
    if not labels:
        raise ConfigError(f"No *.json label files in {labels_dir}: nothing to evaluate.")
    return labels
