"""The eval harness and its HTML report, over a stand-in model and tiny files."""

from __future__ import annotations

import html as html_lib
import json
import re
from pathlib import Path
from typing import Any

import pytest
from helpers import ROOT, StandInModel
from rich.console import Console

from summarise.article import Article
from summarise.errors import ArticleError, ConfigError
from summarise.evaluation import (
    METRICS,
    EvalConfig,
    EvalRun,
    check_thresholds,
    compare_runs,
    conclude,
    default_run_path,
    format_articles_table,
    format_comparison,
    format_fields_table,
    format_item_changes,
    format_pair_changes,
    format_spurious_changes,
    format_table,
    load_labels,
    load_run_record,
    parse_threshold,
    render_report,
    score_run,
    write_run_record,
)
from summarise.evaluation.scoring.scorer import aggregate
from summarise.extraction.backends.base import Usage
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleFailure, ArticleResult, RunResult
from summarise.loading.loader import load_articles
from summarise.schema import ArticleExtraction, ExtractionDraft
from summarise.session import Session
from summarise.settings import Settings

WARNING_TEXT = (
    "NATO warned Russia against any incursion into Ukraine. "
    "Russia has massed 100,000 troops near the border."
)
CALL_TEXT = "Joe Biden spoke to Olaf Scholz by phone on Monday. The leaders discussed energy."
RUNS = ROOT / "evals" / "runs"
UNLABELLED_TEXT = "An article nobody labelled. It says nothing of note."


async def evaluate_with(
    model: StandInModel,
    labels_dir: Path,
    articles_dir: Path,
    concurrency: int = 4,
    *,
    strict: bool = False,
) -> EvalRun:
    """An eval through a session around the stand-in model, with no cache."""
    settings = Settings(concurrency=concurrency)
    async with Session(settings, backend=model, use_cache=False) as session:
        return await session.aevaluate(labels_dir, articles_dir, strict=strict)


def _warning_label() -> dict[str, Any]:
    return {
        "positions": [
            {
                "holder": {"name": "NATO", "kind": "organisation"},
                "stance": "warn",
                "topic": "incursion into Ukraine",
                "target": {"name": "Russia", "kind": "state"},
                "evidence": [{"quote": "NATO warned Russia against any incursion into Ukraine."}],
            }
        ],
        "military_movements": [
            {
                "actor": {"name": "Russia", "kind": "state"},
                "activity": "mass",
                "forces": "100,000 troops",
                "quantity": {"low": 100000, "unit": "troops"},
                "destination": "near the border",
                "status": "ongoing",
                "evidence": [{"quote": "Russia has massed 100,000 troops near the border."}],
            }
        ],
    }


def _call_label() -> dict[str, Any]:
    return {
        "diplomatic_contacts": [
            {
                "participants": [
                    {"name": "Joe Biden", "kind": "person"},
                    {"name": "Olaf Scholz", "kind": "person"},
                ],
                "mode": "phone_call",
                "status": "held",
                "topics": ["energy"],
                "evidence": [{"quote": "Joe Biden spoke to Olaf Scholz by phone on Monday."}],
            }
        ]
    }


@pytest.fixture
def eval_files(tmp_path: Path) -> tuple[Path, Path, dict[str, str]]:
    """An articles folder of three, labels for two; returns the folders and text -> id."""
    articles_dir, labels_dir = tmp_path / "articles", tmp_path / "labels"
    articles_dir.mkdir()
    labels_dir.mkdir()
    for name, text in [("a.txt", WARNING_TEXT), ("b.txt", CALL_TEXT), ("c.txt", UNLABELLED_TEXT)]:
        (articles_dir / name).write_text(text + "\n", encoding="utf-8")
    ids = {a.text: a.id for a in load_articles([articles_dir]).articles}
    for name, text, label in [
        ("a", WARNING_TEXT, _warning_label()),
        ("b", CALL_TEXT, _call_label()),
    ]:
        data = {"article_id": ids[text], **label}
        (labels_dir / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    return labels_dir, articles_dir, ids


# Labels.


def test_load_labels_keys_by_article_id(eval_files: tuple[Path, Path, dict[str, str]]) -> None:
    labels_dir, _, ids = eval_files

    labels = load_labels(labels_dir)

    assert set(labels) == {ids[WARNING_TEXT], ids[CALL_TEXT]}
    assert labels[ids[CALL_TEXT]].diplomatic_contacts[0].mode == "phone_call"


def test_invalid_label_names_the_file_and_the_first_error(tmp_path: Path) -> None:
    bad = {
        "article_id": "x",
        "positions": [{**_warning_label()["positions"][0], "stance": "grumble"}],
    }
    (tmp_path / "bad.json").write_text(json.dumps(bad), encoding="utf-8")

    with pytest.raises(ConfigError, match=r"bad\.json is invalid at positions\.0\.stance"):
        load_labels(tmp_path)


def test_label_that_is_not_json_is_a_config_error(tmp_path: Path) -> None:
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")

    with pytest.raises(ConfigError, match=r"broken\.json is not valid JSON"):
        load_labels(tmp_path)


def test_two_labels_for_one_article_is_an_error(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.json").write_text('{"article_id": "same"}', encoding="utf-8")

    with pytest.raises(ConfigError, match=r"one\.json and two\.json both label article same"):
        load_labels(tmp_path)


def test_missing_or_empty_labels_dir_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="does not exist"):
        load_labels(tmp_path / "nowhere")
    with pytest.raises(ConfigError, match=r"No \*\.json label files"):
        load_labels(tmp_path)


# Running.


async def test_run_eval_scores_labelled_articles_and_lists_failures(
    eval_files: tuple[Path, Path, dict[str, str]],
) -> None:
    labels_dir, articles_dir, ids = eval_files
    refusal = ArticleError("the stand-in model refused this article")
    backend = StandInModel({WARNING_TEXT: _warning_label()}, fail={ids[CALL_TEXT]: refusal})

    run = await evaluate_with(backend, labels_dir, articles_dir, concurrency=2)

    assert sorted(backend.calls) == sorted([ids[WARNING_TEXT], ids[CALL_TEXT]])
    assert [a.article_id for a in run.articles] == [ids[WARNING_TEXT], ids[CALL_TEXT]]
    scores = run.scores
    assert scores.categories["positions"].detection.f1 == 1.0
    assert scores.categories["military_movements"].detection.f1 == 1.0
    assert scores.categories["diplomatic_contacts"].detection.recall == 0.0
    assert (scores.micro.tp, scores.micro.fp, scores.micro.fn) == (2, 0, 1)
    assert scores.schema_valid_share == 0.5
    assert scores.cost.mean_attempts == 2.0
    assert scores.cost.mean_tokens == 400.0
    failed = run.articles[1]
    assert failed.failure == "the stand-in model refused this article"
    assert failed.score.categories["diplomatic_contacts"].missed[0].gold_index == 0
    assert run.warnings == [
        f"1 article in {articles_dir} has no label and is not scored (c.txt): label it "
        "(summarise label ARTICLE --out LABELS_DIR) or move it out of the folder.",
        f"{failed.path}: not extracted: the stand-in model refused this article",
    ]
    # Named by its file, as a label's warnings name it: a title is no file to look for.
    assert failed.path is not None
    assert failed.name == (failed.title or failed.path)
    assert run.config.prompt_version == "7"
    assert run.config.identity == {"backend": "stand-in", "prompt_version": "7"}


async def test_an_article_not_extracted_is_named_by_its_file_not_its_title(
    tmp_path: Path,
) -> None:
    """The label warnings name an article by its file; a failure named it by its title
    ("UK prime minister to call Putin …"), which no file listing shows."""
    articles_dir, labels_dir = tmp_path / "articles", tmp_path / "labels"
    articles_dir.mkdir()
    labels_dir.mkdir()
    (articles_dir / "b.md").write_text(
        f"---\ntitle: A call between two leaders\n---\n{CALL_TEXT}\n", encoding="utf-8"
    )
    [article] = load_articles([articles_dir]).articles
    label = {"article_id": article.id, **_call_label()}
    (labels_dir / "b.json").write_text(json.dumps(label), encoding="utf-8")
    refusal = ArticleError("the stand-in model refused this article")
    backend = StandInModel({}, fail={article.id: refusal})

    run = await evaluate_with(backend, labels_dir, articles_dir, concurrency=1)

    assert run.articles[0].title == "A call between two leaders"
    assert run.warnings == [
        f"{articles_dir / 'b.md'}: not extracted: the stand-in model refused this article"
    ]


async def test_a_label_without_its_article_is_warned_about_or_refused_when_strict(
    eval_files: tuple[Path, Path, dict[str, str]],
) -> None:
    labels_dir, articles_dir, _ = eval_files
    (labels_dir / "ghost.json").write_text('{"article_id": "ghost123"}', encoding="utf-8")

    run = await evaluate_with(StandInModel(), labels_dir, articles_dir)
    with pytest.raises(ConfigError, match="for label ghost123: add the articles"):
        await evaluate_with(StandInModel(), labels_dir, articles_dir, strict=True)

    assert run.scores.articles == 2
    assert run.warnings[0] == (
        f"No article in {articles_dir} for label ghost123: it is not scored; add the article "
        "or point --articles at it."
    )


async def test_labels_none_of_whose_articles_are_there_are_an_error(tmp_path: Path) -> None:
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(UNLABELLED_TEXT, encoding="utf-8")
    (tmp_path / "labels").mkdir()
    (tmp_path / "labels" / "ghost.json").write_text('{"article_id": "ghost"}', "utf-8")

    with pytest.raises(ConfigError, match="for label ghost: add the articles"):
        await evaluate_with(StandInModel(), tmp_path / "labels", tmp_path / "articles")


async def test_unfound_gold_quote_is_warned_about(
    eval_files: tuple[Path, Path, dict[str, str]],
) -> None:
    labels_dir, articles_dir, ids = eval_files
    label = {"article_id": ids[CALL_TEXT], **_call_label()}
    label["diplomatic_contacts"][0]["evidence"] = [{"quote": "Biden phoned the Pope."}]
    (labels_dir / "b.json").write_text(json.dumps(label), encoding="utf-8")

    run = await evaluate_with(StandInModel(), labels_dir, articles_dir)

    assert any("diplomatic_contacts[0] has no quote found" in w for w in run.warnings)


async def test_run_record_round_trips_and_is_named_by_time_and_backend(
    eval_files: tuple[Path, Path, dict[str, str]], tmp_path: Path
) -> None:
    labels_dir, articles_dir, _ = eval_files
    run = await evaluate_with(
        StandInModel({WARNING_TEXT: _warning_label()}), labels_dir, articles_dir
    )

    path = write_run_record(run, default_run_path(run, tmp_path / "runs"))

    assert re.fullmatch(r"\d{8}T\d{6}Z-stand-in\.json", path.name)
    assert load_run_record(path) == run


def test_invalid_run_record_is_a_config_error(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text('{"config": {}}', encoding="utf-8")

    with pytest.raises(ConfigError, match=r"old\.json is invalid at config\.backend"):
        load_run_record(path)


def _without_undefined(scores: Any) -> Any:
    """Scores as a record before ``Detection.undefined`` held them: that list is added."""
    if isinstance(scores, dict):
        return {k: _without_undefined(v) for k, v in scores.items() if k != "undefined"}
    return scores


def test_reference_run_records_load_and_keep_their_scores() -> None:
    records = sorted(RUNS.glob("*.json"))

    assert records
    for path in records:
        stored = json.loads(path.read_text(encoding="utf-8"))
        scores = load_run_record(path).scores.model_dump(mode="json")
        assert _without_undefined(scores) == _without_undefined(stored["scores"])


# Thresholds and comparison, on runs scored from fixed extractions.


def _articles() -> list[Article]:
    return [
        Article(id="warn", text=WARNING_TEXT, title="Kremlin warns of troops at the border"),
        Article(id="call", text=CALL_TEXT, path="articles/07_call_readout.md"),
    ]


def _labels() -> dict[str, ArticleExtraction]:
    return {
        "warn": ArticleExtraction.model_validate({"article_id": "warn", **_warning_label()}),
        "call": ArticleExtraction.model_validate({"article_id": "call", **_call_label()}),
    }


def _scored(predictions: dict[str, dict[str, Any]]) -> EvalRun:
    """A run whose extractions are the given drafts, grounded as the pipeline would."""
    results = [
        ArticleResult(
            article=article,
            extraction=ground_extraction(
                ExtractionDraft.model_validate(predictions[article.id]), article.text, article.id
            ),
            backend="canned",
        )
        for article in _articles()
        if article.id in predictions
    ]
    config = EvalConfig(
        backend="canned", labels_dir="labels", articles_dir="articles", concurrency=1
    )
    return score_run(_articles(), _labels(), RunResult(results=results), config)


def test_parse_threshold() -> None:
    assert parse_threshold("f1=0.5") == ("f1", 0.5)
    assert parse_threshold(" military_movements.recall = 0.25 ") == (
        "military_movements.recall",
        0.25,
    )
    assert {"f1", "macro_f1", "positions.f1", "grounded", "schema_valid"} <= set(METRICS)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("f1", "must look like METRIC=VALUE"),
        ("accuracy=0.5", "unknown metric 'accuracy'"),
        ("f1=high", "'high' is not a number"),
        ("f1=50", "between 0 and 1"),
    ],
)
def test_bad_thresholds_are_config_errors(text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message):
        parse_threshold(text)


def test_check_thresholds_names_each_failing_metric() -> None:
    run = _scored({"warn": _warning_label()})

    failures = check_thresholds(
        run,
        [parse_threshold(t) for t in ("f1=0.5", "diplomatic_contacts.recall=0.5", "grounded=1")],
    )

    # Micro: tp 2, fn 1 -> F1 0.8 passes; contacts recall 0 fails; grounding is complete.
    assert failures == ["diplomatic_contacts.recall is 0.000, below the required 0.500"]


def test_compare_runs_reports_deltas_and_items_gained_and_lost() -> None:
    previous = _scored({"warn": _warning_label()})
    current = _scored({"warn": {"positions": _warning_label()["positions"]}, "call": _call_label()})

    comparison = compare_runs(current, previous)

    assert [(c.article_id, c.category, c.gold_index) for c in comparison.gained] == [
        ("call", "diplomatic_contacts", 0)
    ]
    assert [(c.article_id, c.category) for c in comparison.lost] == [("warn", "military_movements")]
    assert comparison.lost[0].description == "Russia · mass · 100,000 troops → near the border"
    deltas = {m.metric: m.delta for m in comparison.metrics}
    assert deltas["f1"] == 0.0
    assert deltas["diplomatic_contacts.recall"] == 1.0
    assert deltas["military_movements.recall"] == -1.0


def test_gained_and_lost_items_name_the_article_by_file_or_title_not_by_id() -> None:
    previous = _scored({"warn": _warning_label()})
    current = _scored({"warn": {"positions": _warning_label()["positions"]}, "call": _call_label()})
    console = Console(record=True, width=200)

    comparison = compare_runs(current, previous)
    console.print(format_item_changes(comparison))
    page = render_report(current, comparison=comparison)
    shown = console.export_text()

    assert [(c.article, c.article_id) for c in comparison.gained] == [("07_call_readout", "call")]
    assert [(c.article, c.article_id) for c in comparison.lost] == [
        ("Kremlin warns of troops at the border", "warn")
    ]
    assert "07_call_readout" in shown
    assert "Kremlin warns of troops at the border" in shown
    assert not re.search(r"[│ ](warn|call)[ │]", shown)
    assert '<td title="call">07_call_readout</td>' in page


def test_a_comparison_names_the_false_positives_a_change_adds_and_removes() -> None:
    wrong = {"actor": {"name": "Ukraine", "kind": "state"}, "activity": "withdraw"}
    previous = _scored({"warn": _warning_label()})
    movement = _warning_label()["military_movements"][0]
    current = _scored(
        {"warn": {**_warning_label(), "military_movements": [movement, {**movement, **wrong}]}}
    )
    console = Console(record=True, width=200)

    comparison = compare_runs(current, previous)
    console.print(format_spurious_changes(comparison))
    page = render_report(current, comparison=comparison)

    assert [(c.article, c.category) for c in comparison.new_spurious] == [
        ("Kremlin warns of troops at the border", "military_movements")
    ]
    assert comparison.new_spurious[0].description.startswith("Ukraine · withdraw")
    assert comparison.gone_spurious == []
    assert "+ │ Kremlin warns of troops at the border" in console.export_text()
    assert "False positives added" in page


def test_a_comparison_shows_a_stance_put_wrong_on_an_item_matched_both_times() -> None:
    """A stance changed on a still-matched item moves no detection count: only the field
    accuracy and the list of matched items whose fields changed show it."""
    previous = _scored({"warn": _warning_label()})
    position = _warning_label()["positions"][0]
    current = _scored(
        {"warn": {**_warning_label(), "positions": [{**position, "stance": "other"}]}}
    )
    console = Console(record=True, width=200)

    comparison = compare_runs(current, previous)
    console.print(format_pair_changes(comparison))

    assert comparison.gained == comparison.lost == comparison.new_spurious == []
    assert [(c.article, c.category, c.gold_index, c.fields) for c in comparison.changed] == [
        ("Kremlin warns of troops at the border", "positions", 0, {"stance": (1.0, 0.0)})
    ]
    assert comparison.changed[0].previous.startswith("NATO · warn")
    assert comparison.changed[0].current.startswith("NATO · other")
    deltas = {m.metric: m.delta for m in comparison.metrics}
    assert (deltas["positions.stance"], deltas["positions.holder"], deltas["f1"]) == (-1, 0, 0)
    assert "stance 1.00 → 0.00" in console.export_text()
    page = render_report(current, comparison=comparison)
    assert "<td>stance 1.00 → 0.00</td>" in page
    assert check_thresholds(current, [parse_threshold("positions.stance=0.75")]) == [
        "positions.stance is 0.000, below the required 0.750"
    ]


def test_conclude_records_reports_compares_and_gates(tmp_path: Path) -> None:
    previous = _scored({"warn": _warning_label()})
    run = _scored({"warn": _warning_label(), "call": _call_label()})

    outcome = conclude(
        run,
        previous=previous,
        record=tmp_path / "runs" / "run.json",
        report=tmp_path / "report.html",
        thresholds=[("f1", 0.5), ("grounded", 1.0)],
    )

    assert outcome.passed
    assert load_run_record(outcome.record) == run
    assert outcome.report is not None
    assert "<mark" in outcome.report.read_text(encoding="utf-8")
    titles = [str(table.title) for table in outcome.tables]
    assert len(titles) == 7
    assert titles[3].startswith("Against canned run of")
    assert titles[5] == "Matched items whose fields changed (score then → now)"
    assert titles[6] == "False positives added (+) and gone (-)"


def test_conclude_records_in_runs_dir_only_when_it_is_a_folder(tmp_path: Path) -> None:
    run = _scored({"warn": _warning_label()})
    runs = tmp_path / "evals" / "runs"

    nowhere = conclude(run, runs_dir=runs)
    runs.mkdir(parents=True)
    there = conclude(run, runs_dir=runs)

    assert (nowhere.record, nowhere.extracted_none) == (None, False)
    assert there.record is not None
    assert there.record.parent == runs
    assert load_run_record(there.record) == run


def _only(run: EvalRun, article_id: str) -> EvalRun:
    """``run`` as if it had scored one of its articles: a record of another set."""
    return run.model_copy(
        update={"articles": [a for a in run.articles if a.article_id == article_id]}
    )


def test_a_record_of_other_articles_is_not_compared_and_says_why(tmp_path: Path) -> None:
    both = _scored({"warn": _warning_label(), "call": _call_label()})
    other, run = _only(both, "call"), _only(both, "warn")

    outcome = conclude(run, previous=other, record=tmp_path / "run.json")

    assert not any(str(t.title).startswith("Against") for t in outcome.tables)
    assert outcome.comparison_caveat is not None
    assert outcome.comparison_caveat.startswith("it scored none of these articles (labels ")


def test_a_record_of_partly_other_articles_says_the_sets_differ() -> None:
    run = _scored({"warn": _warning_label(), "call": _call_label()})
    previous = _only(run, "warn")

    assert compare_runs(run, previous).caveat == (
        "it scored 1 article and this run 2, 1 in common: the metrics, and the items gained "
        "and lost, are those of the 1 article in common (each run's figures over all its "
        "articles are in its record)"
    )
    assert compare_runs(run, run).caveat is None


def test_metrics_of_partly_other_articles_are_compared_over_those_in_common() -> None:
    """A label added (or an article left out) is no change of the extractor: over the
    articles both runs scored, the same extraction moves no metric, though each run's own
    figures (over its whole set) differ."""
    run = _scored({"warn": _warning_label(), "call": {}})
    part = _only(run, "warn")
    previous = part.model_copy(update={"scores": aggregate(a.score for a in part.articles)})
    assert run.scores.micro.recall != previous.scores.micro.recall

    for current, before in ((run, previous), (previous, run)):
        deltas = {m.metric: m.delta for m in compare_runs(current, before).metrics}
        assert set(deltas.values()) == {0.0}


def _versioned(run: EvalRun, version: str) -> EvalRun:
    config = run.config.model_copy(update={"identity": {"version": version}})
    return run.model_copy(update={"config": config})


def test_a_comparison_names_both_versions_and_warns_when_the_code_did_not_change() -> None:
    run = _scored({"warn": _warning_label()})
    before, after = _versioned(run, "9+aaaa"), _versioned(run, "10+bbbb")

    assert compare_runs(after, before).caveat is None
    assert "(9+aaaa then, 10+bbbb now)" in str(format_comparison(compare_runs(after, before)).title)
    assert compare_runs(before, before).caveat == (
        "the same extractor (canned 9+aaaa) ran both times, so a change here comes from the "
        "labels or the articles, not the code; check that the command ran the checkout you changed"
    )


def test_conclude_names_failed_thresholds_and_unwritable_files(tmp_path: Path) -> None:
    run = _scored({"warn": _warning_label()})

    outcome = conclude(run, record=tmp_path / "run.json", thresholds=[("recall", 0.9)])

    assert not outcome.passed
    assert outcome.below_threshold == ["recall is 0.667, below the required 0.900"]
    assert [str(table.title) for table in outcome.tables][1:] == [
        "Fields on matched pairs (mean score)",
        "Per article",
    ]
    blocker = tmp_path / "file"
    blocker.write_text("", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"Run record .*file/run\.json cannot be written"):
        conclude(run, record=blocker / "run.json")


def _row(*cells: str) -> str:
    """A table row as the tests compare it: cells only, borders and padding dropped."""
    return " ".join(cells)


def test_tables_show_the_scores() -> None:
    run = _scored({"warn": _warning_label()})
    comparison = compare_runs(run, _scored({}))
    console = Console(record=True, width=200)

    for table in (format_table(run), format_fields_table(run), format_articles_table(run)):
        console.print(table)
    console.print(format_comparison(comparison))
    console.print(format_item_changes(comparison))
    out = "\n".join(
        " ".join(re.split(r"[\s│┃]+", line)).strip() for line in console.export_text().splitlines()
    )

    assert _row("positions", "1", "1", "1", "0", "0", "1.000", "1.000", "1.000", "1.000") in out
    # Nothing predicted: no precision to show, not a perfect one.
    assert _row("diplomatic_contacts", "1", "0", "0", "0", "1", "n/a", "0.000", "0.000") in out
    assert "n/a: no prediction (P) or no gold item (R)" in out
    assert _row("micro", "3", "2", "2", "0", "1", "1.000", "0.667", "0.800", "1.000") in out
    assert "stance" in out
    assert (
        _row(
            "+",
            "Kremlin warns of troops at the border",
            "positions",
            "0",
            "NATO · warn · incursion into Ukraine",
        )
        in out
    )


# The HTML report.


def test_report_has_bars_and_marks() -> None:
    run = _scored({"warn": _warning_label()})

    html = render_report(run)

    assert '<span class="fill" style="width: 100.0%">' in html
    assert '<span class="name">precision</span><span class="bar"></span>' in html
    assert '<mark class="both" title="gold P1, pred P1">' in html
    assert "NATO warned Russia against any incursion into Ukraine.</mark>" in html
    assert "missed" in html


def test_report_escapes_article_text_and_uses_no_external_resources() -> None:
    hostile = "<script>alert('x')</script> NATO warned Russia. Everyone else stayed quiet."
    article = Article(id="h", text=hostile, title="<b>Title</b>")
    label = ArticleExtraction.model_validate(
        {
            "article_id": "h",
            "positions": [
                {**_warning_label()["positions"][0], "evidence": [{"quote": "NATO warned Russia."}]}
            ],
        }
    )
    draft = {
        "positions": [
            {
                **label.model_dump()["positions"][0],
                "topic": "<i>war</i>",
                "evidence": [{"quote": "<script>alert('x')</script>"}],
            }
        ]
    }
    result = ArticleResult(
        article=article,
        extraction=ground_extraction(ExtractionDraft.model_validate(draft), hostile, "h"),
        backend="canned",
    )
    config = EvalConfig(backend="canned", labels_dir="l", articles_dir="a", concurrency=1)
    run = score_run([article], {"h": label}, RunResult(results=[result]), config)

    html = render_report(run)

    assert "<script" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "&lt;b&gt;Title&lt;/b&gt;" in html
    assert "&lt;i&gt;war&lt;/i&gt;" in html
    assert not re.search(r"https?://", html)
    assert not re.search(r"\b(src|href)\s*=|@import|url\(|<link", html)


def test_a_failed_article_keeps_what_it_cost_in_the_run_record() -> None:
    failure = ArticleFailure(
        name="call.txt",
        reason="model output invalid after 3 attempts",
        article_id="call",
        usage=Usage(prompt_tokens=900, completion_tokens=60),
        attempts=3,
        requests=3,
    )
    config = EvalConfig(
        backend="canned", labels_dir="labels", articles_dir="articles", concurrency=1
    )

    run = score_run(_articles(), _labels(), RunResult(failures=[failure]), config)

    failed = next(a for a in run.articles if a.article_id == "call")
    assert failed.failure == "model output invalid after 3 attempts"
    assert (failed.attempts, failed.usage.total_tokens) == (3, 960)


def page_text(page: str) -> str:
    """What a reader of the page sees: its text without markup, one space between words."""
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", page)).split())


def test_the_html_report_shows_the_comparison_and_the_verdict(tmp_path: Path) -> None:
    previous = _scored({"warn": _warning_label()})
    run = _scored({"warn": _warning_label(), "call": _call_label()})

    outcome = conclude(
        run,
        previous=previous,
        record=tmp_path / "run.json",
        report=tmp_path / "report.html",
        thresholds=[("f1", 0.5), ("military_movements.recall", 1.0), ("grounded", 1.0)],
    )

    text = page_text((tmp_path / "report.html").read_text(encoding="utf-8"))
    assert "Against canned run of" in text
    assert "diplomatic_contacts.recall 0.000 1.000 +1.000" in text
    assert "+ 07_call_readout diplomatic_contacts 0 Joe Biden" in text
    assert "Gold items lost none" in text
    assert "Verdict: passed" in text
    assert "f1 1.000 ≥ 0.500 passed" in text
    assert outcome.passed


def test_the_html_report_names_a_failed_threshold() -> None:
    run = _scored({"warn": _warning_label()})

    text = page_text(render_report(run, thresholds=[("recall", 0.9)]))

    assert "Verdict: failed" in text
    assert "recall 0.667 < 0.900 failed" in text


def test_empty_gained_and_lost_tables_say_none() -> None:
    run = _scored({"warn": _warning_label()})
    console = Console(record=True, width=200)

    console.print(format_item_changes(compare_runs(run, run)))

    assert "none" in console.export_text()


def test_a_baseline_report_gives_each_article_s_explain_command() -> None:
    run = _scored({"warn": _warning_label(), "call": _call_label()})
    baseline = run.model_copy(
        update={"config": run.config.model_copy(update={"backend": "baseline"})}
    )

    commands = render_report(baseline).count("summarise extract --explain --backend baseline ")

    assert "--explain --backend baseline articles/07_call_readout.md" in render_report(baseline)
    assert commands == 1
    assert "--explain" not in render_report(run)
