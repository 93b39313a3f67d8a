"""The overview as the model writes it: sentences, each with the ids of the items it cites.

Descriptions are written for the model, which sees this schema. A citation list per
sentence, rather than ids typed inside the text, lets the program tell an uncited sentence
from a cited one without parsing the model's punctuation.
"""

from __future__ import annotations

import hashlib
import json

from pydantic import BaseModel, ConfigDict, Field

# Bounds in the schema itself: a grammar-constrained local model must stop within them
# (a small model otherwise writes sentences until max_tokens), and a server's reply that
# exceeds them is re-asked.
MAX_SENTENCES = 6
MAX_SENTENCE_CHARS = 320
MAX_CITED = 3


class OverviewSentence(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(
        max_length=MAX_SENTENCE_CHARS,
        description=(
            "One plain sentence. State only what the cited items say: every number, name "
            "and date in it must appear in those items."
        ),
    )
    items: list[str] = Field(
        max_length=MAX_CITED,
        description="Ids of the items this sentence rests on, as given (e.g. 'M3', 'C1').",
    )


class OverviewDraft(BaseModel):
    """A short overview of the briefing, most important first."""

    model_config = ConfigDict(extra="forbid")

    sentences: list[OverviewSentence] = Field(
        max_length=MAX_SENTENCES,
        description="Three to six sentences, most important first, each citing its items.",
    )


def draft_schema_hash() -> str:
    """A change of the model-facing schema must not reuse cached overviews."""
    text = json.dumps(OverviewDraft.model_json_schema(), sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:16]
