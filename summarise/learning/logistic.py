"""A multinomial logistic regression over named sparse features, small enough to read.

Hand rules tuned on the labelled sentences stopped carrying over to unseen text (rounds 7
and 8), so parts of the offline extractor learn their choices from the labels instead. The
model is the plainest one that can: a weight per feature and class, so a reader can see why
it chose (the heaviest features of a decision) and a diff of the weights file shows what a
retraining changed. Inference is a dot product in pure Python: it runs inside the extractor
for every candidate, where importing and calling scikit-learn would cost more than the
arithmetic. Training runs only when the labels change and uses scipy's L-BFGS, which the
project already depends on for the scorer.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from numpy.typing import NDArray
from scipy.optimize import minimize
from scipy.special import logsumexp

Features = Mapping[str, float]

# Weights are stored rounded: six digits keep every decision while keeping the file diffable.
_DIGITS = 6


@dataclass(frozen=True)
class LogisticModel:
    """Per-class weights for each named feature, and a bias per class."""

    classes: tuple[str, ...]
    weights: Mapping[str, tuple[float, ...]]
    bias: tuple[float, ...]

    def scores(self, features: Features) -> list[float]:
        """Unnormalised class scores; features the model never saw weigh nothing."""
        z = list(self.bias)
        for name, value in features.items():
            row = self.weights.get(name)
            if row is not None:
                for k, w in enumerate(row):
                    z[k] += w * value
        return z

    def probabilities(self, features: Features) -> dict[str, float]:
        z = self.scores(features)
        top = max(z)
        exp = [math.exp(v - top) for v in z]
        total = sum(exp)
        return {c: e / total for c, e in zip(self.classes, exp, strict=True)}

    def predict(self, features: Features) -> tuple[str, float]:
        """The most probable class and its probability (ties go to the earlier class)."""
        p = self.probabilities(features)
        best = max(self.classes, key=p.__getitem__)
        return best, p[best]

    def reasons(self, features: Features, label: str, n: int = 3) -> list[tuple[str, float]]:
        """The features that pushed hardest towards ``label``, for traces and reviews."""
        k = self.classes.index(label)
        pushes = [
            (name, row[k] * value)
            for name, value in features.items()
            if (row := self.weights.get(name)) is not None
        ]
        return sorted(pushes, key=lambda p: (-p[1], p[0]))[:n]

    def to_json(self) -> str:
        """Sorted and rounded, so that retraining on unchanged labels gives the same file."""
        weights = {
            name: [round(w, _DIGITS) for w in row]
            for name, row in sorted(self.weights.items())
            if any(round(w, _DIGITS) for w in row)
        }
        body = {
            "classes": list(self.classes),
            "bias": [round(b, _DIGITS) for b in self.bias],
            "weights": weights,
        }
        return json.dumps(body, indent=1, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> LogisticModel:
        body = json.loads(text)
        classes = tuple(str(c) for c in body["classes"])
        weights = {str(k): tuple(float(w) for w in v) for k, v in body["weights"].items()}
        if any(len(row) != len(classes) for row in weights.values()):
            raise ValueError("a weight row does not have one weight per class")
        return cls(classes=classes, weights=weights, bias=tuple(float(b) for b in body["bias"]))

    @classmethod
    def load(cls, path: Path) -> LogisticModel:
        return cls.from_json(path.read_text("utf-8"))


def train(
    examples: Sequence[tuple[Features, str]], *, l2: float = 1.0, min_count: int = 1
) -> LogisticModel:
    """Fit by L-BFGS from zero weights: the same examples always give the same model.

    ``l2`` is the penalty on the squared weights (not on the biases): a few hundred labelled
    items are too few for an unpenalised fit to mean anything beyond them. Features seen in
    fewer than ``min_count`` examples are dropped for the same reason.
    """
    if not examples:
        raise ValueError("no examples to train on")
    classes = tuple(sorted({label for _, label in examples}))
    if len(classes) < 2:
        raise ValueError(f"one class only ({classes[0]}): nothing to tell apart")
    seen: dict[str, int] = {}
    for features, _ in examples:
        for name in features:
            seen[name] = seen.get(name, 0) + 1
    names = sorted(name for name, count in seen.items() if count >= min_count)
    column = {name: j for j, name in enumerate(names)}
    x = np.zeros((len(examples), len(names)))
    y = np.zeros((len(examples), len(classes)))
    for i, (features, label) in enumerate(examples):
        for name, value in features.items():
            if name in column:
                x[i, column[name]] = value
        y[i, classes.index(label)] = 1.0
    n_weights = len(names) * len(classes)

    def loss(theta: NDArray[np.float64]) -> tuple[float, NDArray[np.float64]]:
        w = theta[:n_weights].reshape(len(names), len(classes))
        b = theta[n_weights:]
        z = x @ w + b
        log_p = z - logsumexp(z, axis=1, keepdims=True)
        error = np.exp(log_p) - y
        value = -float((y * log_p).sum()) + 0.5 * l2 * float((w * w).sum())
        grad_w = x.T @ error + l2 * w
        return value, np.concatenate([grad_w.ravel(), error.sum(axis=0)])

    start = np.zeros(n_weights + len(classes))
    fit = minimize(loss, start, jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    w = fit.x[:n_weights].reshape(len(names), len(classes))
    return LogisticModel(
        classes=classes,
        weights={name: tuple(float(v) for v in w[j]) for name, j in column.items()},
        bias=tuple(float(v) for v in fit.x[n_weights:]),
    )
