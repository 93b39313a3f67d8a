"""Reading the hand labels an eval run is scored against."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from summarise.errors import ConfigError
from summarise.fileio import read_model
from summarise.plural import counted
from summarise.schema import ArticleExtraction


@dataclass(frozen=True)
class LabelFiles:
    """The labels read, keyed by article id, and why each file that could not be was not."""

    labels: dict[str, ArticleExtraction]
    # Each unreadable file and what is wrong with it, as said to the user.
    unreadable: dict[Path, str] = field(default_factory=dict)

    def warnings(self) -> list[str]:
        return [f"{reason} It is not scored." for reason in self.unreadable.values()]


def read_labels(labels_dir: Path, *, strict: bool = True) -> LabelFiles:
    """Every ``*.json`` label in ``labels_dir``, keyed by the article id it is matched on.

    A label file that is not JSON or not a label costs only itself unless ``strict``: the
    others are scored and the file is named with what is wrong in it, as a label whose
    article is missing is. With no label left there is nothing to score, which is an error.
    Two labels for one article would be scored twice or silently shadowed, so they are an
    error naming both files.
    """
    if labels_dir.is_file():
        # A label file named for its folder ("--labels labels/x.json") exists: saying it
        # does not would send the user looking for a typo that is not there.
        raise ConfigError(
            f"Labels directory {labels_dir} is a file: give the folder that holds the label "
            f"files ({labels_dir.parent})."
        )
    if not labels_dir.is_dir():
        raise ConfigError(f"Labels directory {labels_dir} does not exist: check the path.")
    labels: dict[str, ArticleExtraction] = {}
    origin: dict[str, Path] = {}
    unreadable: dict[Path, str] = {}
    paths = sorted(labels_dir.glob("*.json"))
    for path in paths:
        try:
            label = read_model(
                path,
                ArticleExtraction,
                "Label file",
                "fix it against the extraction schema (summarise guide schema prints it)",
            )
        except ConfigError as exc:
            if strict:
                raise
            unreadable[path] = str(exc)
            continue
        if label.article_id in labels:
            raise ConfigError(
                f"Label files {origin[label.article_id].name} and {path.name} both label "
                f"article {label.article_id}: keep one."
            )
        labels[label.article_id] = label
        origin[label.article_id] = path
    if not paths:
        raise ConfigError(f"No *.json label files in {labels_dir}: nothing to evaluate.")
    if not labels:
        others = len(unreadable) - 1
        more = f" ({counted(others, 'other label file')} cannot be read either.)" if others else ""
        first = next(iter(unreadable.values()))
        raise ConfigError(
            f"No label in {labels_dir} could be read, so nothing is scored: {first}{more}"
        )
    return LabelFiles(labels, unreadable)


def load_labels(labels_dir: Path) -> dict[str, ArticleExtraction]:
    """Every label in ``labels_dir``; any file that cannot be read is an error."""
    return read_labels(labels_dir).labels
