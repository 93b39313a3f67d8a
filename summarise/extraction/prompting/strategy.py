"""Extraction strategies: which requests an article piece turns into, and how each reply
becomes a draft.

Every strategy is a setting (``Settings.evidence``, ``passes``, ``worked_example``,
``candidates``, ``prompt_style``) and each backend has its own defaults, chosen by
``summarise eval`` (see the README's strategy table). All requests of a piece are known
from the piece alone, never from an earlier reply, so a batch run can send them all at
once; every reply model accepts ``{}``.

- ``evidence``: ``quote`` (the model copies quotes) or ``sentence`` (the article is shown
  as numbered sentences and the model cites numbers; see ``numbering``).
- ``passes``: ``one`` request for all three categories, or ``per_category`` (three small
  requests, each with its own short system prompt and one-list schema).
- ``worked_example``: a short example article and its answer in the system prompt.
- ``candidates``: ``model`` (the model finds items), ``baseline`` (the hybrid: the
  offline extractor proposes items and one request has the model judge them) or
  ``sentences`` (every sentence is a candidate the model labels). Known candidates get one
  fixed slot each in the reply schema (``forced``).
- ``prompt_style``: ``full`` (today's long prompt and the schema's descriptions) or
  ``compact`` (short prompt, schema without titles, descriptions or defaults).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import date
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel

from summarise.extraction.prompting.candidates import apply_verdicts, candidates_in, describe
from summarise.extraction.prompting.compact import compacted
from summarise.extraction.prompting.forced import forced
from summarise.extraction.prompting.numbering import number_sentences, render_numbered
from summarise.extraction.prompting.prompts import Prompt, load_prompt
from summarise.extraction.prompting.replies import (
    CITED,
    QUOTED,
    SentenceLabels,
    Verdicts,
    actor_named,
    as_response_model,
    cited_draft,
    labelled_draft,
    quoted_draft,
)
from summarise.schema import CATEGORIES, Category, ExtractionDraft
from summarise.settings import (
    CandidatesName,
    EvidenceName,
    PassesName,
    PromptStyle,
    Settings,
)

Kind = Category | Literal["all", "verify", "label"]


@dataclass(frozen=True)
class Strategy:
    evidence: EvidenceName = "quote"
    passes: PassesName = "one"
    worked_example: bool = False
    candidates: CandidatesName = "model"
    prompt_style: PromptStyle = "full"

    @property
    def kinds(self) -> tuple[Kind, ...]:
        if self.candidates == "baseline":
            return ("verify",)
        if self.candidates == "sentences":
            return ("label",)
        return CATEGORIES if self.passes == "per_category" else ("all",)

    def identity(self) -> dict[str, str | bool]:
        return dict(asdict(self))


# What each backend runs when a setting is left unset: the best strategy on `summarise eval`
# (README, "Extraction strategies"). The API path keeps quotes, whose replies hosted models
# and the scripted label-echo server fill as before, with the compact prompt (same F1 on the
# scripted run, a third of the static tokens). On the 0.5B local model only the hybrid kept
# any precision: left to find items itself it wrote empty lists, copied the worked example
# or labelled sentences in a cycle.
BACKEND_DEFAULTS: dict[str, Strategy] = {
    "openai": Strategy(prompt_style="compact"),
    "local": Strategy(candidates="baseline", prompt_style="compact"),
}


def resolve_strategy(settings: Settings, backend: str) -> Strategy:
    """The backend's default strategy with every setting the user gave applied."""
    base = BACKEND_DEFAULTS.get(backend, Strategy())
    chosen = {
        name: value
        for name in ("evidence", "passes", "worked_example", "candidates", "prompt_style")
        if (value := getattr(settings, name)) is not None
    }
    return Strategy(**{**asdict(base), **chosen})


@dataclass(frozen=True)
class Piece:
    """A piece of an article (the whole article or one chunk) and what the prompts show."""

    text: str
    title: str | None = None
    source: str | None = None
    published: date | None = None
    index: int = 1
    count: int = 1
    proposals: ExtractionDraft | None = None

    def variables(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "chunk_index": self.index,
            "chunk_count": self.count,
        }


@dataclass(frozen=True)
class Request:
    """One model call: its messages, the reply model, and the reply turned into a draft."""

    messages: list[dict[str, str]]
    response_model: type[BaseModel]
    to_draft: Callable[[BaseModel], ExtractionDraft]


class Planner:
    """The requests a strategy makes for a piece, with prompts loaded once."""

    def __init__(self, strategy: Strategy) -> None:
        self.strategy = strategy
        if strategy.candidates == "baseline":
            self._prompt = load_prompt("verify")
        elif strategy.candidates == "sentences":
            self._prompt = load_prompt("label")
        elif strategy.evidence == "sentence":
            self._prompt = load_prompt("sentences")
        else:
            self._prompt = load_prompt(
                "compact" if strategy.prompt_style == "compact" else "extraction"
            )
        self._example = load_prompt("example") if strategy.worked_example else None

    def identity(self) -> dict[str, str | int | bool | None]:
        used = [self._prompt] + ([self._example] if self._example is not None else [])
        joined = "".join(p.hash for p in used)
        return {
            **self.strategy.identity(),
            "prompt": self._prompt.name,
            "prompt_version": ".".join(p.version for p in used),
            "prompt_hash": hashlib.sha256(joined.encode()).hexdigest()[:16],
        }

    def request(self, kind: Kind, piece: Piece) -> Request | None:
        """The request of ``kind`` for ``piece``; None when it has nothing to ask."""
        system = {
            "category": "all" if kind in ("verify", "label") else kind,
            "example": self._example_text(kind),
        }
        if kind == "verify":
            return self._verify(piece, system)
        if kind == "label":
            return self._label(piece, system)
        category = None if kind == "all" else kind
        if self.strategy.evidence == "sentence":
            sentences = number_sentences(piece.text)
            model = self._styled(CITED[category])
            return Request(
                messages=self._prompt.messages(
                    system, text=render_numbered(sentences), **piece.variables()
                ),
                response_model=model,
                to_draft=lambda reply: cited_draft(reply, sentences),
            )
        return Request(
            messages=self._prompt.messages(system, text=piece.text, **piece.variables()),
            response_model=self._styled(QUOTED[category]),
            to_draft=quoted_draft,
        )

    def _verify(self, piece: Piece, system: dict[str, Any]) -> Request | None:
        sentences = number_sentences(piece.text)
        found = candidates_in(piece.proposals or ExtractionDraft(), piece.text, sentences)
        if not found:
            return None
        return Request(
            messages=self._prompt.messages(
                system, candidates="\n".join(describe(c) for c in found), **piece.variables()
            ),
            response_model=as_response_model(
                forced(
                    Verdicts,
                    "verdicts",
                    "candidate",
                    len(found),
                    self.strategy.prompt_style == "compact",
                )
            ),
            to_draft=lambda reply: apply_verdicts(
                found, Verdicts.model_validate(reply.model_dump())
            ),
        )

    def _label(self, piece: Piece, system: dict[str, Any]) -> Request | None:
        sentences = number_sentences(piece.text)
        if not sentences:
            return None
        compact = self.strategy.prompt_style == "compact"
        return Request(
            messages=self._prompt.messages(
                system, text=render_numbered(sentences), **piece.variables()
            ),
            response_model=as_response_model(
                forced(SentenceLabels, "labels", "sentence", len(sentences), compact)
            ),
            to_draft=lambda reply: labelled_draft(
                SentenceLabels.model_validate(reply.model_dump()), sentences
            ),
        )

    def _styled(self, model: type[BaseModel]) -> type[BaseModel]:
        if self.strategy.prompt_style == "compact":
            return as_response_model(compacted(model))
        return as_response_model(model)

    def _example_text(self, kind: Kind) -> str:
        if self._example is None:
            return ""
        return worked_example(self._example, kind, self.strategy.evidence)


@cache
def worked_example(example: Prompt, kind: Kind, evidence: EvidenceName) -> str:
    """The example, as the strategy's reply would be written, for one kind of request."""
    data = example.data
    sentences: list[str] = data["sentences"]
    if kind == "verify":
        return (
            f"\n\nEXAMPLE\nCandidates:\n{data['verify']['candidates'].strip()}"
            f"\n\nAnswer: {data['verify']['verdicts'].strip()}"
        )
    if kind == "label":
        numbered = "\n".join(f"[{n}] {s}" for n, s in enumerate(sentences, start=1))
        return f"\n\nEXAMPLE\n{numbered}\n\nAnswer: {json.dumps(_labels(data))}"
    categories = CATEGORIES if kind == "all" else (kind,)
    answer: dict[str, list[Any]] = {}
    for category in categories:
        items = data.get(category, [])
        if evidence == "sentence":
            answer[category] = items
        else:
            answer[category] = [_quoted_item(item, sentences) for item in items]
    if evidence == "sentence":
        article = "\n".join(f"[{n}] {s}" for n, s in enumerate(sentences, start=1))
    else:
        article = "<article>\n" + " ".join(sentences) + "\n</article>"
    return f"\n\nEXAMPLE\n{article}\n\nAnswer: {json.dumps(answer, ensure_ascii=False)}"


def _labels(data: dict[str, Any]) -> dict[str, Any]:
    """The example's items as the labelling strategy writes them, one slot per sentence."""
    labels: dict[int, dict[str, Any]] = {}
    kinds = {"positions": "position", "military_movements": "movement"}
    kinds["diplomatic_contacts"] = "contact"
    fields = {
        "position": ("holder", "stance", "topic"),
        "movement": ("actor", "activity", "forces"),
        "contact": ("participants", "mode", "status"),
    }
    for category, kind in kinds.items():
        for item in data.get(category, []):
            number = item["sentences"][0]
            labels.setdefault(
                number,
                {"sentence": number, "kind": kind, **{k: item[k] for k in fields[kind]}},
            )
    count = len(data["sentences"])
    slots = [labels.get(n, {"sentence": n, "kind": "none"}) for n in range(1, count + 1)]
    return {"labels": slots}


def _quoted_item(item: dict[str, Any], sentences: list[str]) -> dict[str, Any]:
    """A sentence-cited example item as the quoting schema writes it."""
    out = {k: v for k, v in item.items() if k != "sentences"}
    for key in ("holder", "target", "actor"):
        if isinstance(out.get(key), str):
            out[key] = actor_named(out[key]).model_dump(exclude_none=True)
    if "participants" in out:
        out["participants"] = [
            actor_named(n).model_dump(exclude_none=True) for n in out["participants"]
        ]
    out["evidence"] = [{"quote": sentences[n - 1]} for n in item["sentences"]]
    return out
