"""Test tooling: a scripted OpenAI-compatible model server, from the command line or Python.

Run ``python -m summarise.testing.fake_server --labels evals/labels --port 8000`` (add
``--fault-rate 0.3 --latency 0.2 --seed 1`` for an unreliable server) and point
``SUMMARISE_BASE_URL`` at ``http://127.0.0.1:8000/v1``. It serves the Files and Batches
endpoints too, so ``summarise batch submit`` and ``collect`` can be tried against it.
Tests, benchmarks and the README import the server's names from here, so this one module
keeps offering them all, whichever module of ``summarise.testing`` holds each.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from summarise.testing.batch_plans import BatchPlan, Malformed
from summarise.testing.batch_server import ScriptedBatchServer
from summarise.testing.faults import FAULT_KINDS, FaultKind, FaultPolicy, request_digest
from summarise.testing.responders import (
    LabelEchoResponder,
    Responder,
    SentenceQuoteResponder,
    echo_overview,
    empty_responder,
    is_overview_request,
)
from summarise.testing.server import DEFAULT_MODEL, ReceivedRequest, ScriptedModelServer
from summarise.testing.steps import Answer, Delay, Drop, HttpError, RawText, Step, Truncated

__all__ = [
    "DEFAULT_MODEL",
    "FAULT_KINDS",
    "Answer",
    "BatchPlan",
    "Delay",
    "Drop",
    "FaultKind",
    "FaultPolicy",
    "HttpError",
    "LabelEchoResponder",
    "Malformed",
    "RawText",
    "ReceivedRequest",
    "Responder",
    "ScriptedBatchServer",
    "ScriptedModelServer",
    "SentenceQuoteResponder",
    "Step",
    "Truncated",
    "echo_overview",
    "empty_responder",
    "is_overview_request",
    "main",
    "request_digest",
]


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m summarise.testing.fake_server",
        description="Test tooling: a scripted stand-in for an OpenAI-compatible model server.",
    )
    parser.add_argument("--labels", type=Path, help="folder of gold label JSON files to echo")
    parser.add_argument(
        "--quotes",
        action="store_true",
        help="answer any article with positions quoting its own sentences",
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument(
        "--fault-rate", type=float, default=0.0, help="share of chat requests that fail (0-1)"
    )
    parser.add_argument("--latency", type=float, default=0.0, help="seconds added to each reply")
    parser.add_argument("--seed", type=int, default=0, help="seed of the fault draws")
    parser.add_argument(
        "--hang", type=float, default=FaultPolicy.hang, help="seconds a timeout fault stalls"
    )
    parser.add_argument(
        "--retry-after",
        type=float,
        default=FaultPolicy.retry_after,
        help="seconds a 429 fault asks the client to wait",
    )
    args = parser.parse_args(argv)
    responder: Responder = empty_responder
    if args.labels is not None and args.quotes:
        parser.error("give --labels or --quotes, not both")
    if args.labels is not None:
        if not args.labels.is_dir():
            parser.error(f"--labels {args.labels} is not a folder")
        echo = LabelEchoResponder(args.labels)
        print(f"Echoing {len(echo)} labelled articles from {args.labels}.")
        responder = echo
    elif args.quotes:
        responder = SentenceQuoteResponder()
    try:
        faults = FaultPolicy(
            rate=args.fault_rate,
            latency=args.latency,
            seed=args.seed,
            hang=args.hang,
            retry_after=args.retry_after,
        )
    except ValueError as error:
        parser.error(str(error))
    server = ScriptedBatchServer(responder, host=args.host, port=args.port, faults=faults)
    if faults.rate or faults.latency:
        print(
            f"Faults: {faults.rate:.0%} of chat requests fail (seed {faults.seed}); "
            f"{faults.latency:g}s latency; a timeout fault stalls {faults.hang:g}s."
        )
    print(
        f"Scripted model server (test tooling) at {server.base_url}; Ctrl-C to stop.\n"
        f"Try: SUMMARISE_BASE_URL={server.base_url} summarise extract seeds/",
        flush=True,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        print("Stopped.")
    finally:
        server.stop()


if __name__ == "__main__":
    main()
