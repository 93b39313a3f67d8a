"""Reply schemas that make a small model answer for every candidate, in order.

Under a grammar a small model takes the shortest valid path: asked for lists it may write
``[]``, asked for optional verdicts it writes ``{}``. When the candidates are known before
the request (the offline extractor's items, or every sentence of the piece) the schema can
list them: one slot per candidate, its number fixed (``const``) and its decision required.
llama.cpp decodes such a schema as a fixed sequence, so the model must judge each one.

Only the JSON schema changes. The pydantic model that parses the reply stays lax (every
list defaults to empty), so an empty reply from a batch recorder is still valid.
"""

from __future__ import annotations

import copy
from typing import Any, TypeVar, cast

from pydantic import BaseModel

from summarise.extraction.prompting.compact import compact_schema

M = TypeVar("M", bound=BaseModel)
_MADE: dict[tuple[type[BaseModel], str, int, bool], type[BaseModel]] = {}


def _resolve(schema: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    ref = node.get("$ref")
    if ref is None:
        return node
    resolved: dict[str, Any] = schema["$defs"][ref.rsplit("/", 1)[-1]]
    return resolved


def forced_list(schema: dict[str, Any], field: str, slot_key: str, count: int) -> dict[str, Any]:
    """``schema`` with list ``field`` made exactly ``count`` items long, item ``i`` carrying
    ``slot_key == i`` (from one); a union item gets the number in each of its variants."""
    schema = copy.deepcopy(schema)
    item = _resolve(schema, schema["properties"][field]["items"])
    variants = item.get("anyOf") or item.get("oneOf") or [item]
    slots = []
    for number in range(1, count + 1):
        options = []
        for variant in variants:
            option = copy.deepcopy(_resolve(schema, variant))
            option["properties"][slot_key] = {"const": number}
            options.append(option)
        slots.append(options[0] if len(options) == 1 else {"anyOf": options})
    schema["properties"][field] = {"prefixItems": slots}
    schema["required"] = sorted({*schema.get("required", []), field})
    return schema


def forced(model: type[M], field: str, slot_key: str, count: int, compact: bool) -> type[M]:
    """A subclass of ``model`` parsing the same replies, its schema forcing ``count`` slots."""
    key = (model, field, count, compact)
    if key not in _MADE:

        def model_json_schema(_cls: type[M], *args: Any, **kwargs: Any) -> dict[str, Any]:
            full = model.model_json_schema(*args, **kwargs)
            schema = forced_list(full, field, slot_key, count)
            if compact:
                schema = {"title": full["title"], **compact_schema(schema)}
            if "#/$defs/" not in repr({k: v for k, v in schema.items() if k != "$defs"}):
                schema.pop("$defs", None)
            return schema

        namespace = {"__doc__": model.__doc__, "model_json_schema": classmethod(model_json_schema)}
        _MADE[key] = type(model.__name__, (model,), namespace)
    return cast(type[M], _MADE[key])
