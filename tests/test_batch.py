"""``summarise batch``: prepare, submit, status and collect, against real HTTP servers.

The scripted batch server on 127.0.0.1 stands in for a provider (OpenAI's Files and
Batches endpoints) and its model: it answers each seed article with its hand label.
``vllm run-batch`` is stood in for by ``summarise.testing.run_batch``, which writes vLLM's
output format. What must hold: a batch line is the request the live path sends, a collected
reply lands in the cache entry a live run reads (a ``brief`` after ``collect`` sends
nothing), every failure is named and retried by ``prepare --only-missing``, and collecting
twice, or again after a kill, changes nothing.
"""

from __future__ import annotations

import http.server
import json
import os
import signal
import sqlite3
from pathlib import Path
from typing import Any

import diskcache
import pytest
from helpers import LABELS, ROOT, SEED_FILES, SEEDS, run_cli, start_cli_process

from summarise.extraction.cache import CachedExtraction
from summarise.plural import counted
from summarise.testing.background import BackgroundServer
from summarise.testing.batch_plans import BatchPlan, Malformed
from summarise.testing.batch_server import ScriptedBatchServer
from summarise.testing.fake_server import (
    HttpError,
    LabelEchoResponder,
    RawText,
    ScriptedModelServer,
    SentenceQuoteResponder,
    Truncated,
)
from summarise.testing.run_batch import run_batch

SECRET = "sk-batch-secret-9d2e71"
DEV_ARTICLES = ROOT / "evals" / "dev" / "articles"
DEV_LABELS = ROOT / "evals" / "dev" / "labels"
SCHEMA_INVALID = json.dumps({"positions": "none", "military_movements": []})


def _env(server: ScriptedModelServer, tmp_path: Path, cache: str = "cache") -> dict[str, str]:
    return {
        "SUMMARISE_BASE_URL": server.base_url,
        "SUMMARISE_MODEL": "test-model",
        "SUMMARISE_DATA_DIR": str(tmp_path / "data"),
        "SUMMARISE_CACHE_DIR": str(tmp_path / cache),
        "SUMMARISE_RETRIES": "0",
    }


def _lines(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _as_sent(body: dict[str, Any]) -> str:
    """A request body as text, in any order of its top-level fields (the SDK puts them in
    its own order) but in the order of everything within them: a schema's property order is
    the order a model writes the fields in."""
    return json.dumps({key: json.dumps(value) for key, value in body.items()}, sort_keys=True)


def _prepare(env: dict[str, str], out: Path, *args: str) -> str:
    done = run_cli(["batch", "prepare", *args, "--out", str(out)], env)
    assert done.returncode == 0, done.stderr
    return done.stderr


def _seeds_prepared(server: ScriptedModelServer, tmp_path: Path) -> tuple[dict[str, str], Path]:
    """Settings for ``server`` and the seeds' requests file, prepared."""
    env = _env(server, tmp_path)
    out = tmp_path / "requests.jsonl"
    _prepare(env, out, str(SEEDS))
    return env, out


def _submit(env: dict[str, str], *files: Path) -> list[str]:
    done = run_cli(["batch", "submit", *map(str, files)], env)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def _extractions(env: dict[str, str], *paths: Path) -> tuple[list[Any], str]:
    done = run_cli(["extract", *map(str, paths)], env)
    assert done.returncode == 0, done.stderr
    return [r["extraction"] for r in json.loads(done.stdout)["results"]], done.stderr


@pytest.mark.parametrize("mode", ["json_schema", "tools", "md_json"])
def test_each_line_is_exactly_a_request_the_live_path_sends(
    tmp_path: Path, label_echo_model_server: ScriptedModelServer, mode: str
) -> None:
    env = {**_env(label_echo_model_server, tmp_path), "SUMMARISE_MODE": mode}
    live = {**env, "SUMMARISE_CACHE_DIR": str(tmp_path / "live-cache")}
    _extractions({**live, "SUMMARISE_CHUNK_CHARS": "3000"}, SEEDS)
    sent = label_echo_model_server.chat_requests

    _prepare({**env, "SUMMARISE_CHUNK_CHARS": "3000"}, tmp_path / "r.jsonl", str(SEEDS))
    lines = _lines(tmp_path / "r.jsonl")

    assert len(sent) > len(SEED_FILES)  # the long seeds went in chunks
    assert sorted(_as_sent(line["body"]) for line in lines) == sorted(map(_as_sent, sent))
    assert {(line["method"], line["url"]) for line in lines} == {("POST", "/v1/chat/completions")}
    assert len({line["custom_id"] for line in lines}) == len(lines)


@pytest.mark.parametrize(
    "strategy",
    [
        {"SUMMARISE_PASSES": "per_category"},
        {"SUMMARISE_CANDIDATES": "baseline", "SUMMARISE_EVIDENCE": "sentence"},
        {"SUMMARISE_CANDIDATES": "sentences", "SUMMARISE_PROMPT_STYLE": "full"},
    ],
)
def test_every_extraction_strategy_is_batched_request_for_request(
    tmp_path: Path, label_echo_model_server: ScriptedModelServer, strategy: dict[str, str]
) -> None:
    """A strategy changes how many requests an article takes and what they ask; the batch
    file must still be exactly what the live path sends under it."""
    env = {**_env(label_echo_model_server, tmp_path), **strategy}
    _extractions({**env, "SUMMARISE_CACHE_DIR": str(tmp_path / "live-cache")}, SEEDS)
    sent = label_echo_model_server.chat_requests

    _prepare(env, tmp_path / "r.jsonl", str(SEEDS))
    lines = _lines(tmp_path / "r.jsonl")

    assert len(sent) >= len(SEED_FILES)
    assert sorted(_as_sent(line["body"]) for line in lines) == sorted(map(_as_sent, sent))


def test_status_and_collect_without_a_base_url_ask_the_batch_s_own_server_and_no_stray_key(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    """``batch submit`` suggests ``batch status ID``; typed as shown, with no --base-url,
    it must reach the server the batch went to, and never with a key meant for OpenAI."""
    env = _env(scripted_batch_server, tmp_path)
    out = tmp_path / "requests.jsonl"
    _prepare(env, out, str(SEEDS))
    [batch_id] = _submit(env, out)
    bare = {k: v for k, v in env.items() if k != "SUMMARISE_BASE_URL"} | {"OPENAI_API_KEY": SECRET}

    status = run_cli(["batch", "status", batch_id], bare)
    collected = run_cli(["batch", "collect", batch_id], bare)

    assert status.returncode == 0, status.stderr
    assert status.stdout.startswith(batch_id)
    assert collected.returncode == 0, collected.stderr
    assert not any(
        SECRET in value for r in scripted_batch_server.requests for value in r.headers.values()
    )


def test_seeds_round_trip_through_the_batch_api_into_the_cache_a_live_run_reads(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env = _env(scripted_batch_server, tmp_path)
    scripted_batch_server.plan(BatchPlan(polls=1))
    out = tmp_path / "requests.jsonl"
    said = _prepare(env, out, str(SEEDS))
    assert "4 requests for 4 articles in requests.jsonl" in said

    [batch_id] = _submit(env, out)
    uploaded = scripted_batch_server.files[scripted_batch_server.batches[batch_id].input_file_id]
    assert uploaded.data == out.read_bytes()
    status = run_cli(["batch", "status", batch_id], env)
    assert status.stdout.split("\t")[:2] == [batch_id, "in_progress"]

    collected = run_cli(["batch", "collect", batch_id], env)
    assert collected.returncode == 0, collected.stderr
    output = scripted_batch_server.files[scripted_batch_server.batches[batch_id].output_file_id]
    replies = [json.loads(line)["response"]["body"] for line in output.data.splitlines()]
    tokens = sum(r["usage"]["total_tokens"] for r in replies)
    assert (
        f"4 articles extracted, 90 extracted items, 0 cache hits, 4 requests, {tokens:,} tokens"
        in collected.stderr
    )
    assert "[openai (test-model) via batch]" in collected.stderr
    record = _lines(tmp_path / "data" / "batches" / "runs.jsonl")[-1]
    assert record["source"] == batch_id
    assert (
        record["stats"]["usage"]["prompt_tokens"] + record["stats"]["usage"]["completion_tokens"]
        == tokens
    )

    batched, said = _extractions(env, SEEDS)
    assert "4 cache hits, 0 requests" in said
    assert scripted_batch_server.chat_requests == []
    live_env = {**env, "SUMMARISE_CACHE_DIR": str(tmp_path / "live-cache")}
    live, _ = _extractions(live_env, SEEDS)
    assert batched == live
    listed = run_cli(["batch", "status"], env).stdout
    assert f"{batch_id}\tcompleted\t4/4 done\trequests.jsonl" in listed
    assert f"{tokens:,} tokens" in listed


def test_prepare_skips_articles_the_cache_holds_and_says_how_many(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env = _env(scripted_batch_server, tmp_path)
    _extractions(env, SEED_FILES[0])
    said = _prepare(env, tmp_path / "r.jsonl", str(SEEDS))
    assert "4 articles; 1 already in the cache." in said
    assert len(_lines(tmp_path / "r.jsonl")) == 3


def test_the_official_documents_round_trip_through_a_vllm_results_file(
    tmp_path: Path,
) -> None:
    documents = len(list(DEV_ARTICLES.glob("*.md")))
    with ScriptedModelServer(LabelEchoResponder(DEV_LABELS)) as server:
        env = {**_env(server, tmp_path), "SUMMARISE_CHUNK_CHARS": "4000"}
        said = _prepare(env, tmp_path / "requests.jsonl", str(DEV_ARTICLES))
        assert "MANIFEST.jsonl: skipped, it holds no article records" in said
        lines = run_batch(
            tmp_path / "requests.jsonl", tmp_path / "results.jsonl", LabelEchoResponder(DEV_LABELS)
        )
        assert lines > documents  # the longer readouts went in chunks

        collected = run_cli(["batch", "collect", str(tmp_path / "results.jsonl")], env)
        assert collected.returncode == 0, collected.stderr
        assert f"{lines} result lines: {lines} replies, 0 failed." in collected.stderr

        batched, said = _extractions(env, DEV_ARTICLES)
        assert f"{documents} cache hits, 0 requests" in said
        assert server.chat_requests == []
        live, _ = _extractions({**env, "SUMMARISE_CACHE_DIR": str(tmp_path / "live")}, DEV_ARTICLES)
    assert batched == live
    assert sum(len(e["diplomatic_contacts"]) for e in batched) > 0


def test_failed_broken_invalid_and_cut_lines_are_named_then_retried_by_only_missing(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env, out = _seeds_prepared(scripted_batch_server, tmp_path)
    scripted_batch_server.plan(
        BatchPlan(
            lines={0: HttpError(500, "boom"), 1: Malformed(), 2: RawText(SCHEMA_INVALID)},
        )
    )
    [batch_id] = _submit(env, out)
    collected = run_cli(["batch", "collect", batch_id], env)
    assert collected.returncode == 1
    err = collected.stderr
    seeds = [str(path) for path in SEED_FILES]
    assert f"failed line: errors.jsonl line 1 ({seeds[0]}): HTTP 500: boom" in err
    assert f"failed line: output.jsonl line 1 ({seeds[1]}): not valid JSON (" in err
    assert f"failed  {seeds[0]}: its request summarise-" in err
    assert f"failed  {seeds[2]}: it needs a request no batch has answered yet, a re-ask" in err
    assert "positions" in err.split(seeds[2])[-1]  # the validation error is shown
    assert "1 article extracted, 3 failed" in err
    assert "summarise batch prepare --only-missing --out retry.jsonl" in err

    retry = tmp_path / "retry.jsonl"
    said = _prepare(env, retry, "--only-missing")
    assert "4 articles; 1 already in the cache." in said
    assert "1 request answered by replies already collected" in said
    retried = _lines(retry)
    assert len(retried) == 3
    reask = [r for r in retried if any(m["role"] == "assistant" for m in r["body"]["messages"])]
    assert len(reask) == 1

    [retry_id] = _submit(env, retry)
    again = run_cli(["batch", "collect", retry_id], env)
    assert again.returncode == 0, again.stderr
    _, said = _extractions(env, SEEDS)
    assert "4 cache hits, 0 requests" in said
    assert scripted_batch_server.chat_requests == []


def test_a_reply_cut_at_max_tokens_is_split_in_the_next_round(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env = _env(scripted_batch_server, tmp_path)
    out = tmp_path / "requests.jsonl"
    _prepare(env, out, str(SEED_FILES[0]))
    scripted_batch_server.plan(BatchPlan(lines={0: Truncated()}))
    [batch_id] = _submit(env, out)
    collected = run_cli(["batch", "collect", batch_id], env)
    assert collected.returncode == 1
    assert "half of a piece whose reply was cut at max_tokens" in collected.stderr

    _prepare(env, tmp_path / "retry.jsonl", "--only-missing")
    halves = _lines(tmp_path / "retry.jsonl")
    assert len(halves) == 2
    [retry_id] = _submit(env, tmp_path / "retry.jsonl")
    assert run_cli(["batch", "collect", retry_id], env).returncode == 0
    [extraction], said = _extractions(env, SEED_FILES[0])
    assert "1 cache hit, 0 requests" in said
    assert extraction["positions"]


@pytest.mark.parametrize("ending", ["expired", "cancelled"])
def test_a_batch_that_stopped_early_gives_what_it_finished_and_retries_the_rest(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer, ending: str
) -> None:
    env, out = _seeds_prepared(scripted_batch_server, tmp_path)
    if ending == "expired":
        scripted_batch_server.plan(BatchPlan(outcome="expired", answered=2))
        [batch_id] = _submit(env, out)
    else:
        scripted_batch_server.plan(BatchPlan(polls=3, answered=2))
        [batch_id] = _submit(env, out)
        cancelled = run_cli(["batch", "cancel", batch_id], env)
        assert cancelled.returncode == 0, cancelled.stderr
        assert cancelled.stdout.split("\t")[1] == "cancelling"
    collected = run_cli(["batch", "collect", batch_id], env)
    assert collected.returncode == 1
    assert collected.stderr.count(f"batch_{ending}: ") == 2 * 2  # each line, each article
    assert "2 articles extracted, 2 failed" in collected.stderr

    _prepare(env, tmp_path / "retry.jsonl", "--only-missing")
    assert len(_lines(tmp_path / "retry.jsonl")) == 2


def test_collect_waits_for_a_running_batch_and_explains_a_rejected_one(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env, out = _seeds_prepared(scripted_batch_server, tmp_path)
    scripted_batch_server.plan(BatchPlan(polls=5))
    [running] = _submit(env, out)
    early = run_cli(["batch", "collect", running], env)
    assert early.returncode == 1
    assert early.stderr.startswith(f"error: Batch {running} is in_progress (0 of 0 requests done)")
    assert "once it has finished" in early.stderr
    said = _prepare(env, tmp_path / "retry.jsonl", "--only-missing")
    assert f"4 requests left out: in batches not collected yet ({running})" in said
    assert "Nothing to prepare" in said

    scripted_batch_server.plan(BatchPlan(outcome="failed", errors=("line 1 is bad",)))
    assert run_cli(["batch", "cancel", running], env).returncode == 0
    run_cli(["batch", "status", running], env)
    [rejected] = _submit(env, out)
    refused = run_cli(["batch", "collect", rejected], env)
    assert refused.returncode == 1
    assert f"Batch {rejected} failed at {scripted_batch_server.base_url}" in refused.stderr
    assert "line 1: invalid_request line 1 is bad" in refused.stderr


def test_collecting_twice_adds_nothing_and_pays_nothing(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env, out = _seeds_prepared(scripted_batch_server, tmp_path)
    [batch_id] = _submit(env, out)
    first = run_cli(["batch", "collect", batch_id], env)
    cached = run_cli(["cache", "stats"], env).stdout
    second = run_cli(["batch", "collect", batch_id], env)
    assert (first.returncode, second.returncode) == (0, 0)
    assert "4 cache hits, 0 requests, 0 tokens" in second.stderr
    assert run_cli(["cache", "stats"], env).stdout == cached
    assert ": 4 cached extractions and 0 cached briefing overviews" in cached
    said = _prepare(env, tmp_path / "again.jsonl", str(SEEDS))
    assert "4 articles; 4 already in the cache." in said
    assert "Nothing to prepare" in said
    assert not (tmp_path / "again.jsonl").exists()


def test_files_split_at_the_limits_and_each_is_a_batch_of_whole_articles(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env = _env(scripted_batch_server, tmp_path)
    out = tmp_path / "requests.jsonl"
    said = _prepare(env, out, str(SEEDS), "--max-lines", "3", "--chunk-chars", "3000")
    count = len(list(tmp_path.glob("*.jsonl")))
    files = [out, *(tmp_path / f"requests-{n}.jsonl" for n in range(2, count + 1))]
    sizes = [len(_lines(f)) for f in files]
    assert count > 2
    assert max(sizes) <= 3
    listed = ", ".join(
        f"{f.name} ({counted(n, 'line')}, 0.0 MB)" for f, n in zip(files, sizes, strict=True)
    )
    assert f"{sum(sizes)} requests for 4 articles in {listed}." in said

    for batch_id in _submit(env, *files):
        assert run_cli(["batch", "collect", batch_id], env).returncode == 0
    _, said = _extractions({**env, "SUMMARISE_CHUNK_CHARS": "3000"}, SEEDS)
    assert "4 cache hits, 0 requests" in said


def test_submit_refuses_a_second_submission_a_stranger_and_another_server(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env, out = _seeds_prepared(scripted_batch_server, tmp_path)
    [batch_id] = _submit(env, out)

    twice = run_cli(["batch", "submit", str(out)], env)
    assert twice.returncode == 2
    assert f"is already batch {batch_id} (validating)" in twice.stderr

    stranger = tmp_path / "stranger.jsonl"
    stranger.write_text(out.read_text(encoding="utf-8"), encoding="utf-8")
    unknown = run_cli(["batch", "submit", str(stranger)], env)
    assert unknown.returncode == 2
    assert "is no request file prepared with this data dir" in unknown.stderr

    elsewhere = {**env, "SUMMARISE_BASE_URL": "http://127.0.0.1:9/v1"}
    moved = run_cli(["batch", "status", batch_id], elsewhere)
    assert moved.returncode == 2
    assert f"belongs to {scripted_batch_server.base_url}" in moved.stderr
    assert len(scripted_batch_server.batches) == 1


def test_prepare_needs_a_model_behind_an_openai_compatible_api(tmp_path: Path) -> None:
    env = {"SUMMARISE_DATA_DIR": str(tmp_path / "data")}
    done = run_cli(["batch", "prepare", str(SEEDS), "--out", str(tmp_path / "r.jsonl")], env)
    assert done.returncode == 2
    assert "not the baseline backend" in done.stderr
    missing = run_cli(["batch", "prepare", "--out", str(tmp_path / "r.jsonl")], env)
    assert missing.returncode == 2


def test_lines_from_elsewhere_are_named_and_the_rest_collected(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env = _env(scripted_batch_server, tmp_path)
    _prepare(env, tmp_path / "requests.jsonl", str(SEED_FILES[0]))
    results = tmp_path / "results.jsonl"
    run_batch(tmp_path / "requests.jsonl", results, LabelEchoResponder(LABELS))
    stranger = json.loads(results.read_text(encoding="utf-8"))
    stranger["custom_id"] = "summarise-0000"
    with results.open("a", encoding="utf-8") as handle:
        handle.write(json.dumps(stranger) + "\n\n")
    collected = run_cli(["batch", "collect", str(results)], env)
    assert collected.returncode == 1
    assert (
        "failed line: results.jsonl line 2: summarise-0000 is no request prepared with this "
        "data dir" in collected.stderr
    )
    assert "1 article extracted, 34 extracted items" in collected.stderr


def test_no_key_reaches_the_state_the_files_or_the_records(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    env = {**_env(scripted_batch_server, tmp_path), "SUMMARISE_API_KEY": SECRET}
    out = tmp_path / "requests.jsonl"
    _prepare(env, out, str(SEEDS))
    [batch_id] = _submit(env, out)
    assert run_cli(["batch", "collect", batch_id], env).returncode == 0
    sent = {r.headers.get("authorization") for r in scripted_batch_server.requests}
    assert sent == {f"Bearer {SECRET}"}
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert len(written) > 5
    assert [p for p in written if SECRET.encode() in p.read_bytes()] == []


def test_a_collect_killed_part_way_leaves_no_half_entry_and_a_rerun_finishes(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "archive"
    folder.mkdir()
    for n in range(150):
        (folder / f"a{n:03d}.txt").write_text(
            f"Officials in Kyiv said report {n} was received on Monday. "
            f"The ministry confirmed that talks {n} would continue next week.\n",
            encoding="utf-8",
        )
    with ScriptedModelServer() as server:
        env = _env(server, tmp_path)
        _prepare(env, tmp_path / "requests.jsonl", str(folder))
        results = tmp_path / "results.jsonl"
        run_batch(tmp_path / "requests.jsonl", results, SentenceQuoteResponder())

        process = start_cli_process(["batch", "collect", str(results)], env)
        assert process.stderr is not None
        for line in process.stderr:
            if line.startswith("[30/150]"):
                break
        os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert process.returncode == -signal.SIGKILL

        rerun = run_cli(["batch", "collect", str(results)], env)
        assert rerun.returncode == 0, rerun.stderr
        hits = int(rerun.stderr.split(" cache hits")[0].rsplit(" ", 1)[-1])
        assert 30 <= hits < 150
        assert "150 articles extracted, 300 extracted items" in rerun.stderr
        _, said = _extractions(env, folder)
        assert "150 cache hits, 0 requests" in said
        assert server.chat_requests == []

    with diskcache.Cache(str(tmp_path / "cache" / "extractions")) as cache:
        keys = list(cache)
        assert len(keys) == 150
        entries = [CachedExtraction.model_validate_json(cache[key]) for key in keys]
    assert all(len(e.draft.positions) == 2 for e in entries)
    with sqlite3.connect(tmp_path / "data" / "batches" / "state.sqlite") as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM replies").fetchone() == (150,)


def test_an_article_prepared_under_another_prompt_is_not_cached_under_todays_key(
    tmp_path: Path, scripted_batch_server: ScriptedBatchServer
) -> None:
    """A state prepared by another version (its prompt or schema hash in the key differs):
    its replies answer other requests, so the article is named, not cached."""
    env = _env(scripted_batch_server, tmp_path)
    _prepare(env, tmp_path / "requests.jsonl", str(SEED_FILES[3]))
    results = tmp_path / "results.jsonl"
    run_batch(tmp_path / "requests.jsonl", results, LabelEchoResponder(LABELS))
    with sqlite3.connect(tmp_path / "data" / "batches" / "state.sqlite") as db:
        db.execute("UPDATE articles SET key = 'from-another-version'")
        db.execute("UPDATE requests SET key = 'from-another-version'")
    collected = run_cli(["batch", "collect", str(results)], env)
    assert collected.returncode == 1
    assert f"failed  {SEED_FILES[3]}: the prompt or schema changed since" in collected.stderr
    assert "0 articles extracted, 1 failed, 0 extracted items" in collected.stderr
    assert ": 0 cached extractions" in run_cli(["cache", "stats"], env).stdout


class _SpentQuota(http.server.BaseHTTPRequestHandler):
    """A provider whose quota is spent: every request answered 429 with an empty JSON body
    and ``Retry-After: 3600``."""

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("content-length", "0")))
        self.send_response(429)
        self.send_header("Retry-After", "3600")
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    do_GET = do_POST

    def log_message(self, format: str, *args: Any) -> None:
        """Not an access log in the test output."""


def test_a_spent_quota_says_when_to_submit_again_not_the_sdk_s_error_code(
    tmp_path: Path,
) -> None:
    """It said "answered HTTP 429: Error code: 429 - {}", which tells nobody when to retry."""
    with BackgroundServer("127.0.0.1", 0, _SpentQuota, "spent-quota") as server:
        env = {
            "SUMMARISE_BASE_URL": f"{server.origin}/v1",
            "SUMMARISE_MODEL": "test-model",
            "SUMMARISE_DATA_DIR": str(tmp_path / "data"),
            "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
            "SUMMARISE_RETRIES": "0",
        }
        out = tmp_path / "requests.jsonl"
        _prepare(env, out, str(SEED_FILES[0]))
        done = run_cli(["batch", "submit", str(out)], env)

    assert done.returncode == 1
    assert done.stderr.startswith(
        f"error: Could not submit requests.jsonl: the batch API at {server.origin}/v1 limits "
        "the request rate (HTTP 429: Too Many Requests) and asks for no request before "
    )
    assert done.stderr.endswith(", in 60 minutes: try again then.\n")
    assert "Error code" not in done.stderr
