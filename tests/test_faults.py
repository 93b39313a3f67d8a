"""Extraction under load and injected faults, against ``unreliable_model_server``.

The stand-in model server fails a seeded share of requests the ways real servers do
(429 with Retry-After, 500, 503, dropped connections, stalls past the client timeout,
invalid JSON, schema-breaking JSON, replies cut at max_tokens). Whatever happens, every
article must end extracted or failed with a reason, a rerun must pay only for the failed
ones, and a run killed outright must leave the cache useful and no half-written output.
"""

import json
import random
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from helpers import SEED_FILES, run_cli, settings_for, start_cli_process

from summarise.article import Article
from summarise.briefing.build import not_read
from summarise.extraction.backends.openai import RetryPolicy, make_openai_backend
from summarise.extraction.results import RunResult
from summarise.schema import CATEGORIES
from summarise.session import Session
from summarise.settings import Settings
from summarise.testing.fake_server import (
    FAULT_KINDS,
    Delay,
    FaultKind,
    FaultPolicy,
    HttpError,
    ScriptedModelServer,
    SentenceQuoteResponder,
    Step,
    request_digest,
)

ARTICLES = 200
FAULTS = FaultPolicy(rate=0.3, latency=0.005, seed=7, retry_after=0.01, hang=1.5)
FAST = RetryPolicy(initial_wait=0.01, max_wait=0.05, jitter=0.01)
# Every way an article may fail once its retries and re-asks are spent, as the user reads it.
FAILURE_REASONS = re.compile(
    r"kept failing \(HTTP (429|500|503), tried \d+ times\)"
    r"|did not answer within 1s \(tried \d+ times\)"
    r"|connection to the model server at .* broke"
    r"|model output invalid after \d+ attempts"
    r"|reply was cut at max_tokens"
)

ACTORS = [
    "NATO",
    "The Kremlin",
    "Ukraine's foreign minister",
    "The Prime Minister",
    "The European Union",
    "Poland's defence ministry",
    "The State Department",
    "Germany's chancellor",
    "The UN Secretary-General",
    "Turkey's president",
]
VERBS = ["warned", "said", "denied", "confirmed", "insisted", "announced"]
TIMES = ["on Monday", "on Tuesday", "on Wednesday", "this afternoon", "late on Friday"]
CLAIMS = [
    "troops were massing near the border",
    "talks would resume in Geneva next week",
    "sanctions would follow any incursion",
    "3,000 soldiers had been sent to the Baltic states",
    "two bombers had been intercepted over the North Sea",
    "the embassy would stay open",
    "a ceasefire was within reach",
    "the exercises would end within days",
]


def synthetic_articles(count: int, seed: int = 1) -> list[Article]:
    """Distinct crisis-news articles recombined from seeded phrases, four to seven
    sentences each; the serial sentence keeps any two of them from being equal."""
    draw = random.Random(seed)
    articles = []
    for n in range(count):
        sentences = [
            f"{draw.choice(ACTORS)} {draw.choice(VERBS)} {draw.choice(TIMES)} that "
            f"{draw.choice(CLAIMS)}."
            for _ in range(draw.randint(4, 7))
        ]
        sentences.append(f"Officials counted {1000 + n} people at the rally in the capital.")
        text = " ".join(sentences)
        articles.append(Article(id=f"art{n:03d}", text=text, path=f"art{n:03d}.txt"))
    return articles


def article_of(body: dict[str, Any], articles: list[Article]) -> str:
    """The id of the article a chat request was sent for."""
    user = " ".join(str(m.get("content")) for m in body["messages"] if m.get("role") == "user")
    (found,) = [a.id for a in articles if a.text in user]
    return found


def faults_met(server: ScriptedModelServer, policy: FaultPolicy) -> Counter[FaultKind]:
    """The faults the policy dealt, replayed from the requests the server received."""
    seen: Counter[str] = Counter()
    met: Counter[FaultKind] = Counter()
    for body in server.chat_requests:
        digest = request_digest(body)
        kind = policy.fault(digest, seen[digest])
        seen[digest] += 1
        if kind is not None:
            met[kind] += 1
    return met


def faulty_run_settings(server: ScriptedModelServer, cache_dir: Path) -> Settings:
    return settings_for(
        server, model="scripted-model", reasks=1, timeout=1.0, concurrency=16, cache_dir=cache_dir
    )


def extract(articles: list[Article], settings: Settings) -> RunResult:
    with Session(settings, backend=make_openai_backend(settings, policy=FAST)) as session:
        return session.extract(articles)


@pytest.fixture
def unreliable_model_server() -> Iterator[ScriptedModelServer]:
    """A stand-in model quoting each article's sentences, failing 30% of requests."""
    with ScriptedModelServer(SentenceQuoteResponder(), faults=FAULTS) as server:
        yield server


def test_fault_policy_is_deterministic_and_deals_every_kind_at_its_rate() -> None:
    draws = [FAULTS.fault(f"request-{n}", 0) for n in range(4000)]
    again = [FAULTS.fault(f"request-{n}", 0) for n in range(4000)]
    resent = [FAULTS.fault(f"request-{n}", 1) for n in range(4000)]
    kinds = Counter(kind for kind in draws if kind is not None)

    assert draws == again
    assert draws != resent
    assert set(kinds) == set(FAULT_KINDS)
    assert sum(kinds.values()) / len(draws) == pytest.approx(0.3, abs=0.03)
    assert FaultPolicy(rate=0.0).fault("request-0", 0) is None


def test_fault_server_runs_from_the_command_line_with_a_seeded_policy() -> None:
    command = [sys.executable, "-m", "summarise.testing.fake_server", "--port", "0", "--quotes"]
    faulty = [*command, "--fault-rate", "0.3", "--latency", "0.01", "--seed", "1"]
    with subprocess.Popen(faulty, stdout=subprocess.PIPE, text=True) as server:
        try:
            assert server.stdout is not None
            banner = server.stdout.readline() + server.stdout.readline()
        finally:
            server.kill()
    refused = subprocess.run(
        [*command, "--fault-rate", "1.5"], capture_output=True, text=True, check=False
    )

    assert "30% of chat requests fail (seed 1); 0.01s latency" in banner
    assert re.search(r"at http://127\.0\.0\.1:\d+/v1", banner)
    assert refused.returncode == 2
    assert "fault rate must be between 0 and 1" in refused.stderr


def test_200_articles_at_30_percent_faults_all_end_somewhere_and_a_rerun_pays_for_the_failed(
    unreliable_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    articles = synthetic_articles(ARTICLES)
    settings = faulty_run_settings(unreliable_model_server, tmp_path / "cache")

    run = extract(articles, settings)

    extracted = [r.article.id for r in run.results]
    failed = [f.article_id for f in run.failures if f.article_id is not None]
    assert len(failed) == len(run.failures)
    assert sorted(extracted + failed) == [a.id for a in articles]
    assert run.stopped is None
    assert (run.stats.extracted, run.stats.failed) == (len(extracted), len(failed))
    for failure in run.failures:
        assert failure.name.endswith(".txt")
        assert FAILURE_REASONS.search(failure.reason), failure.reason
    assert 0 < len(failed) < ARTICLES // 4
    for result in run.results:
        evidence = [e for c in CATEGORIES for i in result.extraction.items(c) for e in i.evidence]
        assert evidence
        assert {e.match for e in evidence} == {"exact"}
    assert set(faults_met(unreliable_model_server, FAULTS)) == set(FAULT_KINDS)

    unreliable_model_server.faults = None
    before = len(unreliable_model_server.chat_requests)
    rerun = extract(articles, settings)

    sent_again = {
        article_of(body, articles) for body in unreliable_model_server.chat_requests[before:]
    }
    assert sent_again == set(failed)
    assert rerun.failures == []
    assert rerun.stats.cache_hits == len(extracted)
    assert {r.article.id for r in rerun.results if not r.cached} == set(failed)


def test_connections_dropped_mid_request_cost_their_article_not_the_run(tmp_path: Path) -> None:
    articles = synthetic_articles(40, seed=6)
    policy = FaultPolicy(rate=0.5, seed=8, kinds=("drop",))
    with ScriptedModelServer(SentenceQuoteResponder(), faults=policy) as server:
        settings = faulty_run_settings(server, tmp_path / "cache").model_copy(update={"retries": 1})
        run = extract(articles, settings)

    assert run.stopped is None
    assert run.failures
    assert len(run.results) + len(run.failures) == len(articles)
    for failure in run.failures:
        assert "connection to the model server" in failure.reason
        assert "broke before it answered" in failure.reason
        assert "tried 2 times" in failure.reason


def test_a_broken_connection_s_reason_reaches_the_briefing_whole(tmp_path: Path) -> None:
    """The briefing keeps a reason up to its "; " (what went wrong, not the advice): a "; "
    inside the parenthesis cut it to "broke before it answered (… reset by peer"."""
    articles = synthetic_articles(4, seed=6)
    policy = FaultPolicy(rate=1.0, seed=8, kinds=("drop",))
    with ScriptedModelServer(SentenceQuoteResponder(), faults=policy) as server:
        settings = faulty_run_settings(server, tmp_path / "cache").model_copy(update={"retries": 0})
        run = extract(articles, settings)

    shown = not_read(run.failures)
    assert len(shown) == len(articles)
    for failure in shown:
        assert "broke before it answered (" in failure.reason
        assert failure.reason.endswith(", tried once)")


@pytest.mark.parametrize(
    ("step", "said"),
    [
        (Delay(1.0), "did not answer within 0.3s (tried once)"),
        (HttpError(500, "Internal error"), "kept failing (HTTP 500, tried once): Internal error"),
        (HttpError(429, "Too Many Requests"), "kept failing (HTTP 429, tried once): Too Many"),
    ],
)
def test_a_failure_s_reason_reaches_the_briefing_without_its_advice(
    tmp_path: Path, step: Step, said: str
) -> None:
    """The briefing keeps a reason up to its "; ": what went wrong, for its reader, and
    not what the person who ran the command can do ("raise --timeout", "lower
    --concurrency"), which stays on stderr."""
    articles = synthetic_articles(2, seed=6)
    with ScriptedModelServer(SentenceQuoteResponder()) as server:
        server.script(step, step)
        settings = faulty_run_settings(server, tmp_path / "cache").model_copy(
            update={"retries": 0, "timeout": 0.3}
        )
        run = extract(articles, settings)

    assert all("; " in f.reason for f in run.failures)  # the advice, on stderr
    shown = not_read(run.failures)
    assert len(shown) == len(articles)
    for failure in shown:
        assert said in failure.reason
        assert "--" not in failure.reason
        assert "try again" not in failure.reason.casefold()


def write_articles(folder: Path, articles: list[Article]) -> None:
    folder.mkdir()
    for article in articles:
        (folder / f"{article.id}.txt").write_text(article.text + "\n", encoding="utf-8")


def summary(stderr: str) -> tuple[int, int]:
    """Cache hits and requests from the run's summary line."""
    found = re.search(r"(\d+) cache hits, (\d+) requests", stderr)
    assert found, stderr
    return int(found.group(1)), int(found.group(2))


def test_cli_under_faults_names_every_failure_and_briefs_the_rest(tmp_path: Path) -> None:
    articles = synthetic_articles(30, seed=2)
    write_articles(tmp_path / "articles", articles)
    out = tmp_path / "out" / "briefing.json"
    # Every fault but a stall (which would cost a client timeout); --retry-wait keeps the
    # backoff after a 5xx or a dropped connection short.
    policy = FaultPolicy(
        rate=0.5,
        latency=0.005,
        seed=3,
        kinds=tuple(kind for kind in FAULT_KINDS if kind != "timeout"),
        retry_after=0.01,
    )
    with ScriptedModelServer(SentenceQuoteResponder(), faults=policy) as server:
        env = {
            "SUMMARISE_BASE_URL": server.base_url,
            "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
            "SUMMARISE_RETRIES": "1",
            "SUMMARISE_REASKS": "1",
            "SUMMARISE_CONCURRENCY": "8",
            "SUMMARISE_RETRY_WAIT": "0.01",
        }
        result = run_cli(
            ["brief", str(tmp_path / "articles"), "--format", "json", "--out", str(out)], env
        )
        met = faults_met(server, policy)

    failures = re.findall(r"^\[\d+/\d+\] failed  (\S+): (.+)$", result.stderr, re.MULTILINE)
    assert failures, result.stderr
    assert result.returncode == 1
    extracted = 30 - len(failures)
    article = "article" if extracted == 1 else "articles"
    assert f"{extracted} {article} extracted, {len(failures)} failed" in result.stderr
    for name, reason in failures:
        assert name.endswith(".txt")
        assert FAILURE_REASONS.search(reason), reason
    assert "Traceback" not in result.stderr
    briefing = json.loads(out.read_text(encoding="utf-8"))
    assert briefing["counts"]["articles"] == 30 - len(failures)
    assert sum(met.values()) > 0


@pytest.mark.parametrize("command", ["brief", "extract"])
def test_sigterm_ends_a_command_as_ctrl_c_does(tmp_path: Path, command: str) -> None:
    """docker stop and systemd send SIGTERM: the command says "Interrupted." and exits 130,
    as on Ctrl-C, rather than dying without a word; what it extracted is in the cache."""
    write_articles(tmp_path / "articles", synthetic_articles(12, seed=6))
    out = tmp_path / "out" / "briefing.md"
    with ScriptedModelServer(SentenceQuoteResponder(), faults=FaultPolicy(latency=0.2)) as server:
        env = {
            "SUMMARISE_BASE_URL": server.base_url,
            "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
            "SUMMARISE_CONCURRENCY": "1",
        }
        args = [command, str(tmp_path / "articles"), "--out", str(out)]
        process = start_cli_process(args + (["--no-overview"] if command == "brief" else []), env)
        deadline = time.monotonic() + 60
        while len(server.chat_requests) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=30)
        left = list(out.parent.iterdir()) if out.parent.exists() else []
        rerun = run_cli([*args, "--no-overview"] if command == "brief" else args, env)

    assert process.returncode == 130, err
    assert err.splitlines()[-1] == "Interrupted."
    assert "Traceback" not in err
    assert left == []  # no output, not even a temporary file
    assert rerun.returncode == 0, rerun.stderr
    assert summary(rerun.stderr)[0] >= 2


def test_sigterm_ends_an_offline_background_job_without_a_traceback(tmp_path: Path) -> None:
    """The offline rules extract inside asyncio tasks without awaiting, so SIGTERM lands in
    a task's step; with SIGINT ignored (a shell script's ``summarise brief … &``) asyncio
    has not taken Ctrl-C over, and the interrupt raised in that step printed "Task
    exception was never retrieved" and a traceback under "Interrupted."."""
    write_articles(tmp_path / "articles", synthetic_articles(400, seed=7))
    out = tmp_path / "out" / "briefing.md"
    env = {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache"), "SUMMARISE_BACKEND": "baseline"}
    process = start_cli_process(
        ["brief", str(tmp_path / "articles"), "--out", str(out)], env, sigint_ignored=True
    )
    assert process.stderr is not None
    started = [process.stderr.readline() for _ in range(3)]  # the notice, then articles
    process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)

    assert process.returncode == 130, "".join(started) + err
    assert err.splitlines()[-1] == "Interrupted."
    assert "Traceback" not in err
    assert "never retrieved" not in err
    assert not out.exists()


@pytest.mark.parametrize("command", ["brief", "extract"])
def test_a_sigterm_once_the_output_is_written_leaves_the_command_s_own_exit_code(
    tmp_path: Path, command: str
) -> None:
    """systemd's stop arriving as a command ends, its output whole on disk: the process was
    killed by the signal (exit 143, or "Interrupted." and 130) as if nothing had been
    written. Signalled the moment the output file appears, on three runs each."""
    env = {"SUMMARISE_CACHE_DIR": str(tmp_path / "cache"), "SUMMARISE_BACKEND": "baseline"}
    codes = []
    for attempt in range(3):
        out = tmp_path / f"{command}-{attempt}.out"
        process = start_cli_process([command, str(SEED_FILES[0]), "--out", str(out)], env)
        deadline = time.monotonic() + 60
        while process.poll() is None and time.monotonic() < deadline:
            if out.exists():
                process.send_signal(signal.SIGTERM)
                break
            time.sleep(0.0005)
        _, err = process.communicate(timeout=30)
        codes.append((process.returncode, "Interrupted." in err, out.exists()))

    assert codes == [(0, False, True)] * 3


def test_killed_run_leaves_no_half_file_and_its_rerun_reuses_the_cache(tmp_path: Path) -> None:
    articles = synthetic_articles(30, seed=4)
    write_articles(tmp_path / "articles", articles)
    out_dir = tmp_path / "out"
    out = out_dir / "briefing.json"
    policy = FaultPolicy(rate=0.2, latency=0.05, seed=5, kinds=("rate_limit",), retry_after=0.01)
    with ScriptedModelServer(SentenceQuoteResponder(), faults=policy) as server:
        env = {
            "SUMMARISE_BASE_URL": server.base_url,
            "SUMMARISE_CACHE_DIR": str(tmp_path / "cache"),
            "SUMMARISE_CONCURRENCY": "2",
        }
        brief = ["brief", str(tmp_path / "articles"), "--format", "json", "--out", str(out)]
        brief.append("--no-overview")  # what is counted here is the extractions
        first = start_cli_process(brief, env)
        deadline = time.monotonic() + 60
        # A slot is freed only once its article is cached, so once requests for 12
        # articles have arrived at a concurrency of 2, at least ten extractions are on disk
        # (a retry resends the same body, so it does not count as another article).
        while (
            len({request_digest(body) for body in server.chat_requests}) < 12
            and time.monotonic() < deadline
        ):
            time.sleep(0.02)
        first.send_signal(signal.SIGKILL)
        first.wait(timeout=10)
        killed_after = len(server.chat_requests)

        assert first.returncode == -signal.SIGKILL
        assert killed_after < len(articles)
        assert not out_dir.exists() or list(out_dir.iterdir()) == []

        rerun = run_cli(brief, env)
        rerun_requests = len(server.chat_requests) - killed_after

    assert rerun.returncode == 0, rerun.stderr
    hits, requests = summary(rerun.stderr)
    assert hits >= 10
    assert requests == rerun_requests
    assert requests < len(articles)
    assert [p.name for p in out_dir.iterdir()] == ["briefing.json"]
    briefing = json.loads(out.read_text(encoding="utf-8"))
    assert briefing["counts"]["articles"] == len(articles)
