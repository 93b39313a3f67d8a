"""Shape survival: the same fact said in another sentence shape, and whether the offline
rules still find it (``rewrites`` and ``clause_rewrites``: the shapes, of words and of
clauses, listed in ``catalogue``; ``grammar``: the subject and verb classes they share;
``edits``: carrying the label's quotes; ``names``: what a rewrite must know of a capitalised
word; ``survival``: the measurement).
``benchmarks/shape_survival.py`` runs it over the open sets."""

from summarise.evaluation.shapes.catalogue import REWRITES
from summarise.evaluation.shapes.edits import Edit, Piece
from summarise.evaluation.shapes.grammar import Rewriter
from summarise.evaluation.shapes.names import Document
from summarise.evaluation.shapes.survival import SetShapes, Tally, measure_set, total

__all__ = [
    "REWRITES",
    "Document",
    "Edit",
    "Piece",
    "Rewriter",
    "SetShapes",
    "Tally",
    "measure_set",
    "total",
]
