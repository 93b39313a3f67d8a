"""What a reply cut at ``max_tokens`` still says: the items it finished writing.

A small local model often loops, writing the same item until the reply limit. Halving the
piece (the default for a cut reply) then asks again for each half, and a looping model
loops again, so one article can cost a dozen capped requests. With ``on_cut = "keep"`` the
cut reply is read as far as it goes instead: a reply is written left to right, so only its
last item can be unfinished, and dropping it leaves what the model did say.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import from_json


def finished_items(text: str, model: type[BaseModel]) -> BaseModel | None:
    """``text``, a JSON reply cut short, as ``model`` without its unfinished last item;
    None when nothing of it validates."""
    try:
        data = from_json(text, allow_partial=True)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    while True:
        try:
            return model.model_validate(data)
        except ValidationError:
            if not _drop_last_item(data):
                return None


def _drop_last_item(data: dict[str, Any]) -> bool:
    """Remove the last element of the last non-empty list, or the last key: the place a
    reply written in order was cut."""
    for key in reversed(list(data)):
        value = data[key]
        if isinstance(value, list) and value:
            value.pop()
            return True
        if not isinstance(value, list):
            del data[key]
            return True
    return False
