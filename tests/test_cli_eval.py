"""``summarise eval`` end to end: the baseline, and a scripted server echoing the labels.

Runs go through the console entry point in this process, but for the one that stands for
a user typing the command in a project folder, which gets a process of its own.
"""

import json
import shutil
from collections.abc import Callable
from pathlib import Path

from helpers import LABELS, SEEDS, CliRun, run_cli, run_cli_process

from summarise.testing.fake_server import HttpError, ScriptedModelServer


def run_eval(
    tmp_path: Path,
    *args: str,
    env: dict[str, str] | None = None,
    runner: Callable[..., CliRun] = run_cli,
) -> CliRun:
    """``summarise eval`` of the seeds against their labels, from ``tmp_path``."""
    return runner(
        ["eval", "--labels", str(LABELS), "--articles", str(SEEDS), *args],
        {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache"), **(env or {})},
        cwd=tmp_path,
    )


def test_label_echo_server_scores_perfectly_and_records_the_run(
    tmp_path: Path, label_echo_model_server: ScriptedModelServer
) -> None:
    result = run_eval(
        tmp_path,
        "--out",
        str(tmp_path / "run.json"),
        "--report",
        str(tmp_path / "report.html"),
        "--fail-under",
        "f1=0.99",
        env={"SUMMARISE_BASE_URL": label_echo_model_server.base_url},
    )
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert record["scores"]["micro"]["f1"] == 1.0
    assert record["config"]["backend"] == "openai"
    assert "micro" in result.stdout
    assert "<mark" in (tmp_path / "report.html").read_text(encoding="utf-8")


def test_a_report_named_otherwise_is_said_to_be_an_html_page(tmp_path: Path) -> None:
    report = tmp_path / "report.pdf"

    result = run_eval(tmp_path, "--backend", "baseline", "--report", str(report))

    assert result.returncode == 0, result.stderr
    assert f"Report written to {report} (an HTML page: name it .html" in result.stderr
    assert report.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")


def test_baseline_run_compared_and_gated(tmp_path: Path) -> None:
    first = run_eval(tmp_path, "--backend", "baseline", "--out", str(tmp_path / "a.json"))
    assert first.returncode == 0, first.stderr
    f1 = json.loads((tmp_path / "a.json").read_text(encoding="utf-8"))["scores"]["micro"]["f1"]
    assert 0.0 < f1 < 1.0
    gated = run_eval(
        tmp_path,
        "--backend",
        "baseline",
        "--compare",
        str(tmp_path / "a.json"),
        "--fail-under",
        "f1=0.999",
        "--out",
        str(tmp_path / "b.json"),
    )
    assert gated.returncode == 1
    assert "Against baseline run of" in gated.stdout
    assert "below threshold" in gated.stderr
    assert "f1" in gated.stderr


def test_a_run_that_extracted_nothing_writes_nothing_and_keeps_the_earlier_record(
    tmp_path: Path,
) -> None:
    good = run_eval(tmp_path, "--backend", "baseline", "--out", str(tmp_path / "run.json"))
    kept = (tmp_path / "run.json").read_bytes()
    report = tmp_path / "report.html"
    # A model named, so the refused connection is met by the extraction, article by article.
    down = ["--base-url", "http://127.0.0.1:9/v1", "--model", "m", "--report", str(report)]

    failed = run_eval(tmp_path, *down, "--out", str(tmp_path / "run.json"))
    default = run_eval(tmp_path, *down)

    assert good.returncode == 0, good.stderr
    assert (failed.returncode, default.returncode) == (1, 1)
    assert failed.stderr.endswith(
        "No article was extracted, so no run record or report was written: fix the cause "
        "and run eval again.\n"
    )
    assert "Run record written" not in failed.stderr + default.stderr
    assert (tmp_path / "run.json").read_bytes() == kept
    assert not report.exists()
    assert not (tmp_path / "evals").exists()


def test_a_rejected_key_is_a_configuration_error_as_for_brief(
    tmp_path: Path, label_echo_model_server: ScriptedModelServer
) -> None:
    label_echo_model_server.script(*[HttpError(401, "Incorrect API key provided")] * 4)

    result = run_eval(
        tmp_path,
        "--out",
        str(tmp_path / "run.json"),
        env={"SUMMARISE_BASE_URL": label_echo_model_server.base_url},
    )

    assert result.returncode == 2
    assert result.stderr.count("rejected the API key") == 1
    assert not (tmp_path / "run.json").exists()


def test_default_run_record_lands_in_an_existing_evals_runs(tmp_path: Path) -> None:
    (tmp_path / "evals" / "runs").mkdir(parents=True)

    result = run_eval(tmp_path, "--backend", "baseline", runner=run_cli_process)

    assert result.returncode == 0, result.stderr
    records = list((tmp_path / "evals" / "runs").glob("*-baseline.json"))
    assert len(records) == 1
    assert f"Run record written to {Path('evals', 'runs', records[0].name)}" in result.stderr


def test_outside_a_checkout_eval_keeps_no_record_unasked_and_says_how_to(tmp_path: Path) -> None:
    result = run_eval(tmp_path, "--backend", "baseline", runner=run_cli_process)

    assert result.returncode == 0, result.stderr
    assert "micro" in result.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]
    assert result.stderr.endswith(
        "No run record kept (no evals/runs folder here): give --out FILE to keep one for a "
        "later --compare.\n"
    )


def test_bad_threshold_is_a_usage_error(tmp_path: Path) -> None:
    result = run_eval(tmp_path, "--backend", "baseline", "--fail-under", "f1")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1


def labels_with_a_stray(tmp_path: Path) -> Path:
    """The seed labels plus one for an article that is not in the seeds folder."""
    labels = tmp_path / "labels"
    shutil.copytree(LABELS, labels, ignore=shutil.ignore_patterns("notes", "*.md"))
    stray = json.loads((LABELS / "000_d0d38992c23a9fae.json").read_text(encoding="utf-8"))
    stray["article_id"] = "011_not_saved_yet"
    (labels / "011_not_saved_yet.json").write_text(json.dumps(stray), encoding="utf-8")
    return labels


def test_a_label_whose_article_is_missing_is_a_warning_and_the_rest_are_scored(
    tmp_path: Path,
) -> None:
    labels = labels_with_a_stray(tmp_path)

    result = run_eval(
        tmp_path,
        "--backend",
        "baseline",
        "--labels",
        str(labels),
        "--out",
        str(tmp_path / "r.json"),
    )

    assert result.returncode == 0, result.stderr
    assert (
        f"warning: No article in {SEEDS} for label 011_not_saved_yet: it is not scored; add the "
        "article or point --articles at it." in result.stderr
    )
    record = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert record["scores"]["articles"] == 4


def test_strict_keeps_a_missing_article_an_error(tmp_path: Path) -> None:
    labels = labels_with_a_stray(tmp_path)

    result = run_eval(tmp_path, "--backend", "baseline", "--labels", str(labels), "--strict")

    assert result.returncode == 2
    assert result.stderr.startswith(f"error: No article in {SEEDS} for label 011_not_saved_yet")
    assert result.stderr.count("\n") == 1


def test_only_scores_the_listed_articles_and_ignores_the_other_labels(tmp_path: Path) -> None:
    listed = tmp_path / "half.txt"
    listed.write_text(
        "# a half of the seeds\n000_d0d38992c23a9fae\n\n002_bb8825394ff40439  # a comment\n",
        encoding="utf-8",
    )
    out = tmp_path / "half.json"

    result = run_eval(tmp_path, "--backend", "baseline", "--only", str(listed), "--out", str(out))

    assert result.returncode == 0, result.stderr
    record = json.loads(out.read_text(encoding="utf-8"))
    assert [a["path"].rsplit("/", 1)[-1] for a in record["articles"]] == [
        "000_d0d38992c23a9fae.txt",
        "002_bb8825394ff40439.txt",
    ]
    assert record["config"]["only"] == ["000_d0d38992c23a9fae", "002_bb8825394ff40439"]
    assert record["warnings"] == []
    assert "No article" not in result.stderr


def test_only_naming_an_article_not_there_is_one_line_and_exit_2(tmp_path: Path) -> None:
    listed = tmp_path / "half.txt"
    listed.write_text("000_d0d38992c23a9fae\n999_mistyped\n", encoding="utf-8")

    result = run_eval(tmp_path, "--backend", "baseline", "--only", str(listed))

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: --only names 1 article not in {SEEDS} (999_mistyped): fix the list or "
        "point --articles at its folder."
    ]


def test_only_with_a_list_that_is_not_there_is_one_line_and_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "halves" / "A.txt"

    result = run_eval(tmp_path, "--backend", "baseline", "--only", str(missing))

    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        f"error: --only {missing}: cannot read it (No such file or directory)."
    ]
    assert not (tmp_path / "evals").exists()


def test_without_articles_the_folder_beside_the_labels_is_read(tmp_path: Path) -> None:
    """Every set keeps its articles beside its labels: "--labels SET/labels" alone scores
    SET/articles and says so, rather than the seeds' folder."""
    labels, articles = tmp_path / "set" / "labels", tmp_path / "set" / "articles"
    labels.mkdir(parents=True)
    articles.mkdir()
    stem = sorted(p.stem for p in SEEDS.glob("*.txt"))[0]
    shutil.copy(SEEDS / f"{stem}.txt", articles)
    shutil.copy(LABELS / f"{stem}.json", labels)

    result = run_cli(
        ["eval", "--backend", "baseline", "--labels", str(labels), "--out", str(tmp_path / "r")],
        {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache")},
        cwd=tmp_path,
    )

    assert result.returncode == 0, result.stderr
    assert f"note: --articles {articles} (the folder beside --labels)" in result.stderr
    record = json.loads((tmp_path / "r").read_text(encoding="utf-8"))
    assert record["scores"]["articles"] == 1


def test_labels_with_none_of_their_articles_are_counted_not_all_named(tmp_path: Path) -> None:
    """A wrong --articles leaves every label without its article: past five the error
    names three and counts the rest, so the advice after the list is seen."""
    labels = tmp_path / "labels"
    labels.mkdir()
    empty = {"positions": [], "military_movements": [], "diplomatic_contacts": []}
    for n in range(7):
        label = {"article_id": f"ghost{n}", **empty}
        (labels / f"ghost{n}.json").write_text(json.dumps(label), encoding="utf-8")

    result = run_eval(tmp_path, "--backend", "baseline", "--labels", str(labels))

    assert result.returncode == 2
    assert (
        f"error: No article in {SEEDS} for labels ghost0, ghost1, ghost2 and 4 more (all 7): "
        "add the articles or point --articles at them." in result.stderr
    )
