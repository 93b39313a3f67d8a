"""Prompt economy: what each article costs in prompt tokens; it prints figures, it is no test.

Every request repeats a static part (the system message, the JSON schema of the answer
sent as ``response_format`` or as a tool, and the user template around the article); the
article is the only part that carries information. The requests are the ones the openai
backend really sends, captured by the stand-in model server, for the seed articles and
the shared corpus, in the two default modes: ``tools`` (OpenAI itself) and
``json_schema`` (vLLM, Ollama, llama.cpp).

Tokens are counted two ways: the chars/4 rule the stand-in server reports as usage, and
OpenAI's o200k_base encoding (gpt-4o, gpt-4o-mini) through the ``bpe-openai`` package,
which ships its tables and so works offline; without that package only chars/4 is shown.
Per-message framing (about 3 tokens a message) is left out of both.

    python benchmarks/prompt_economy.py
"""

from __future__ import annotations

import asyncio
import json
import math
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

from summarise.article import Article
from summarise.extraction.backends.openai import make_openai_backend
from summarise.loading.loader import load_articles
from summarise.settings import ModeName, Settings
from summarise.testing.fake_server import ScriptedModelServer

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [ROOT / "seeds", ROOT.parent / "shared" / "corpus"]
Counter = Callable[[str], int]


def _counters() -> dict[str, Counter]:
    counters: dict[str, Counter] = {"chars/4": lambda text: math.ceil(len(text) / 4)}
    try:
        import bpe_openai  # type: ignore[import-untyped]
    except ImportError:
        return counters
    encoding = bpe_openai.get_encoding("o200k_base")
    counters["o200k"] = lambda text: len(encoding.encode(text))
    return counters


def _read_by_model(body: dict[str, Any]) -> tuple[str, str]:
    """The model-facing text of a request: its messages, and the schema it must follow."""
    messages = "\n".join(str(m.get("content") or "") for m in body["messages"])
    schema = body.get("tools") or body.get("response_format") or ""
    return messages, json.dumps(schema, ensure_ascii=False) if schema else ""


async def _capture(articles: list[Article], mode: ModeName) -> list[list[dict[str, Any]]]:
    """The request bodies sent for each article, one list per article (chunks included)."""
    per_article = []
    with ScriptedModelServer() as server:
        backend = make_openai_backend(Settings(base_url=server.base_url, mode=mode))
        try:
            for article in articles:
                before = len(server.chat_requests)
                await backend.extract(article)
                per_article.append(server.chat_requests[before:])
        finally:
            await backend.aclose()
    return per_article


def main() -> None:
    articles = load_articles([s for s in SOURCES if s.is_dir()]).articles
    counters = _counters()
    sizes = [len(a.text) for a in articles]
    print(
        f"articles: {len(articles)} (seeds and shared corpus), {min(sizes):,} to "
        f"{max(sizes):,} characters, median {statistics.median(sizes):,.0f}"
    )
    for mode in ("tools", "json_schema"):
        captured = asyncio.run(_capture(articles, mode))
        print(f"\nmode {mode}:")
        for name, count in counters.items():
            static: list[int] = []
            ratios: list[float] = []
            for article, bodies in zip(articles, captured, strict=True):
                article_tokens = count(article.text)
                requests = [sum(map(count, _read_by_model(body))) for body in bodies]
                if len(requests) == 1:
                    static.append(requests[0] - article_tokens)
                ratios.append(sum(requests) / article_tokens)
            schema = _read_by_model(captured[0][0])[1]
            print(
                f"  {name:>7}: static {statistics.median(static):,.0f} tokens a request "
                f"(schema {count(schema):,}); prompt tokens per article token: median "
                f"{statistics.median(ratios):.2f}, from {min(ratios):.2f} to {max(ratios):.2f}"
            )


if __name__ == "__main__":
    main()
