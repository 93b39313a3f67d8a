"""The chat-completion reply body, shaped as OpenAI-compatible servers shape it.

The client under test reads replies in three modes (tool calls, JSON, a Markdown-fenced
JSON block) and counts their tokens, so the stand-in must put the same text where a real
server would and cut it at ``max_tokens`` as a real model stops.
"""

from __future__ import annotations

import math
import time
import uuid
from typing import Any


def chat_completion(
    body: dict[str, Any], text: str, *, truncated: bool, model: str
) -> dict[str, Any]:
    """The reply to request ``body`` whose answer is ``text``; ``model`` when it names none."""
    limit = body.get("max_tokens")
    if isinstance(limit, int) and _tokens(text) > limit:
        text, truncated = text[: limit * 4], True
    message: dict[str, Any] = {"role": "assistant", "content": text}
    tools = body.get("tools")
    if isinstance(tools, list) and tools:
        name = tools[0].get("function", {}).get("name", "extract")
        call_id = f"call_{uuid.uuid4().hex[:12]}"
        call = {
            "id": call_id,
            "type": "function",
            "function": {"name": name, "arguments": text},
        }
        message = {"role": "assistant", "content": None, "tool_calls": [call]}
    elif text.lstrip().startswith("{") and _wants_markdown(body):
        message["content"] = f"```json\n{text}\n```"
    prompt = " ".join(str(m.get("content") or "") for m in body.get("messages", []))
    finish = "length" if truncated else ("tool_calls" if "tool_calls" in message else "stop")
    return {
        "id": f"chatcmpl-{uuid.uuid4().hex[:12]}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", model),
        "choices": [{"index": 0, "message": message, "finish_reason": finish}],
        "usage": {
            "prompt_tokens": _tokens(prompt),
            "completion_tokens": _tokens(text),
            "total_tokens": _tokens(prompt) + _tokens(text),
        },
    }


def _tokens(text: str) -> int:
    """The usual rough estimate of four characters a token."""
    return math.ceil(len(text) / 4)


def _wants_markdown(body: dict[str, Any]) -> bool:
    """instructor's md_json mode asks for a ```json block in the last message."""
    messages = body.get("messages") or [{}]
    return "```json" in str(messages[-1].get("content") or "")
