"""Reading the hand labels an eval run is scored against."""

from __future__ import annotations

from pathlib import Path

from pydantic import ValidationError

from summarise.errors import ConfigError
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
        label = _read_label(path)
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


def _read_label(path: Path) -> ArticleExtraction:
    try:
        return ArticleExtraction.model_validate_json(path.read_bytes())
    except OSError as exc:
        raise ConfigError(f"Label file {path} cannot be read: {exc.strerror}.") from exc
    except ValidationError as exc:
        error = exc.errors()[0]
        where = ".".join(str(part) for part in error["loc"]) or "the file"
        raise ConfigError(
            f"Label file {path.name} is invalid at {where}: {error['msg']} "
            f"({exc.error_count()} error(s)); fix it against the extraction schema."
        ) from exc
