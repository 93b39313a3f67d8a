"""Extraction strategies through the real OpenAI-compatible path: a scripted server on
127.0.0.1 standing in for a model (it echoes the hand labels in whatever shape a request
asks for), and the same requests checked for the grammar the local backend builds."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from helpers import LABELS, SEEDS, settings_for

from summarise.evaluation import run_eval
from summarise.extraction.backends.baseline import BaselineBackend
from summarise.extraction.backends.local import grammar_for
from summarise.extraction.backends.openai import make_openai_backend
from summarise.extraction.prompting.candidates import (
    apply_verdicts,
    candidates_in,
    describe,
    unasked,
)
from summarise.extraction.prompting.numbering import cited_quotes, number_sentences, render_numbered
from summarise.extraction.prompting.replies import (
    CitedDraft,
    CitedPositions,
    Verdicts,
    actor_named,
    cited_draft,
)
from summarise.extraction.prompting.strategy import Strategy, resolve_strategy
from summarise.loading.loader import load_articles
from summarise.schema import ExtractionDraft
from summarise.settings import Settings
from summarise.testing.fake_server import LabelEchoResponder, ScriptedModelServer

STRATEGIES = {
    "quote, full prompt": Strategy(),
    "quote, compact": Strategy(prompt_style="compact"),
    "sentence": Strategy(evidence="sentence"),
    "sentence, compact, example": Strategy(
        evidence="sentence", prompt_style="compact", worked_example=True
    ),
    "per category": Strategy(passes="per_category"),
    "sentence, per category": Strategy(evidence="sentence", passes="per_category"),
    "hybrid": Strategy(candidates="baseline"),
    "hybrid, example": Strategy(candidates="baseline", worked_example=True),
    "every sentence labelled": Strategy(candidates="sentences", prompt_style="compact"),
    "every sentence labelled, example": Strategy(candidates="sentences", worked_example=True),
}
TEXT = "Russia moved troops. NATO warned Moscow.\nThe talks will resume on Monday."


def _evaluate(server: ScriptedModelServer, strategy: Strategy) -> Any:
    async def run() -> Any:
        backend = make_openai_backend(settings_for(server, mode="json_schema"), strategy=strategy)
        try:
            return await run_eval(LABELS, SEEDS, backend, _extractor(backend))
        finally:
            await backend.aclose()

    return asyncio.run(run())


def _extractor(backend: Any) -> Any:
    from summarise.extraction.pipeline import extract_articles

    async def extract(articles: Any) -> Any:
        return await extract_articles(articles, backend, concurrency=4)

    return extract


def test_sentence_numbers_become_the_article_s_own_sentences() -> None:
    sentences = number_sentences(TEXT)

    assert render_numbered(sentences).splitlines() == [
        "[1] Russia moved troops.",
        "[2] NATO warned Moscow.",
        "[3] The talks will resume on Monday.",
    ]
    quotes = cited_quotes([2, 0, 4, 2, -1, 3], sentences)
    assert [q.quote for q in quotes] == ["NATO warned Moscow.", "The talks will resume on Monday."]
    assert all(q.quote in TEXT for q in quotes)


def test_items_citing_only_absent_sentences_are_dropped() -> None:
    reply = CitedDraft.model_validate(
        {
            "positions": [
                {"sentences": [9], "holder": "NATO", "stance": "warn", "topic": "x"},
                {"sentences": [2, 7], "holder": "NATO", "stance": "warn", "topic": "Moscow"},
            ],
            "diplomatic_contacts": [
                {
                    "sentences": [3],
                    "participants": ["Russia", " Russia"],
                    "mode": "talks",
                    "status": "planned",
                },
            ],
        }
    )

    draft = cited_draft(reply, number_sentences(TEXT))

    assert [p.evidence[0].quote for p in draft.positions] == ["NATO warned Moscow."]
    assert (draft.positions[0].holder.name, draft.positions[0].holder.kind) == (
        "NATO",
        "organisation",
    )
    assert draft.diplomatic_contacts == []


@pytest.mark.parametrize("name", list(STRATEGIES))
def test_every_strategy_answers_the_seeds_through_a_real_server(
    label_echo_model_server: ScriptedModelServer, name: str
) -> None:
    strategy = STRATEGIES[name]
    run = _evaluate(label_echo_model_server, strategy)
    requests = label_echo_model_server.chat_requests

    per_article = 3 if strategy.passes == "per_category" and strategy.candidates == "model" else 1
    assert len(requests) == 4 * per_article
    assert run.scores.schema_valid_share == 1.0
    if strategy.candidates == "baseline":
        # The echo keeps every candidate: the hybrid then scores as the offline extractor.
        assert run.scores.micro.f1 > 0.8
    elif strategy.candidates == "sentences":
        # One item per sentence: gold items sharing a sentence are found once.
        assert run.scores.micro.f1 > 0.7
    elif strategy.evidence == "sentence":
        # Whole sentences for clause quotes: a few gold items share one sentence.
        assert run.scores.micro.f1 > 0.9
    else:
        assert run.scores.micro.f1 == 1.0
    for body in requests:
        assert grammar_for(body["response_format"]) is not None


@pytest.mark.parametrize("name", list(STRATEGIES))
def test_an_empty_reply_is_valid_and_every_request_is_still_sent(name: str) -> None:
    strategy = STRATEGIES[name]
    with ScriptedModelServer(lambda _body: {}) as server:
        run = _evaluate(server, strategy)
        sent = len(server.chat_requests)

    assert run.scores.schema_valid_share == 1.0
    per_article = 3 if strategy.passes == "per_category" and strategy.candidates == "model" else 1
    assert sent == 4 * per_article
    if strategy.candidates == "baseline":
        assert run.scores.micro.tp > 0  # unjudged candidates stand
    else:
        assert run.scores.micro.tp == 0


@pytest.mark.parametrize("name", list(STRATEGIES))
def test_the_local_grammar_constrains_every_strategy_s_reply(name: str) -> None:
    """The grammar llama.cpp decodes under is built from each request's own reply schema."""
    seen: list[dict[str, Any]] = []
    with ScriptedModelServer(LabelEchoResponder(LABELS)) as server:
        _evaluate(server, STRATEGIES[name])
        seen = [body["response_format"] for body in server.chat_requests]

    for response_format in seen:
        grammar = grammar_for(response_format)
        assert grammar is not None
        properties = response_format["json_schema"]["schema"]["properties"]
        root = next(line for line in grammar._grammar.splitlines() if line.startswith("root ::="))
        assert all(f"{name.replace('_', '-')}-kv" in root for name in properties), root


def test_compact_prompt_keeps_the_api_request_under_1200_static_tokens() -> None:
    """chars/4 overstates o200k tokens for this text (benchmarks/prompt_economy.py)."""
    article = load_articles([SEEDS]).articles[0]

    async def extract(server: ScriptedModelServer) -> Any:
        backend = make_openai_backend(settings_for(server))
        try:
            await backend.extract(article)
        finally:
            await backend.aclose()
        return backend

    with ScriptedModelServer(lambda _body: {}) as server:
        backend = asyncio.run(extract(server))
        body = server.chat_requests[0]

    assert backend.strategy.prompt_style == "compact"
    static = (
        sum(len(m["content"]) for m in body["messages"])
        - len(article.text)
        + len(json.dumps(body["response_format"]))
    )
    assert static / 4 <= 1200


def test_defaults_differ_per_backend_and_settings_override_them() -> None:
    assert resolve_strategy(Settings(), "openai") == Strategy(prompt_style="compact")
    assert resolve_strategy(Settings(), "local").candidates == "baseline"
    chosen = resolve_strategy(Settings(candidates="model", passes="per_category"), "local")
    assert (chosen.candidates, chosen.passes) == ("model", "per_category")


def test_strategy_is_part_of_the_identity(scripted_model_server: ScriptedModelServer) -> None:
    identities = []
    for strategy in (Strategy(), Strategy(evidence="sentence"), Strategy(worked_example=True)):
        backend = make_openai_backend(settings_for(scripted_model_server), strategy=strategy)
        identities.append(backend.identity())
        asyncio.run(backend.aclose())

    assert len({json.dumps(i, sort_keys=True) for i in identities}) == 3
    assert identities[1]["evidence"] == "sentence"
    assert identities[1]["prompt"] == "sentences"


def test_the_hybrid_is_keyed_by_the_rules_that_proposed_its_candidates(
    scripted_model_server: ScriptedModelServer,
) -> None:
    """A verdict cached on one version of the rules' items is no answer for another's."""
    hybrid = make_openai_backend(
        settings_for(scripted_model_server), strategy=Strategy(candidates="baseline")
    )
    alone = make_openai_backend(settings_for(scripted_model_server), strategy=Strategy())
    try:
        assert hybrid.identity()["candidates_from"] == BaselineBackend().identity()["version"]
        assert "candidates_from" not in alone.identity()
    finally:
        asyncio.run(hybrid.aclose())
        asyncio.run(alone.aclose())


def test_the_sentence_reply_schema_cites_numbers_not_quotes() -> None:
    schema = CitedPositions.model_json_schema()
    item = schema["$defs"]["CitedPosition"]["properties"]
    assert item["sentences"]["items"] == {"type": "integer"}
    assert "evidence" not in item
    assert ExtractionDraft.model_validate(CitedDraft().model_dump()) == ExtractionDraft()


def test_names_become_actors_of_the_kind_the_vocabulary_knows() -> None:
    kinds = {
        name: actor_named(name).kind
        for name in ("Vladimir Putin", "Russia", "the Kremlin", "NATO", "European leaders")
    }

    assert kinds == {
        "Vladimir Putin": "person",
        "Russia": "state",
        "the Kremlin": "government",
        "NATO": "organisation",
        "European leaders": "other",
    }


def test_verdicts_drop_rejected_positions_and_leave_the_rest_as_proposed() -> None:
    text = "Mr Putin said NATO must stop. The talks were held. Russia massed troops. Hello."
    sentences = number_sentences(text)
    position = {"holder": {"name": "Vladimir Putin", "kind": "person"}, "stance": "demand"}
    proposals = ExtractionDraft.model_validate(
        {
            "positions": [
                {**position, "topic": "NATO", "evidence": [{"quote": "NATO must stop."}]},
                {**position, "topic": "greeting", "evidence": [{"quote": "Hello."}]},
            ],
            "diplomatic_contacts": [
                {
                    "participants": [
                        {"name": "Russia", "kind": "state"},
                        {"name": "Ukraine", "kind": "state"},
                    ],
                    "mode": "talks",
                    "status": "held",
                    "evidence": [{"quote": "The talks were held."}],
                }
            ],
        }
    )
    candidates = candidates_in(proposals, text, sentences)
    reply = Verdicts.model_validate(
        {
            "verdicts": [
                {"candidate": 2, "keep": False},
                {"candidate": 1, "keep": True},
                {"candidate": 2, "keep": True},  # a second verdict on one candidate is ignored
            ]
        }
    )

    draft = apply_verdicts(candidates, reply)

    assert [describe(c) for c in candidates] == [
        '1. position of Vladimir Putin: "Mr Putin said NATO must stop."',
        '2. position of Vladimir Putin: "Hello."',
    ]
    assert [p.topic for p in draft.positions] == ["NATO"]
    assert draft.diplomatic_contacts == []  # never a candidate: passed on by the backend
    assert unasked(proposals).diplomatic_contacts == proposals.diplomatic_contacts
    assert unasked(proposals).positions == []


def _reject_every_candidate(body: dict[str, Any]) -> dict[str, Any]:
    """A stand-in model that rejects every candidate its request lists."""
    schema = body["response_format"]["json_schema"]["schema"]
    count = len(schema["properties"]["verdicts"]["prefixItems"])
    return {"verdicts": [{"candidate": n, "keep": False} for n in range(1, count + 1)]}


def test_the_hybrid_asks_only_about_positions_and_shows_no_article() -> None:
    """Movements and contacts stand as the rules made them, whatever the model says; the
    request holds the candidates' sentences, not the article."""
    strategy = Strategy(candidates="baseline", prompt_style="compact")
    with ScriptedModelServer(_reject_every_candidate) as server:
        run = _evaluate(server, strategy)
        requests = server.chat_requests
    alone = asyncio.run(run_eval(LABELS, SEEDS, BaselineBackend(), _extractor(BaselineBackend())))

    assert run.scores.categories["positions"].detection.tp == 0
    for category in ("military_movements", "diplomatic_contacts"):
        assert run.scores.categories[category] == alone.scores.categories[category]
        assert alone.scores.categories[category].detection.tp > 0
    for body in requests:
        lines = body["messages"][-1]["content"].strip().splitlines()
        assert lines[0] == "Candidates:"
        assert all(line.split(". ", 1)[1].startswith("position of ") for line in lines[1:])
