"""The ``summarise`` command as a first-time user meets it: no model configured, so the
offline baseline extractor, over the seeds and over folders holding a bad file or two.

The baseline needs no server and answers in milliseconds, so these tests run the whole
command (``run_cli``) on real files and read what a person would read: stdout, stderr,
the exit code and the files left behind.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
from pathlib import Path

import pytest
from helpers import ROOT, SEED_FILES, SEEDS, run_cli

from summarise.briefing.render_markdown import md
from summarise.loading import load_articles
from summarise.schema import CATEGORIES


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """No model settings (so the baseline), and a cache of this test's own."""
    return {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache")}


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The four seeds, copied into a folder a test may add bad files to."""
    target = tmp_path / "articles"
    target.mkdir()
    for seed in SEED_FILES:
        shutil.copy(seed, target / seed.name)
    return target


def test_brief_survives_an_impossible_date_and_names_the_file(
    env: dict[str, str], folder: Path
) -> None:
    bad = folder / "talks.md"
    bad.write_text(
        "---\npublished: 2022-13-45\n---\nRussia said on Monday it would pull troops back.\n",
        encoding="utf-8",
    )

    result = run_cli(["brief", str(folder)], env)

    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"warning: {bad}: published '2022-13-45' is not a valid date" in result.stderr
    assert "5 articles read" in result.stdout


def closed_port_url() -> str:
    """The base URL of a port nothing listens on: a model server that is not running."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@pytest.mark.parametrize("command", ["brief", "extract"])
def test_a_run_that_extracts_nothing_leaves_the_earlier_output_alone(
    env: dict[str, str], tmp_path: Path, command: str
) -> None:
    out = tmp_path / "out.txt"
    good = run_cli([command, str(SEEDS), "--out", str(out)], env)
    before = out.read_bytes()

    # A model named, so the extraction itself meets the closed port (no listing first).
    down = ["--base-url", closed_port_url(), "--model", "m", "--retries", "0"]
    failed = run_cli([command, str(SEEDS), "--out", str(out), *down], env)

    assert good.returncode == 0, good.stderr
    assert failed.returncode == 1
    assert out.read_bytes() == before
    assert f"No article was extracted, so nothing was written: {out} is left as it was." in (
        failed.stderr
    )


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs Linux's /proc")
@pytest.mark.parametrize("command", ["brief", "extract"])
def test_an_output_in_a_folder_nothing_can_be_made_in_is_refused_before_any_work(
    env: dict[str, str], command: str
) -> None:
    """/proc passes ``os.access`` as root; the model's closed port shows no work began."""
    down = ["--base-url", closed_port_url(), "--model", "m", "--retries", "0"]

    result = run_cli([command, str(SEEDS), "--out", "/proc/nope/x.md", *down], env)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == (
        "error: Cannot write /proc/nope/x.md: /proc is not a writable folder "
        "(No such file or directory).\n"
    )


def test_a_run_that_extracts_nothing_prints_nothing(env: dict[str, str]) -> None:
    down = ["--base-url", closed_port_url(), "--model", "m", "--retries", "0"]
    result = run_cli(["brief", str(SEEDS), *down], env)

    assert result.returncode == 1
    assert result.stdout == ""
    assert "No article was extracted, so nothing was written." in result.stderr


@pytest.mark.parametrize("command", ["brief", "extract"])
def test_a_path_that_does_not_exist_is_a_usage_error(
    env: dict[str, str], tmp_path: Path, command: str
) -> None:
    missing = tmp_path / "nonexistent.txt"

    result = run_cli([command, str(SEEDS), str(missing)], env)

    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr == f"error: {missing} does not exist: check the path.\n"


@pytest.mark.parametrize("command", ["brief", "extract"])
def test_a_web_address_is_said_to_be_one_with_where_addresses_are_read(
    env: dict[str, str], command: str
) -> None:
    url = "https://news.example.org/world/talks.html"

    result = run_cli([command, str(SEEDS), url], env)

    assert result.returncode == 2
    assert result.stderr == (
        f"error: {url} is a web address, and this command reads files and folders: save the "
        "page, or list it in a briefing.toml's urls or feed source for summarise run.\n"
    )


def test_a_folder_s_manifest_is_skipped_with_a_note_not_failed(env: dict[str, str]) -> None:
    manifest = ROOT / "evals" / "dev" / "articles" / "MANIFEST.jsonl"

    result = run_cli(["brief", str(manifest.parent)], env)

    assert result.returncode == 0, result.stderr
    assert f"note: {manifest}: skipped, it holds no article records" in result.stderr
    assert "failed" not in result.stderr


def test_each_record_of_a_file_of_records_is_named_in_its_progress_line(
    tmp_path: Path, env: dict[str, str]
) -> None:
    """ "[1/2] ok wire.jsonl" twice named the file, not the record; a text file (the
    look-alike) is one article, and its file says which."""
    texts = [path.read_text(encoding="utf-8") for path in SEED_FILES[:2]]
    wire = tmp_path / "wire.jsonl"
    wire.write_text(
        "".join(json.dumps({"title": f"Story {n}", "text": t}) + "\n" for n, t in enumerate(texts)),
        encoding="utf-8",
    )

    result = run_cli(["extract", str(wire), str(SEED_FILES[2])], env)

    assert result.returncode == 0, result.stderr
    assert f"] ok      {wire} (Story 0): " in result.stderr
    assert f"] ok      {wire} (Story 1): " in result.stderr
    assert f"] ok      {SEED_FILES[2]}: " in result.stderr


def test_a_manifest_named_on_the_command_line_still_fails(env: dict[str, str]) -> None:
    manifest = ROOT / "evals" / "dev" / "articles" / "MANIFEST.jsonl"

    result = run_cli(["brief", str(SEEDS), str(manifest)], env)

    assert result.returncode == 1
    assert f"] failed  {manifest}: no record has article text" in result.stderr


def test_since_says_how_many_undated_articles_it_left_out(env: dict[str, str]) -> None:
    result = run_cli(["brief", str(SEEDS), "--since", "2022-01-01"], env)

    assert result.returncode == 0, result.stderr
    assert (
        "note: --since 2022-01-01 left out 3 undated articles (no publication date was found "
        "in them)" in result.stderr
    )
    assert "1 article read" in result.stdout


def test_a_since_day_that_does_not_exist_is_named_as_such(env: dict[str, str]) -> None:
    brief = run_cli(["brief", str(SEEDS), "--since", "2022-02-30"], env)
    timeline = run_cli(["timeline", "missing.db", "--since", "2022-13-01"], env)

    assert (brief.returncode, timeline.returncode) == (2, 2)
    assert "'2022-02-30' is not a day of the calendar (write YYYY-MM-DD)" in brief.stderr
    assert "'2022-13-01' is not a day of the calendar" in timeline.stderr


def test_since_that_leaves_nothing_says_why(env: dict[str, str], folder: Path) -> None:
    undated = run_cli(["brief", str(SEEDS), "--since", "2030-01-01"], env)
    dated = folder / "dated"
    dated.mkdir()
    for n, day in enumerate(["2022-01-29", "2022-02-01"]):
        (dated / f"{n}.md").write_text(
            f"---\npublished: {day}\n---\nTalks resumed in Geneva on day {n}.\n", "utf-8"
        )
    older = run_cli(["brief", str(dated), "--since", "2030-01-01"], env)

    assert undated.returncode == 2
    assert undated.stderr == (
        "error: --since 2030-01-01 leaves nothing to brief: of 4 articles, 1 was published "
        "before it and 3 are undated (no publication date was found in them).\n"
    )
    assert older.returncode == 2
    assert older.stderr == (
        "error: --since 2030-01-01 leaves nothing to brief: all 2 articles were published "
        "before it.\n"
    )


def test_label_writes_a_quote_only_starting_label_per_article_that_eval_reads(
    env: dict[str, str], folder: Path, tmp_path: Path
) -> None:
    labels = tmp_path / "new-labels"

    made = run_cli(
        ["label", *(str(p) for p in sorted(folder.iterdir())), "--out", str(labels)], env
    )
    scored = run_cli(
        [
            "eval",
            "--labels",
            str(labels),
            "--articles",
            str(folder),
            "--out",
            str(tmp_path / "r.json"),
        ],
        env,
    )

    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in labels.iterdir()) == [f"{s.stem}.json" for s in SEED_FILES]
    article = load_articles([folder / SEED_FILES[0].name]).articles[0]
    label = json.loads((labels / f"{SEED_FILES[0].stem}.json").read_text(encoding="utf-8"))
    assert label["article_id"] == SEED_FILES[0].stem
    evidence = [e for c in CATEGORIES for item in label[c] for e in item["evidence"]]
    assert evidence
    assert all(set(e) == {"quote"} and e["quote"] in article.text for e in evidence)
    assert f"Wrote 4 starting labels to {labels}: correct them by hand (summarise guide" in (
        made.stderr
    )
    assert f"summarise eval --labels {labels} --articles {folder}." in made.stderr
    assert scored.returncode == 0, scored.stderr
    assert "warning" not in scored.stderr
    assert (
        json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["scores"]["micro"]["f1"]
        == 1.0
    )


def test_label_never_overwrites_a_label_a_person_may_have_corrected(
    env: dict[str, str], tmp_path: Path
) -> None:
    labels = tmp_path / "labels"
    run_cli(["label", str(SEED_FILES[0]), "--out", str(labels)], env)
    corrected = labels / f"{SEED_FILES[0].stem}.json"
    corrected.write_text(corrected.read_text(encoding="utf-8").replace("concern", "warn"), "utf-8")
    before = corrected.read_text(encoding="utf-8")

    again = run_cli(["label", str(SEED_FILES[0]), "--out", str(labels)], env)
    forced = run_cli(["label", str(SEED_FILES[0]), "--out", str(labels), "--force"], env)

    assert again.returncode == 0, again.stderr
    assert "Wrote" not in again.stderr
    assert (
        f"No starting label written: each article's label is in {labels} already (--force "
        f"replaces them); score them with summarise eval --labels {labels} --articles "
        f"{SEED_FILES[0].parent}." in again.stderr
    )
    assert (
        f"note: {corrected} exists and was left as it is (it may hold corrections); --force "
        "replaces it" in again.stderr
    )
    assert forced.returncode == 0, forced.stderr
    assert corrected.read_text(encoding="utf-8") != before


@pytest.mark.parametrize(
    ("name", "starts"),
    [
        ("briefing.html", "<!DOCTYPE html>"),
        ("briefing.HTM", "<!DOCTYPE html>"),
        ("briefing.json", "{"),
        ("briefing.md", "# Briefing"),
        ("briefing.txt", "# Briefing"),
        ("briefing", "# Briefing"),
    ],
)
def test_out_s_suffix_names_the_format_when_format_is_not_given(
    env: dict[str, str], tmp_path: Path, name: str, starts: str
) -> None:
    out = tmp_path / name

    result = run_cli(["brief", str(SEEDS), "--out", str(out)], env)

    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").startswith(starts)
    assert "format" not in result.stderr


def test_an_explicit_format_wins_over_out_s_suffix(env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "briefing.html"
    timeline_out = tmp_path / "timeline.json"
    store = tmp_path / "desk.db"

    briefed = run_cli(
        ["brief", str(SEEDS), "--out", str(out), "--format", "md", "--store", str(store)], env
    )
    briefing = out.read_text(encoding="utf-8")
    timeline = run_cli(["timeline", str(store), "--out", str(timeline_out)], env)
    timeline_md = run_cli(["timeline", str(store), "--out", str(out), "--format", "md"], env)

    assert briefed.returncode == 0, briefed.stderr
    assert briefing.startswith("# Briefing")
    assert timeline.returncode == 0, timeline.stderr
    assert json.loads(timeline_out.read_text(encoding="utf-8"))["entries"]
    assert timeline_md.returncode == 0, timeline_md.stderr
    assert out.read_text(encoding="utf-8").startswith("# Timeline")


def test_every_count_says_what_it_counts_and_a_second_store_adds_nothing(
    env: dict[str, str], tmp_path: Path
) -> None:
    """The summary line, the briefing, the store and the timeline count the same run: the
    articles' extracted items and the merged items they made, each named as such."""
    store = tmp_path / "desk.db"

    first = run_cli(["brief", str(SEEDS), "--store", str(store)], env)
    again = run_cli(["brief", str(SEEDS), "--store", str(store)], env)
    timeline = run_cli(["timeline", str(store)], env)

    assert (first.returncode, again.returncode, timeline.returncode) == (0, 0, 0)
    summary = re.search(r"^4 articles extracted, (\d+) extracted items, ", first.stderr, re.M)
    briefed = re.search(
        r"4 articles read, 4 cited; (\d+) extracted items merged into (\d+):", first.stdout
    )
    assert summary is not None
    assert briefed is not None
    extracted, merged = briefed.group(1), briefed.group(2)
    assert summary.group(1) == extracted
    assert first.stderr.splitlines()[-1] == (
        f"Recorded in {store}: 4 articles (all new) and {extracted} extracted items (all new)."
    )
    assert again.stderr.splitlines()[-1] == (
        f"Nothing new recorded in {store}: the 4 articles and {extracted} extracted items were "
        "stored already."
    )
    assert re.search(
        rf"\. {merged} merged items( and \d+ later changes?)? from 4 articles\.", timeline.stdout
    )


def test_the_timeline_names_an_untitled_article_by_its_file_not_its_id(
    env: dict[str, str], tmp_path: Path
) -> None:
    store = tmp_path / "desk.db"
    untitled = load_articles([SEEDS]).articles
    named = {a.id: a.path for a in untitled if not a.title and not a.source}
    run_cli(["brief", str(SEEDS), "--store", str(store)], env)

    shown = run_cli(["timeline", str(store)], env)
    data = run_cli(["timeline", str(store), "--format", "json"], env)

    assert named
    assert shown.returncode == 0, shown.stderr
    assert not re.search(r"^  - [0-9a-f]{16}\b", shown.stdout, re.M)
    assert all(f"  - {md(str(path))}" in shown.stdout for path in named.values())
    sources = [s for e in json.loads(data.stdout)["entries"] for s in e["sources"]]
    assert {s["article_id"]: s["path"] for s in sources if s["article_id"] in named} == named


def test_an_unreachable_server_is_one_line_one_count_and_exit_1_however_many_failed(
    env: dict[str, str], tmp_path: Path
) -> None:
    url = closed_port_url()
    flags = ["--base-url", url, "--model", "m"]

    briefed = run_cli(["brief", str(SEEDS), *flags], env)
    scored = run_cli(["eval", "--out", str(tmp_path / "run.json"), *flags], env)

    assert briefed.returncode == 1
    errors = [line for line in briefed.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert errors[0].startswith(
        f"error: 4 articles not extracted: Cannot reach the model server at {url} ("
    )
    assert errors[0].endswith("): is it running? Check --base-url / SUMMARISE_BASE_URL.")
    assert "after" not in errors[0]
    assert re.search(
        r"^0 articles extracted, 4 failed, 0 extracted items, 0 cache hits, ", briefed.stderr, re.M
    )
    assert not re.search(r"[.!?][.:!?] ", briefed.stderr)
    assert scored.returncode == 1
    # eval says it as brief does, first, and shows no table of zeros under it.
    assert scored.stderr.splitlines()[0] == errors[0]
    assert scored.stderr.count("Cannot reach") == 1
    assert scored.stdout == ""
    # Nothing extracted, nothing recorded: a record of a run that never happened would be
    # compared against as if the model had found nothing.
    assert scored.stderr.endswith(
        "No article was extracted, so no run record or report was written: fix the cause "
        "and run eval again.\n"
    )
    assert not (tmp_path / "run.json").exists()


def test_an_overview_asked_for_in_the_config_stops_only_the_commands_that_write_one(
    env: dict[str, str], tmp_path: Path
) -> None:
    env = {**env, "SUMMARISE_OVERVIEW": "true"}
    seed = str(SEED_FILES[0])
    labels = ["--labels", str(ROOT / "evals" / "labels"), "--articles", str(SEEDS)]

    extracted = run_cli(["extract", seed, "--backend", "baseline"], env)
    scored = run_cli(
        ["eval", "--backend", "baseline", *labels, "--out", str(tmp_path / "r.json")], env
    )
    labelled = run_cli(["label", seed, "--backend", "baseline", "--out", str(tmp_path / "l")], env)
    briefed = run_cli(["brief", seed, "--backend", "baseline"], env)

    assert [extracted.returncode, scored.returncode, labelled.returncode] == [0, 0, 0]
    assert briefed.returncode == 2
    assert "cannot write an overview" in briefed.stderr


@pytest.mark.parametrize(
    ("args", "message", "help_command"),
    [
        (["brief"], "error: Missing argument 'PATHS...'.", "summarise brief --help"),
        (["nosuch"], "error: No such command 'nosuch'.", "summarise --help"),
    ],
)
def test_a_usage_error_is_one_line_with_where_to_look(
    env: dict[str, str], args: list[str], message: str, help_command: str
) -> None:
    result = run_cli(args, env)

    # The program is named as it was started ("summarise", "python -m summarise").
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"{message} (see '")
    assert result.stderr.endswith(f"{help_command}')\n")
