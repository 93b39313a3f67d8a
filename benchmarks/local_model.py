"""The local backend on a real model, per article: seconds, prompt tokens sent and prompt
tokens llama.cpp actually evaluated (the rest came from reused KV state), output tokens.

It prints figures, it is no test. Articles run one after another in one process, as
``summarise eval --concurrency 1`` runs them; the first article pays for loading the
system prompt, so the per-article figures are shown with and without it. ``--no-reuse``
turns off the saved system-prompt states (llama-cpp-python then reuses only what a prompt
shares with the previous one). Strategy flags are those of ``summarise``.

    python benchmarks/local_model.py [--model qwen2.5-coder-0.5b] [ARTICLES...]
        [--evidence quote|sentence] [--passes one|per_category] [--candidates model|baseline]
        [--prompt-style full|compact] [--worked-example] [--no-reuse]
"""

from __future__ import annotations

import argparse
import asyncio
import resource
import statistics
import time
from pathlib import Path
from typing import Any

import instructor

from summarise.extraction.backends.llm import StructuredLLMBackend
from summarise.extraction.backends.local import (
    BACKEND_NAME,
    LlamaChat,
    check_model_file,
    load_llama,
    local_identity,
    model_file,
)
from summarise.extraction.prompting.strategy import resolve_strategy
from summarise.loading.loader import load_articles
from summarise.settings import load_settings

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "evals" / "dev" / "articles"
# Six development documents around the set's median length (1,600-2,400 characters).
MEDIAN_DEV = [
    "31_kremlin_putin_niinisto_phone_call.md",
    "50_ua_zelenskyy_no_russian_withdrawal_seen.md",
    "38_kremlin_putin_xi_phone_call.md",
    "54_ua_podoliak_humanitarian_corridors_talks.md",
    "49_ua_zelenskyy_rivne_tactical_exercises.md",
    "03_ua_zelenskyy_biden_phone_call.md",
]


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


async def _run(backend: StructuredLLMBackend, chat: LlamaChat, paths: list[Path]) -> list[Any]:
    rows = []
    for article in load_articles(paths).articles:
        evaluated, generated = chat.evaluated()
        wall, cpu = time.perf_counter(), _cpu()
        result = await backend.extract(article)
        rows.append(
            (
                Path(article.path or article.id).name,
                time.perf_counter() - wall,
                _cpu() - cpu,
                result.usage.prompt_tokens,
                chat.evaluated()[0] - evaluated,
                result.usage.completion_tokens,
                chat.evaluated()[1] - generated,
                result.draft.count(),
            )
        )
    await backend.aclose()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path)
    parser.add_argument("--model", default="qwen2.5-coder-0.5b")
    parser.add_argument("--n-ctx", type=int, default=16384)
    parser.add_argument("--evidence", choices=["quote", "sentence"])
    parser.add_argument("--passes", choices=["one", "per_category"])
    parser.add_argument("--candidates", choices=["model", "baseline"])
    parser.add_argument("--prompt-style", choices=["full", "compact"])
    parser.add_argument("--worked-example", action="store_true", default=None)
    parser.add_argument("--no-reuse", action="store_true")
    args = parser.parse_args()

    flags = {k: getattr(args, k) for k in ("model", "n_ctx", "evidence", "passes", "candidates")}
    flags.update(prompt_style=args.prompt_style, worked_example=args.worked_example)
    settings = load_settings(flags, config_file=Path("/dev/null"))
    path = check_model_file(model_file(settings))
    started = time.perf_counter()
    chat = load_llama(settings, path, reuse_prefix=not args.no_reuse)
    print(f"model {path.name} loaded in {time.perf_counter() - started:.1f} s")
    strategy = resolve_strategy(settings, BACKEND_NAME)
    backend = StructuredLLMBackend(
        name=BACKEND_NAME,
        create=chat.create,
        mode=instructor.Mode.JSON_SCHEMA,
        identity=local_identity(settings, path),
        settings=settings,
        strategy=strategy,
        on_close=chat.aclose,
    )
    print(f"strategy {strategy}; system-prompt states {'off' if args.no_reuse else 'on'}")
    paths = args.articles or [DEV / name for name in MEDIAN_DEV]
    rows = asyncio.run(_run(backend, chat, paths))
    print(
        f"{'article':48} {'wall s':>7} {'cpu s':>6} {'prompt':>6} {'evald':>6} "
        f"{'output':>6} {'items':>5}"
    )
    for name, wall, cpu, prompt, evaluated, output, _decoded, items in rows:
        print(
            f"{name[:48]:48} {wall:7.1f} {cpu:6.1f} {prompt:6} {evaluated:6} {output:6} {items:5}"
        )
    for label, chosen in (("all articles", rows), ("after the first", rows[1:])):
        if not chosen:
            continue
        print(
            f"{label}: median {statistics.median(r[1] for r in chosen):.1f} s wall, "
            f"{statistics.median(r[2] for r in chosen):.1f} s cpu; mean prompt tokens "
            f"{statistics.mean(r[3] for r in chosen):.0f} sent, "
            f"{statistics.mean(r[4] for r in chosen):.0f} evaluated; mean output tokens "
            f"{statistics.mean(r[5] for r in chosen):.0f}"
        )


if __name__ == "__main__":
    main()
