"""``summarise eval`` end to end: the baseline, and a scripted server echoing the labels."""

import json
import os
import subprocess
import sys
from pathlib import Path

from summarise.testing.fake_server import LabelEchoResponder, ScriptedModelServer

ROOT = Path(__file__).resolve().parent.parent
LABELS = ROOT / "evals" / "labels"
SEEDS = ROOT / "seeds"


def run_eval(
    tmp_path: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("SUMMARISE_", "OPENAI_"))}
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "summarise",
            "eval",
            "--labels",
            str(LABELS),
            "--articles",
            str(SEEDS),
            *args,
        ],
        env={
            **clean,
            "SUMMARISE_CONFIG": os.devnull,
            "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
            **(env or {}),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=tmp_path,
    )


def test_label_echo_server_scores_perfectly_and_records_the_run(tmp_path: Path) -> None:
    with ScriptedModelServer(LabelEchoResponder(LABELS)) as server:
        result = run_eval(
            tmp_path,
            "--out",
            str(tmp_path / "run.json"),
            "--report",
            str(tmp_path / "report.html"),
            "--fail-under",
            "f1=0.99",
            env={"SUMMARISE_BASE_URL": server.base_url},
        )
    assert result.returncode == 0, result.stderr
    record = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert record["scores"]["micro"]["f1"] == 1.0
    assert record["config"]["backend"] == "openai"
    assert "micro" in result.stdout
    assert "<mark" in (tmp_path / "report.html").read_text(encoding="utf-8")


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


def test_default_run_record_lands_in_evals_runs(tmp_path: Path) -> None:
    result = run_eval(tmp_path, "--backend", "baseline")
    assert result.returncode == 0, result.stderr
    records = list((tmp_path / "evals" / "runs").glob("*-baseline.json"))
    assert len(records) == 1


def test_bad_threshold_is_a_usage_error(tmp_path: Path) -> None:
    result = run_eval(tmp_path, "--backend", "baseline", "--fail-under", "f1")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
