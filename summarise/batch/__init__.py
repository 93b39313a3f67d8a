"""Batch extraction: an archive through OpenAI's Batch API or ``vllm run-batch``, into the
same cache a live run reads.

- ``prepare``: articles to request files, through the live backend (``exchange``);
- ``request_files``: files split at the provider's limits, written whole;
- ``lines``: the request line and result line formats, and ``custom_id``;
- ``remote``: the provider's Files and Batches endpoints;
- ``collect``: result lines to the state, then replies to cached extractions;
- ``jobs``: submit, status, cancel and collect as library calls over the state;
- ``state`` and ``records``: what is kept between commands.
"""

from summarise.batch.collect import RETRY_HINT, CollectReport, LineFailure
from summarise.batch.jobs import cancel, collect_batch, collect_files, status, submit
from summarise.batch.prepare import Limits, PrepareReport, prepare_missing, prepare_paths
from summarise.batch.records import BatchRecord, CollectRecord
from summarise.batch.request_files import MAX_BYTES, MAX_LINES, RequestFile, RequestFiles
from summarise.batch.state import BatchState

__all__ = [
    "MAX_BYTES",
    "MAX_LINES",
    "RETRY_HINT",
    "BatchRecord",
    "BatchState",
    "CollectRecord",
    "CollectReport",
    "Limits",
    "LineFailure",
    "PrepareReport",
    "RequestFile",
    "RequestFiles",
    "cancel",
    "collect_batch",
    "collect_files",
    "prepare_missing",
    "prepare_paths",
    "status",
    "submit",
]
