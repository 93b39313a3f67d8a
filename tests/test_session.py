"""The session owns its backend and cache: any number of calls, one close.

The model here is ``label_echo_model_server``: a real OpenAI-compatible HTTP server on
127.0.0.1 standing in for a model, answering each seed with its hand label.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import LABELS, SEEDS, settings_for

import summarise
from summarise.loading import load_articles
from summarise.session import Session
from summarise.testing.fake_server import ScriptedModelServer


def test_one_session_extracts_twice_and_again_after_the_cache_is_cleared(
    label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    settings = settings_for(label_echo_model_server, cache_dir=tmp_path)
    loaded = load_articles([SEEDS])

    with Session(settings) as session:
        first = session.extract(loaded)
        sent_first = len(label_echo_model_server.chat_requests)
        second = session.extract(loaded)
        sent_second = len(label_echo_model_server.chat_requests) - sent_first
        removed = session.clear_cache()
        third = session.extract(loaded)
        sent_third = len(label_echo_model_server.chat_requests) - sent_first - sent_second

    assert first.failures == []
    assert first.stats.requests == sent_first == 4
    assert second.failures == []
    assert (second.stats.cache_hits, second.stats.requests, sent_second) == (4, 0, 0)
    assert removed == 4
    assert third.failures == []
    assert (third.stats.cache_hits, third.stats.requests, sent_third) == (0, 4, 4)
    assert [r.extraction for r in third.results] == [r.extraction for r in first.results]


async def test_an_async_session_serves_repeat_calls_from_its_cache(
    label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    settings = settings_for(label_echo_model_server, cache_dir=tmp_path)
    articles = load_articles([SEEDS]).articles

    async with Session(settings) as session:
        first = await session.aextract(articles)
        second = await session.aextract(articles)

    assert (first.stats.requests, second.stats.cache_hits, second.stats.requests) == (4, 4, 0)


def test_load_failures_open_the_failures_of_the_result(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    (tmp_path / "note.txt").write_text("Russia massed troops near the border.", encoding="utf-8")
    loaded = load_articles([tmp_path])

    with Session(summarise.Settings(backend="baseline"), use_cache=False) as session:
        run = session.extract(loaded)

    assert [f.name for f in run.failures] == [str(tmp_path / "empty.txt")]
    assert (run.stats.articles, run.stats.extracted, run.stats.failed) == (2, 1, 1)
    assert loaded.failures == run.failures  # the load result itself is not changed


def test_a_closed_session_says_so() -> None:
    session = Session(summarise.Settings(backend="baseline"), use_cache=False)
    session.close()
    session.close()

    with pytest.raises(RuntimeError, match="session is closed"):
        session.extract([])


def test_evaluate_scores_the_seeds_through_the_session(
    label_echo_model_server: ScriptedModelServer, tmp_path: Path
) -> None:
    settings = settings_for(label_echo_model_server, cache_dir=tmp_path)

    with Session(settings) as session:
        run = session.evaluate(LABELS, SEEDS)
        again = session.evaluate(LABELS, SEEDS)

    assert run.scores.micro.f1 == 1.0
    assert again.scores.micro.f1 == 1.0
    assert all(article.cached for article in again.articles)
