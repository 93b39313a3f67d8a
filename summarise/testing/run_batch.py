"""A stand-in for ``vllm run-batch`` (test tooling): a requests file in, vLLM's results out.

``vllm run-batch -i requests.jsonl -o results.jsonl --model M`` needs a GPU; this writes
the same output format (vLLM's ``BatchRequestOutput`` lines: ``id``, ``custom_id``,
``response.status_code``, ``response.request_id``, ``response.body``, ``error``) with a
responder standing in for the model, one line at a time, so the collect path can be tried
and tested on any machine and on archives of any size:

    python -m summarise.testing.run_batch -i requests.jsonl -o results.jsonl --quotes
"""

from __future__ import annotations

import argparse
import json
import uuid
from pathlib import Path

from summarise.testing.completions import chat_completion
from summarise.testing.responders import (
    LabelEchoResponder,
    Responder,
    SentenceQuoteResponder,
    empty_responder,
)


def run_batch(requests: Path, results: Path, responder: Responder, model: str = "vllm") -> int:
    """Answer every line of ``requests`` into ``results``; returns the number of lines."""
    count = 0
    with requests.open(encoding="utf-8") as source, results.open("w", encoding="utf-8") as out:
        for text in source:
            if not text.strip():
                continue
            request = json.loads(text)
            body = request["body"]
            completion = chat_completion(
                body, json.dumps(responder(body)), truncated=False, model=model
            )
            line = {
                "id": f"vllm-{uuid.uuid4().hex}",
                "custom_id": request["custom_id"],
                "response": {
                    "status_code": 200,
                    "request_id": f"vllm-batch-{uuid.uuid4().hex}",
                    "body": completion,
                },
                "error": None,
            }
            out.write(json.dumps(line) + "\n")
            count += 1
    return count


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m summarise.testing.run_batch",
        description="Test tooling: answers a batch requests file in vllm run-batch's format.",
    )
    parser.add_argument("-i", "--input-file", type=Path, required=True)
    parser.add_argument("-o", "--output-file", type=Path, required=True)
    parser.add_argument("--labels", type=Path, help="folder of gold label JSON files to echo")
    parser.add_argument("--quotes", action="store_true", help="positions quoting each article")
    args = parser.parse_args(argv)
    responder: Responder = empty_responder
    if args.labels is not None:
        responder = LabelEchoResponder(args.labels)
    elif args.quotes:
        responder = SentenceQuoteResponder()
    count = run_batch(args.input_file, args.output_file, responder)
    print(f"Answered {count} requests into {args.output_file}.")


if __name__ == "__main__":
    main()
