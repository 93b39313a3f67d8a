"""Models learnt from the hand labels, for the parts of extraction rules no longer carry."""

from __future__ import annotations

from summarise.learning.logistic import Features, LogisticModel, train

__all__ = ["Features", "LogisticModel", "train"]
