"""The provider's Files and Batches endpoints, OpenAI-compatible, in one small client.

Upload, create, retrieve, cancel and download are a handful of calls a command makes once,
so the SDK's own retries (with its backoff and ``Retry-After``) are used as they are; what
they cannot fix becomes one sentence, never with the key. Result files are streamed to disk
and renamed into place: a 200 MB file never sits in memory, and a download cut short leaves
no file that looks complete.
"""

from __future__ import annotations

import os
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType

import openai
from openai.types import Batch

from summarise.batch.lines import CHAT_URL
from summarise.batch.records import BatchRecord
from summarise.errors import ConfigError, SummariseError
from summarise.extraction.backends.api_errors import asked_wait, refusing, server_message
from summarise.extraction.backends.openai import OPENAI_BASE_URL, api_key
from summarise.fileio import NEW_FILE_MODE
from summarise.retry_after import retry_when
from summarise.settings import Settings
from summarise.urls import public_url


class BatchClient:
    """Files and Batches at ``settings.base_url`` (OpenAI's API when none is set)."""

    def __init__(self, settings: Settings) -> None:
        self._key = api_key(settings)
        self._key_advice = settings.rejected_key_advice()
        base_url = settings.base_url or OPENAI_BASE_URL
        self.url = public_url(base_url)
        self._client = openai.OpenAI(
            api_key=self._key,
            base_url=base_url,
            timeout=settings.timeout,
            max_retries=settings.retries,
        )

    def __enter__(self) -> BatchClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self._client.close()

    def submit(self, path: Path) -> BatchRecord:
        """Upload ``path`` and start a batch of it."""
        try:
            with path.open("rb") as handle:
                uploaded = self._client.files.create(file=(path.name, handle), purpose="batch")
            batch = self._client.batches.create(
                input_file_id=uploaded.id,
                endpoint=CHAT_URL,
                completion_window="24h",
                metadata={"created_by": "summarise", "file": path.name[:500]},
            )
        except openai.APIError as exc:
            raise self._explain(exc, f"submit {path.name}") from None
        return self.record(batch, file=str(path), submitted=datetime.now(UTC))

    def retrieve(self, batch_id: str, known: BatchRecord | None) -> BatchRecord:
        try:
            batch = self._client.batches.retrieve(batch_id)
        except openai.APIError as exc:
            raise self._explain(exc, f"look up batch {batch_id}") from None
        return self._update(batch, known)

    def cancel(self, batch_id: str, known: BatchRecord | None) -> BatchRecord:
        try:
            batch = self._client.batches.cancel(batch_id)
        except openai.APIError as exc:
            raise self._explain(exc, f"cancel batch {batch_id}") from None
        return self._update(batch, known)

    def download(self, file_id: str, destination: Path) -> None:
        """Stream a result file to ``destination``, which appears only once complete."""
        destination.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(
            prefix=f".{destination.name}.", suffix=".tmp", dir=destination.parent
        )
        try:
            os.fchmod(fd, NEW_FILE_MODE)
            with (
                os.fdopen(fd, "wb") as handle,
                self._client.files.with_streaming_response.content(file_id) as response,
            ):
                for chunk in response.iter_bytes():
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, destination)
        except openai.APIError as exc:
            Path(tmp).unlink(missing_ok=True)
            raise self._explain(exc, f"download file {file_id}") from None
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    def _update(self, batch: Batch, known: BatchRecord | None) -> BatchRecord:
        if known is None:
            submitted = datetime.fromtimestamp(batch.created_at, UTC)
            return self.record(batch, file="", submitted=submitted)
        return self.record(batch, file=known.file, submitted=known.submitted).model_copy(
            update={"collected": known.collected, "usage": known.usage}
        )

    def record(self, batch: Batch, *, file: str, submitted: datetime) -> BatchRecord:
        counts = batch.request_counts
        errors = batch.errors.data if batch.errors is not None and batch.errors.data else []
        return BatchRecord(
            id=batch.id,
            file=file,
            input_file_id=batch.input_file_id,
            base_url=self.url,
            status=batch.status,
            submitted=submitted,
            total=counts.total if counts else 0,
            completed=counts.completed if counts else 0,
            failed=counts.failed if counts else 0,
            output_file_id=batch.output_file_id,
            error_file_id=batch.error_file_id,
            errors=[
                " ".join(
                    part
                    for part in (
                        f"line {error.line}:" if error.line is not None else "",
                        error.code or "",
                        error.message or "",
                    )
                    if part
                )
                for error in errors
            ],
        )

    def _explain(self, error: openai.APIError, doing: str) -> SummariseError:
        """What went wrong, in one line a person can act on, with the key masked."""
        where = f"the batch API at {self.url}"
        if isinstance(error, openai.APIConnectionError):
            cause = error.__cause__ or error.__context__
            detail = " ".join(str(cause).split())[:150] if cause else "no connection"
            return SummariseError(
                f"Could not {doing}: cannot reach {where} ({detail}). Is it running? "
                "Check --base-url / SUMMARISE_BASE_URL."
            )
        if not isinstance(error, openai.APIStatusError):
            return SummariseError(f"Could not {doing}: {self._redact(str(error))[:300]}")
        status = error.status_code
        if status in (401, 403):
            return ConfigError(
                f"Could not {doing}: {where} rejected the API key (HTTP {status}). "
                f"{self._key_advice}"
            )
        text = self._redact(server_message(error))
        if status == 404:
            return SummariseError(
                f"Could not {doing}: {where} does not know it (HTTP 404: {text}). Check the id "
                "(summarise batch status lists the batches submitted from here), and that "
                "the server offers the Files and Batches endpoints."
            )
        if (asked := asked_wait(error)) is not None:  # a rate limit, a server down a while
            return SummariseError(
                f"Could not {doing}: {where} {refusing(status)} (HTTP {status}: {text}) and "
                f"asks for no request before {retry_when(asked)}: try again then."
            )
        return SummariseError(f"Could not {doing}: {where} answered HTTP {status}: {text}")

    def _redact(self, text: str) -> str:
        return text.replace(self._key, "***") if self._key else text
