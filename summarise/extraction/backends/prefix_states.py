"""The system prompt's KV state, computed once per process and restored for each request.

llama-cpp-python already skips the tokens a prompt shares with the *previous* call. That
covers one strategy on one article after another, but not strategies whose consecutive
requests have different system prompts (one pass per category asks three), nor a run
that alternates them: each request would evaluate its system prompt again. This keeps, for
every distinct system prompt, the KV cache of exactly its tokens (a few MB for a 0.5B
model), and before a request whose prefix is not already in the context it restores that
state, so only the article's own tokens are evaluated.

It relies on this pinned llama-cpp-python's ``Llama`` internals (``input_ids``,
``n_tokens``, ``_requires_eval``, the chat template in ``metadata``) and on llama.cpp's
per-sequence state API; ``PrefixStates.for_llama`` returns None, and requests run as
before, for a model without a chat template.
"""

from __future__ import annotations

import ctypes
from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from llama_cpp import Llama

MAX_STATES = 8


class PrefixStates:
    """Saved KV states keyed by the token prefix they hold, least recently used dropped."""

    def __init__(self, llama: Llama, formatter: Any) -> None:
        self._llama = llama
        self._formatter = formatter
        self._prefixes: dict[str, tuple[int, ...]] = {}
        self._states: OrderedDict[tuple[int, ...], bytes] = OrderedDict()
        self.restored = 0
        self.computed = 0

    @classmethod
    def for_llama(cls, llama: Llama) -> PrefixStates | None:
        from llama_cpp import llama_chat_format

        template = llama.metadata.get("tokenizer.chat_template")
        if llama.chat_format != "chat_template.default" or not template:
            return None
        model = llama._model
        eos, bos = model.token_eos(), model.token_bos()
        formatter = llama_chat_format.Jinja2ChatFormatter(
            template=template,
            eos_token=model.token_get_text(eos) if eos != -1 else "",
            bos_token=model.token_get_text(bos) if bos != -1 else "",
            stop_token_ids=[eos],
        )
        return cls(llama, formatter)

    def prime(self, messages: Sequence[dict[str, Any]]) -> None:
        """Leave the context holding the system prompt's tokens, restored or computed once."""
        prefix = self._prefix(messages)
        if not prefix:
            return
        llama = self._llama
        n = len(prefix)
        if llama.n_tokens >= n and tuple(llama.input_ids[:n].tolist()) == prefix:
            return
        state = self._states.get(prefix)
        if state is not None and self._restore(prefix, state):
            self._states.move_to_end(prefix)
            self.restored += 1
            return
        llama.reset()  # type: ignore[no-untyped-call]
        llama.eval(list(prefix))
        self._save(prefix)
        self.computed += 1

    def _prefix(self, messages: Sequence[dict[str, Any]]) -> tuple[int, ...]:
        """The tokens of the formatted prompt up to the end of the system message."""
        if not messages or messages[0].get("role") != "system":
            return ()
        system = str(messages[0].get("content") or "")
        if system not in self._prefixes:
            formatted = self._formatter(messages=list(messages))
            text: str = formatted.prompt
            end = text.find(system) + len(system) if system and system in text else 0
            add_bos = not formatted.added_special
            whole = self._llama.tokenize(text.encode(), add_bos=add_bos, special=True)
            head = self._llama.tokenize(text[:end].encode(), add_bos=add_bos, special=True)
            shared = 0
            for a, b in zip(whole, head, strict=False):
                if a != b:
                    break
                shared += 1
            self._prefixes[system] = tuple(whole[:shared]) if end else ()
        return self._prefixes[system]

    def _save(self, prefix: tuple[int, ...]) -> None:
        import llama_cpp

        ctx = self._llama._ctx.ctx
        size = llama_cpp.llama_state_seq_get_size(ctx, 0)
        buffer = (ctypes.c_uint8 * size)()
        written = llama_cpp.llama_state_seq_get_data(ctx, buffer, size, 0)
        if written:
            self._states[prefix] = bytes(buffer)[:written]
            while len(self._states) > MAX_STATES:
                self._states.popitem(last=False)

    def _restore(self, prefix: tuple[int, ...], state: bytes) -> bool:
        import llama_cpp

        llama = self._llama
        llama._ctx.kv_cache_clear()  # type: ignore[no-untyped-call]
        buffer = (ctypes.c_uint8 * len(state)).from_buffer_copy(state)
        if not llama_cpp.llama_state_seq_set_data(llama._ctx.ctx, buffer, len(state), 0):
            llama.reset()  # type: ignore[no-untyped-call]
            return False
        llama.input_ids[: len(prefix)] = prefix
        llama.n_tokens = len(prefix)
        llama._requires_eval = True
        return True
