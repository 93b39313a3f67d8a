"""One overview for a briefing: ask the model once, through the cache, then check it.

The model's reply is cached, not the checked overview: the key is the items as the model
saw them, the prompt (name, version and hash), the backend's identity (model, server,
sampling) and the reply schema, so the same items cost nothing the second time, and a
better check applies to old replies too.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import UTC, datetime

from pydantic import BaseModel, Field

from summarise.briefing.model import Briefing, Overview
from summarise.errors import SummariseError
from summarise.extraction.backends.base import Identity, StructuredCompleter, Usage
from summarise.extraction.cache import OVERVIEW, ExtractionCache
from summarise.extraction.prompting.prompts import Prompt, load_prompt
from summarise.overview.check import check_overview
from summarise.overview.draft import OverviewDraft, draft_schema_hash
from summarise.overview.request import overview_messages
from summarise.schema import CATEGORIES


class OverviewFailed(SummariseError):
    """The model could not write an overview; the briefing stands without one."""


class CachedOverview(BaseModel):
    """The model's reply for one set of items, kept so a re-run costs nothing."""

    draft: OverviewDraft
    raw_replies: list[str] = Field(default_factory=list)
    usage: Usage = Field(default_factory=Usage)
    identity: Identity = Field(default_factory=dict)
    created: datetime


@dataclass(frozen=True)
class OverviewRun:
    """The checked overview and what it cost (nothing on a cache hit)."""

    overview: Overview
    usage: Usage
    requests: int
    cached: bool


def overview_key(messages: list[dict[str, str]], identity: Identity, prompt: Prompt) -> str:
    material = {
        "kind": "overview",
        "messages": hashlib.sha256(json.dumps(messages).encode("utf-8")).hexdigest(),
        "prompt": [prompt.name, prompt.version, prompt.hash],
        "identity": identity,
        "schema": draft_schema_hash(),
    }
    return hashlib.sha256(json.dumps(material, sort_keys=True).encode("utf-8")).hexdigest()


async def write_overview(
    briefing: Briefing,
    completer: StructuredCompleter,
    *,
    identity: Identity,
    written_by: str,
    cache: ExtractionCache | None = None,
    prompt: Prompt | None = None,
) -> OverviewRun | None:
    """The checked overview of ``briefing``, or None when it has no items to write about.

    Raises ``OverviewFailed`` when the model cannot answer; the briefing is still good.
    """
    if not any(briefing.items(c) for c in CATEGORIES):
        return None
    prompt = prompt or load_prompt("overview")
    messages = overview_messages(briefing, prompt)
    key = overview_key(messages, identity, prompt)
    cached = cache.get_entry(key, CachedOverview) if cache is not None else None
    usage, requests, hit = Usage(), 0, cached is not None
    if cached is None:
        try:
            reply = await completer.complete(messages, OverviewDraft)
        except SummariseError as exc:
            raise OverviewFailed(f"The overview could not be written: {exc}") from exc
        usage, requests = reply.usage, reply.requests
        cached = CachedOverview(
            draft=reply.value,
            raw_replies=reply.raw_replies,
            usage=reply.usage,
            identity=identity,
            created=datetime.now(UTC),
        )
        if cache is not None:
            cache.put_entry(key, cached, kind=OVERVIEW)
    overview = check_overview(
        cached.draft, briefing, written_by=written_by, prompt=f"{prompt.name} v{prompt.version}"
    )
    return OverviewRun(overview=overview, usage=usage, requests=requests, cached=hit)
