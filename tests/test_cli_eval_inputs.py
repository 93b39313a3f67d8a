"""``summarise eval`` over a labels folder with something wrong in it: each problem one
line naming the file and what to do, the good labels still scored, and an error (exit 2)
only when nothing can be scored or ``--strict`` asks for one."""

import json
import shutil
from pathlib import Path

from helpers import LABELS, SEEDS, CliRun, run_cli

FIRST = "000_d0d38992c23a9fae"


def eval_of(tmp_path: Path, labels: Path, articles: Path = SEEDS, *args: str) -> CliRun:
    out = str(tmp_path / "run.json")
    return run_cli(
        [
            "eval",
            "--backend",
            "baseline",
            "--labels",
            str(labels),
            "--articles",
            str(articles),
            "--out",
            out,
            *args,
        ],
        {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache")},
        cwd=tmp_path,
    )


def seed_labels(tmp_path: Path) -> Path:
    labels = tmp_path / "labels"
    shutil.copytree(LABELS, labels, ignore=shutil.ignore_patterns("notes", "*.md"))
    return labels


def scored_articles(tmp_path: Path) -> list[str]:
    record = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    return [Path(a["path"]).stem for a in record["articles"]]


def test_a_label_that_is_not_json_is_named_and_the_others_are_scored(tmp_path: Path) -> None:
    labels = seed_labels(tmp_path)
    (labels / f"{FIRST}.json").write_text('{"article_id": "x", "positions": [', encoding="utf-8")

    result = eval_of(tmp_path, labels)

    assert result.returncode == 0, result.stderr
    assert f"warning: Label file {labels / FIRST}.json is not valid JSON (" in result.stderr
    assert "fix it, or name the right file. It is not scored." in result.stderr
    # Its article is not also reported as one nobody labelled.
    assert "no label" not in result.stderr
    assert FIRST not in scored_articles(tmp_path)
    assert len(scored_articles(tmp_path)) == 3
    record = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert any("is not valid JSON" in w for w in record["warnings"])


def test_a_label_of_the_wrong_shape_is_named_with_its_first_bad_field(tmp_path: Path) -> None:
    labels = seed_labels(tmp_path)
    (labels / f"{FIRST}.json").write_text('{"article_id": 7}', encoding="utf-8")

    result = eval_of(tmp_path, labels)

    assert result.returncode == 0, result.stderr
    assert f"warning: Label file {labels / FIRST}.json is invalid at article_id" in result.stderr


def test_strict_makes_an_unreadable_label_an_error(tmp_path: Path) -> None:
    labels = seed_labels(tmp_path)
    (labels / f"{FIRST}.json").write_text("not json", encoding="utf-8")

    result = eval_of(tmp_path, labels, SEEDS, "--strict")

    assert result.returncode == 2
    assert result.stderr.startswith(f"error: Label file {labels / FIRST}.json is not valid JSON")
    assert not (tmp_path / "run.json").exists()


def test_no_readable_label_is_one_error_line_and_no_record(tmp_path: Path) -> None:
    labels = tmp_path / "labels"
    labels.mkdir()
    (labels / "a.json").write_text("not json", encoding="utf-8")
    (labels / "b.json").write_text("[]", encoding="utf-8")

    result = eval_of(tmp_path, labels)

    assert result.returncode == 2
    assert result.stderr.startswith(
        f"error: No label in {labels} could be read, so nothing is scored: Label file "
        f"{labels / 'a.json'} is not valid JSON"
    )
    assert result.stderr.endswith("(1 other label file cannot be read either.)\n")
    assert result.stderr.count("\n") == 1
    assert not (tmp_path / "run.json").exists()


def test_articles_no_label_names_are_counted_in_one_warning(tmp_path: Path) -> None:
    articles = tmp_path / "articles"
    shutil.copytree(SEEDS, articles)
    for name, figure in (("late_addition.txt", "2,000"), ("another_one.txt", "3,000")):
        (articles / name).write_text(
            f"Ruritania has moved {figure} troops to its border, officials said.", encoding="utf-8"
        )

    result = eval_of(tmp_path, LABELS, articles)

    assert result.returncode == 0, result.stderr
    assert (
        f"warning: 2 articles in {articles} have no label and are not scored "
        "(another_one.txt, late_addition.txt): label them (summarise label ARTICLE --out "
        "LABELS_DIR) or move them out of the folder." in result.stderr
    )
    assert len(scored_articles(tmp_path)) == 4


def test_a_quote_not_in_its_article_is_named_and_the_label_still_scored(tmp_path: Path) -> None:
    labels = seed_labels(tmp_path)
    label = json.loads((labels / f"{FIRST}.json").read_text(encoding="utf-8"))
    label["positions"][0]["evidence"] = [{"quote": "Ruritania will never back down, he said."}]
    (labels / f"{FIRST}.json").write_text(json.dumps(label), encoding="utf-8")

    result = eval_of(tmp_path, labels)

    assert result.returncode == 0, result.stderr
    assert "positions[0] has no quote found in the article" in result.stderr
    assert "it can never be matched, so fix the quote." in result.stderr
    assert len(scored_articles(tmp_path)) == 4


def test_a_quote_found_only_approximately_is_named_with_the_fix(tmp_path: Path) -> None:
    """The grounder forgives a doubled space; the labels' own tests do not (they ask for the
    article's exact text), so the labeller hears of it from eval. An exact quote is not
    named."""
    labels = seed_labels(tmp_path)
    label = json.loads((labels / f"{FIRST}.json").read_text(encoding="utf-8"))
    exact = label["positions"][0]["evidence"][0]["quote"]
    first_space = exact.index(" ")
    label["positions"][0]["evidence"] = [
        {"quote": exact[:first_space] + "  " + exact[first_space + 1 :]}
    ]
    (labels / f"{FIRST}.json").write_text(json.dumps(label), encoding="utf-8")

    result = eval_of(tmp_path, labels)

    assert result.returncode == 0, result.stderr
    said = [line for line in result.stderr.splitlines() if "approximately" in line]
    assert len(said) == 1
    assert said[0].startswith("warning: Label of ")
    assert "positions[0] quotes the article only approximately (" in said[0]
    assert said[0].endswith(
        "): copy the quote exactly from the article (spaces, quote marks and dashes as written)."
    )
    assert len(scored_articles(tmp_path)) == 4


def test_a_second_quote_not_in_its_article_is_named_not_called_approximate(
    tmp_path: Path,
) -> None:
    """An item with one exact quote and one the article does not hold still scores by the
    first; the labeller is told the second is not there, not that it is approximate."""
    labels = seed_labels(tmp_path)
    label = json.loads((labels / f"{FIRST}.json").read_text(encoding="utf-8"))
    label["positions"][0]["evidence"].append({"quote": "Ruritania will never back down."})
    (labels / f"{FIRST}.json").write_text(json.dumps(label), encoding="utf-8")

    result = eval_of(tmp_path, labels)

    assert result.returncode == 0, result.stderr
    assert "approximately" not in result.stderr
    assert "positions[0] has a quote not found in the article (" in result.stderr
    assert "it scores by its other quotes, so fix or remove that one." in result.stderr


def test_an_articles_folder_that_is_not_there_is_one_line(tmp_path: Path) -> None:
    result = eval_of(tmp_path, LABELS, tmp_path / "nowhere")

    assert result.returncode == 2
    assert result.stderr == (
        f"error: Articles folder {tmp_path / 'nowhere'} does not exist: check --articles.\n"
    )


def test_a_run_record_that_cannot_be_written_is_refused_before_any_scoring(
    tmp_path: Path,
) -> None:
    (tmp_path / "afile").write_text("not a folder", encoding="utf-8")
    out = tmp_path / "afile" / "run.json"

    result = run_cli(
        [
            "eval",
            "--backend",
            "baseline",
            "--labels",
            str(LABELS),
            "--articles",
            str(SEEDS),
            "--out",
            str(out),
        ],
        {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache")},
        cwd=tmp_path,
    )

    assert result.returncode == 2
    # One line, and no article was extracted first: the hour a model takes is not lost.
    assert result.stderr == (
        f"error: Cannot write {out}: {tmp_path / 'afile'} is not a writable folder.\n"
    )


def test_a_report_path_that_is_a_folder_is_refused_before_any_scoring(tmp_path: Path) -> None:
    (tmp_path / "reports").mkdir()

    result = eval_of(tmp_path, LABELS, SEEDS, "--report", str(tmp_path / "reports"))

    assert result.returncode == 2
    assert result.stderr == (
        f"error: {tmp_path / 'reports'} is a folder: give a file name for the output.\n"
    )
    assert not (tmp_path / "run.json").exists()


def test_a_label_file_given_for_its_folder_is_said_to_be_a_file(tmp_path: Path) -> None:
    labels = seed_labels(tmp_path)
    one = labels / f"{FIRST}.json"

    result = eval_of(tmp_path, one)

    assert result.returncode == 2
    assert result.stderr == (
        f"error: Labels directory {one} is a file: give the folder that holds the label "
        f"files ({labels}).\n"
    )


def test_many_labels_without_their_articles_are_one_warning(tmp_path: Path) -> None:
    labels = seed_labels(tmp_path)
    label = json.loads((labels / f"{FIRST}.json").read_text(encoding="utf-8"))
    for n in range(1, 7):
        ghost = {**label, "article_id": f"ghost{n}"}
        (labels / f"ghost{n}.json").write_text(json.dumps(ghost), encoding="utf-8")

    result = eval_of(tmp_path, labels)

    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert warnings == [
        f"warning: No article in {SEEDS} for labels ghost1, ghost2, ghost3 and 3 more (all 6): "
        "they are not scored; add the articles or point --articles at their folder."
    ]
    assert len(scored_articles(tmp_path)) == 4
