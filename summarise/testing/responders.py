"""Responders: the model behind the scripted server once its script runs out.

A test scripts the few replies it cares about; everything else, and every request of a
long-running server, needs an answer that still grounds, so the pipeline gets past the
model and exercises the rest. Every responder also answers the briefing's overview request
(``echo_overview``), as a model behind the server would.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from summarise.schema import CATEGORIES, ArticleExtraction, ExtractionDraft

Responder = Callable[[dict[str, Any]], dict[str, Any]]
"""Request body in, the model's answer (an ``ExtractionDraft`` as a dict) out."""


def is_overview_request(body: dict[str, Any]) -> bool:
    """The briefing's overview request (``prompts/overview.toml``), not an article's."""
    system = " ".join(
        str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "system"
    )
    return "opening overview of a briefing" in system


_ITEM_LINE = re.compile(r"^\[(?P<id>[PMC]\d+)\] (?P<text>.+)$", re.MULTILINE)


def echo_overview(body: dict[str, Any], limit: int = 3) -> dict[str, Any]:
    """An overview of the items a request shows: each of the first ``limit`` items' own
    sentence, citing that item. True to its items as far as their sentences are."""
    user = " ".join(
        str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "user"
    )
    return {
        "sentences": [
            {"text": m.group("text"), "items": [m.group("id")]}
            for m in islice(_ITEM_LINE.finditer(user), limit)
        ]
    }


def empty_responder(body: dict[str, Any]) -> dict[str, Any]:
    """A model that finds nothing: every category empty, and an overview of no sentences."""
    if is_overview_request(body):
        return {"sentences": []}
    return ExtractionDraft().model_dump(mode="json")


class LabelEchoResponder:
    """Answers with the gold label of whichever labelled article the request shows.

    The label is recognised by its quotes appearing in the user messages; only items with
    a quote in the text are returned, so a chunk of an article gets that chunk's items and
    the merged chunks give back the label. Unknown articles get an empty extraction.
    """

    def __init__(self, labels_dir: Path) -> None:
        self._labels: list[ExtractionDraft] = []
        for path in sorted(labels_dir.glob("*.json")):
            try:
                label = ArticleExtraction.model_validate_json(path.read_text(encoding="utf-8"))
            except (OSError, ValidationError) as exc:
                raise ValueError(f"Label file {path} is not a valid extraction: {exc}") from exc
            self._labels.append(_as_draft(label))

    def __len__(self) -> int:
        return len(self._labels)

    def __call__(self, body: dict[str, Any]) -> dict[str, Any]:
        """The label in the shape the request asks for: the categories its schema has, with
        quotes or, when the article is shown as numbered sentences, sentence numbers. The
        hybrid strategy's verdicts are answered with none (every candidate kept)."""
        if is_overview_request(body):
            return echo_overview(body)
        user = " ".join(
            str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "user"
        )
        text = _squash(user)
        asked = _schema_properties(body)
        if "verdicts" in asked:
            return {"verdicts": []}
        numbered = {int(n): _squash(s) for n, s in _NUMBERED.findall(user)}
        found = self._matching(text)
        if "labels" in asked:
            return {"labels": _labels(found, numbered)}
        return {
            category: [
                _cited(category, item, numbered) if numbered else item.model_dump(mode="json")
                for item in found[category]
            ]
            for category in [c for c in CATEGORIES if c in asked] or CATEGORIES
        }

    def _matching(self, text: str) -> dict[str, list[Any]]:
        """The items of the label with the most quotes in ``text``, those quoted there."""
        best: dict[str, list[Any]] = {category: [] for category in CATEGORIES}
        best_hits = 0
        for label in self._labels:
            found: dict[str, list[Any]] = {
                category: [
                    item
                    for item in label.items(category)
                    if any(_squash(e.quote) in text for e in item.evidence)
                ]
                for category in CATEGORIES
            }
            hits = sum(len(items) for items in found.values())
            if hits > best_hits:
                best, best_hits = found, hits
        return best


_NUMBERED = re.compile(r"^\[(\d+)\] (.*)$", re.MULTILINE)


def _labels(found: dict[str, list[Any]], numbered: dict[int, str]) -> list[dict[str, Any]]:
    """One label per numbered sentence: the first gold item quoting it, else none."""
    kinds = {"positions": "position", "military_movements": "movement"}
    kinds["diplomatic_contacts"] = "contact"
    labels = []
    for number, sentence in sorted(numbered.items()):
        label: dict[str, Any] = {"sentence": number, "kind": "none"}
        for category, kind in kinds.items():
            for item in found[category]:
                if label["kind"] == "none" and any(
                    _squash(e.quote) in sentence for e in item.evidence
                ):
                    label = {"sentence": number, "kind": kind, **_label_fields(kind, item)}
        labels.append(label)
    return labels


def _label_fields(kind: str, found: Any) -> dict[str, Any]:
    item = found.model_dump(mode="json")
    if kind == "position":
        return {"holder": item["holder"]["name"], "stance": item["stance"], "topic": item["topic"]}
    if kind == "movement":
        return {
            "actor": item["actor"]["name"],
            "activity": item["activity"],
            "forces": item["forces"],
        }
    return {
        "participants": [a["name"] for a in item["participants"]],
        "mode": item["mode"],
        "status": item["status"],
    }


def _schema_properties(body: dict[str, Any]) -> set[str]:
    """The top-level properties of the reply schema a request sends (JSON-schema or tools)."""
    response_format = body.get("response_format") or {}
    schema = (response_format.get("json_schema") or {}).get("schema")
    if schema is None and body.get("tools"):
        schema = body["tools"][0].get("function", {}).get("parameters")
    return set((schema or {}).get("properties", {}))


def _cited(category: str, item: Any, numbered: dict[int, str]) -> dict[str, Any]:
    """A label item as the sentence-citing strategy writes it: numbers and plain names."""
    data = item.model_dump(mode="json", exclude_none=True)
    quotes = [_squash(e.quote) for e in item.evidence]
    data["sentences"] = [n for n, s in numbered.items() if any(q in s for q in quotes)]
    data.pop("evidence")
    for key in ("holder", "actor", "target"):
        if key in data:
            data[key] = data[key]["name"]
    if category == "diplomatic_contacts":
        data["participants"] = [a["name"] for a in data["participants"]]
    allowed = {
        "positions": ("sentences", "holder", "stance", "topic", "target"),
        "military_movements": ("sentences", "actor", "activity", "forces", "status", "destination"),
        "diplomatic_contacts": ("sentences", "participants", "mode", "status", "topics"),
    }[category]
    return {key: data[key] for key in allowed if key in data}


def _as_draft(label: ArticleExtraction) -> ExtractionDraft:
    """A label as a model would write it: no article id, evidence as bare quotes."""
    data = label.model_dump(mode="json", exclude={"article_id"})
    for category in CATEGORIES:
        for item in data[category]:
            item["evidence"] = [{"quote": e["quote"]} for e in item["evidence"]]
    return ExtractionDraft.model_validate(data)


def _squash(text: str) -> str:
    return " ".join(text.split())


_ARTICLE = re.compile(r"<article>\n(.*)\n</article>", re.DOTALL)
_SENTENCE = re.compile(r"[A-Z][^.!?\n]{15,200}[.!?]")


class SentenceQuoteResponder:
    """A model for any article: one position per sentence, quoting it word for word.

    Every quote grounds, so briefings built from its answers have items; the holder is the
    sentence's first word, which is crude but enough to give the merge distinct parties.
    ``limit`` caps the items per request.
    """

    def __init__(self, limit: int = 3) -> None:
        self.limit = limit

    def __call__(self, body: dict[str, Any]) -> dict[str, Any]:
        if is_overview_request(body):
            return echo_overview(body)
        user = " ".join(
            str(m.get("content") or "") for m in body.get("messages", []) if m.get("role") == "user"
        )
        inside = _ARTICLE.search(user)
        text = inside.group(1) if inside else user
        positions = [
            {
                "holder": {"name": sentence.split()[0], "kind": "other"},
                "stance": "other",
                "topic": sentence[:60],
                "evidence": [{"quote": sentence}],
            }
            for sentence in islice((m.group() for m in _SENTENCE.finditer(text)), self.limit)
        ]
        return {"positions": positions, "military_movements": [], "diplomatic_contacts": []}
