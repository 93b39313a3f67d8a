"""Scoring a predicted extraction against a hand label.

Detection and fields are reported separately, so partial credit is visible rather than
hidden: a matched pair counts as a detection hit even when its fields are wrong, and the
field scores (means over matched pairs) show what it got wrong.

- ``pairing``: the similarity of two items, the match rule and the optimal assignment;
- ``names``: when two actor names name the same party;
- ``fields``: per-field accuracy of a matched pair;
- ``scores``: detection, field and run scores, and how they add up (empty cases, micro, macro);
- ``scorer``: one article scored item by item, and articles added up into a run;
- ``describe``: the one-line name of an item used wherever items are listed.
"""

from summarise.evaluation.scoring.actor_pairs import names_agree
from summarise.evaluation.scoring.describe import describe
from summarise.evaluation.scoring.fields import quantity_agrees, token_f1
from summarise.evaluation.scoring.pairing import similarity
from summarise.evaluation.scoring.scorer import (
    ArticleScore,
    CategoryResult,
    aggregate,
    score_article,
)
from summarise.evaluation.scoring.scores import Detection, EvalScore, Rate, RunCost

__all__ = [
    "ArticleScore",
    "CategoryResult",
    "Detection",
    "EvalScore",
    "Rate",
    "RunCost",
    "aggregate",
    "describe",
    "names_agree",
    "quantity_agrees",
    "score_article",
    "similarity",
    "token_f1",
]
