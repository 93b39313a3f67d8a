"""Starting labels (``summarise label``): an extraction written as a label to correct.

The command end to end, and the round trip through ``summarise eval``, are in
``test_cli_offline.py``; here, what a label is called and what it keeps.
"""

from __future__ import annotations

from pathlib import Path

from summarise.article import Article
from summarise.evaluation import label_names, label_text, starting_label
from summarise.extraction.results import ArticleResult
from summarise.loading import load_articles
from summarise.schema import ArticleExtraction


def test_starting_labels_are_named_by_stem_unless_a_stem_is_shared(tmp_path: Path) -> None:
    for folder, text in [("dev", "Talks resumed in Geneva."), ("test", "Talks ended in Minsk.")]:
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "talks.txt").write_text(text, encoding="utf-8")
    (tmp_path / "dev" / "visit.txt").write_text("The minister visited Kyiv.", encoding="utf-8")
    results = [
        ArticleResult(article=a, extraction=ArticleExtraction(article_id=a.id), backend="stand-in")
        for a in load_articles([tmp_path]).articles
    ]

    names = label_names(results)

    by_path = {Path(r.article.path or "").relative_to(tmp_path).as_posix(): r for r in results}
    assert names[by_path["dev/visit.txt"].article.id] == "visit"
    assert names[by_path["dev/talks.txt"].article.id] == by_path["dev/talks.txt"].article.id
    assert names[by_path["test/talks.txt"].article.id] == by_path["test/talks.txt"].article.id


def test_a_starting_label_keeps_found_quotes_verbatim_and_drops_the_rest() -> None:
    text = "Mr Putin said on Monday that Russia had \u201cno plans\u201d to invade."
    found = {"quote": 'Russia had "no plans" to invade.', "match": "normalised"}
    extraction = ArticleExtraction.model_validate(
        {
            "article_id": "x",
            "positions": [
                {
                    "holder": {"name": "Vladimir Putin", "kind": "person"},
                    "stance": "deny",
                    "topic": "plans to invade",
                    "evidence": [
                        {**found, "start": 29, "end": 61},
                        {**found, "start": 29, "end": 61},
                        {"quote": "Russia will never invade.", "match": "none"},
                    ],
                },
                {
                    "holder": {"name": "Russia", "kind": "state"},
                    "stance": "deny",
                    "topic": "invasion",
                    "evidence": [{"quote": "An invented quote.", "match": "none"}],
                },
            ],
        }
    )
    result = ArticleResult(
        article=Article(id="x", text=text, path="a/putin.txt"),
        extraction=extraction,
        backend="stand-in",
    )

    label = starting_label(result, "putin")

    assert label.article_id == "putin"
    assert [[e.quote for e in p.evidence] for p in label.positions] == [
        ["Russia had \u201cno plans\u201d to invade."]
    ]
    assert '"evidence": [\n        {\n          "quote": ' in label_text(label)
    assert '"match"' not in label_text(label)
    assert label_text(label).startswith('{\n  "article_id": "putin",')
