"""The compact JSON schema: the reply's structure without the words around it.

A hosted model receives the reply schema with every request; pydantic's full schema spends
most of its tokens on titles, descriptions and defaults that the compact prompt already
says once. The compact form keeps what constrains the reply (types, enums, required
fields) and drops what constrained decoders assume anyway: ``"type": "object"`` beside
``properties``, ``additionalProperties: false`` (llama.cpp's and xgrammar's converters admit
no other keys when it is absent), and ``null`` as an option of a field that is not required
(the model leaves it out instead).
"""

from __future__ import annotations

from typing import Any, TypeVar, cast

from pydantic import BaseModel

M = TypeVar("M", bound=BaseModel)
_DROPPED = frozenset({"title", "description", "default"})
_NULL = {"type": "null"}


def compact_schema(node: Any) -> Any:
    if isinstance(node, list):
        return [compact_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: compact_schema(value) for key, value in node.items() if key not in _DROPPED}
    if "enum" in out and out.get("type") == "string":
        del out["type"]
    if "properties" in out:
        out.pop("type", None)
        out.pop("additionalProperties", None)
    options = out.get("anyOf")
    if isinstance(options, list) and len(options) == 2 and _NULL in options:
        # An optional field is left out rather than written as null.
        del out["anyOf"]
        out.update(options[0] if options[1] == _NULL else options[1])
    return out


_COMPACTED: dict[type[BaseModel], type[BaseModel]] = {}


def compacted(model: type[M]) -> type[M]:
    """A subclass of ``model`` that parses the same replies and shows the compact schema."""

    def model_json_schema(_cls: type[M], *args: Any, **kwargs: Any) -> dict[str, Any]:
        full = model.model_json_schema(*args, **kwargs)
        # Tools mode names the function after the top-level title.
        schema: dict[str, Any] = {"title": full["title"], **compact_schema(full)}
        return schema

    if model not in _COMPACTED:
        namespace = {"__doc__": model.__doc__, "model_json_schema": classmethod(model_json_schema)}
        _COMPACTED[model] = type(model.__name__, (model,), namespace)
    return cast(type[M], _COMPACTED[model])
