"""Does a found item survive its sentence said in another shape? A metamorphic test.

For each gold item the baseline finds (a true positive) and each rewrite that applies to
the item's sentence, the sentence is rewritten in the article, the label's quotes carried
along (``Edit.map_span``), the article extracted again and scored against the carried
label. The item survives when it is still found; its holder (actor, participants) and
stance (activity, mode) are kept when they were right before and still are. A rewrite
also may make a false positive: one of a kind (category, holder, stance) the article did
not have before. No label is written and no sentence is tuned to: every found item of
every open set is a test, in every shape that fits it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

from summarise.article import Article
from summarise.evaluation.harness import labelled_articles
from summarise.evaluation.scoring import ArticleScore, describe, score_article
from summarise.evaluation.shapes.catalogue import REWRITES
from summarise.evaluation.shapes.edits import Edit
from summarise.evaluation.shapes.grammar import Rewriter
from summarise.evaluation.shapes.names import Document
from summarise.extraction.backends.baseline import extract_article
from summarise.extraction.grounding import ground_extraction, ground_labels
from summarise.extraction.sentences import split_sentences
from summarise.schema import (
    CATEGORIES,
    PRINCIPAL_FIELD,
    ArticleExtraction,
    Category,
    DiplomaticContact,
    Evidence,
    Item,
)

# The field naming an item's kind, per category (whose it is: ``PRINCIPAL_FIELD``).
_KIND: dict[Category, str] = {
    "positions": "stance",
    "military_movements": "activity",
    "diplomatic_contacts": "mode",
}


@dataclass
class Tally:
    """One rewrite's figures: items it applied to, items still found, holders and stances
    right before and still right, false positives of a new kind, other found items lost."""

    applied: int = 0
    survived: int = 0
    holder_right: int = 0
    holder_kept: int = 0
    kind_right: int = 0
    kind_kept: int = 0
    created: int = 0
    others_lost: int = 0

    @property
    def survival(self) -> float:
        return self.survived / self.applied if self.applied else 1.0

    def add(self, other: Tally) -> None:
        for name, value in asdict(other).items():
            setattr(self, name, getattr(self, name) + value)


@dataclass(frozen=True)
class Failure:
    """An item lost, or found with its holder or stance no longer right, after a rewrite."""

    set: str
    article: str
    rewrite: str
    item: str
    lost: str
    before: str
    after: str


@dataclass(frozen=True)
class Created:
    """A false positive of a kind the article did not have before the rewrite."""

    set: str
    article: str
    rewrite: str
    item: str
    after: str


@dataclass
class SetShapes:
    name: str
    tallies: dict[str, Tally] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)
    created: list[Created] = field(default_factory=list)


def _found(score: ArticleScore) -> dict[tuple[Category, int], dict[str, float]]:
    return {
        (category, pair.gold_index): pair.fields
        for category, result in score.categories.items()
        for pair in result.pairs
    }


def _spurious_kinds(score: ArticleScore, predicted: ArticleExtraction) -> Counter[tuple[str, ...]]:
    kinds: Counter[tuple[str, ...]] = Counter()
    for category, result in score.categories.items():
        items = predicted.items(category)
        for spurious in result.spurious:
            kinds[_kind_key(category, items[spurious.predicted_index])] += 1
    return kinds


def _kind_key(category: Category, item: Item) -> tuple[str, ...]:
    if isinstance(item, DiplomaticContact):
        names = " & ".join(sorted(a.name.lower() for a in item.participants))
    else:
        names = getattr(item, PRINCIPAL_FIELD[category]).name.lower()
    return (category, names, str(getattr(item, _KIND[category])))


def _carried(gold: ArticleExtraction, edit: Edit, text: str) -> ArticleExtraction:
    """The label with each grounded quote carried to where its words stand after ``edit``."""
    data = gold.model_dump()
    for category in CATEGORIES:
        for item in data[category]:
            for evidence in item["evidence"]:
                if evidence.get("start") is None or evidence.get("end") is None:
                    continue
                start, end = edit.map_span(evidence["start"], evidence["end"])
                evidence.update(start=start, end=end, quote=text[start:end])
    return ArticleExtraction.model_validate(data)


def _sentence_of(sentences: list[tuple[int, int]], item: Item) -> tuple[int, int] | None:
    """The sentence holding the start of the item's first grounded quote."""
    for evidence in item.evidence:
        if isinstance(evidence, Evidence) and evidence.grounded and evidence.start is not None:
            for start, end in sentences:
                if start <= evidence.start < end:
                    return start, end
    return None


def _name(article: Article) -> str:
    return Path(article.path).stem if article.path else article.id


def measure_article(
    set_name: str,
    article: Article,
    label: ArticleExtraction,
    rewrites: Mapping[str, Rewriter],
    shapes: SetShapes,
) -> None:
    """Every rewrite of every sentence holding a found item of ``article``, tallied."""
    text = article.text
    gold = ground_labels(label, text)
    predicted = ground_extraction(extract_article(article), text, article.id)
    before = score_article(gold, predicted)
    found = _found(before)
    spurious = _spurious_kinds(before, predicted)
    sentences = split_sentences(text)
    by_sentence: dict[tuple[int, int], list[tuple[Category, int]]] = {}
    for category, index in sorted(found):
        sentence = _sentence_of(sentences, gold.items(category)[index])
        if sentence is not None:
            by_sentence.setdefault(sentence, []).append((category, index))
    document = Document(text)
    for (start, end), items in sorted(by_sentence.items()):
        for rewrite, rewriter in rewrites.items():
            edit = rewriter(document, start, end)
            if edit is None:
                continue
            new_text = edit.apply(text)
            new_gold = _carried(gold, edit, new_text)
            new_predicted = ground_extraction(
                extract_article(article.model_copy(update={"text": new_text})),
                new_text,
                article.id,
            )
            after = score_article(new_gold, new_predicted)
            now = _found(after)
            new_start, new_end = edit.map_span(start, end)
            old_sentence = text[start:end]
            new_sentence = new_text[min(new_start, edit.start) : new_end]
            tally = shapes.tallies.setdefault(rewrite, Tally())
            # A label item of the sentence not found before and found after took the place
            # of one found before: the scorer's one-to-one pairing chose the other of two
            # items one quote answers, and the found item stands for the lost one.
            stand_ins = [
                key
                for key in now
                if key not in found
                and _sentence_of(sentences, gold.items(key[0])[key[1]]) == (start, end)
            ]
            for category, index in items:
                after_fields = now.get((category, index))
                if after_fields is None:
                    same = next((key for key in stand_ins if key[0] == category), None)
                    if same is not None:
                        stand_ins.remove(same)
                        after_fields = now[same]
                lost = _tally_item(tally, category, found[(category, index)], after_fields)
                if lost:
                    item = f"{category}: {describe(category, gold.items(category)[index])}"
                    shapes.failures.append(
                        Failure(
                            set_name,
                            _name(article),
                            rewrite,
                            item,
                            lost,
                            old_sentence,
                            new_sentence,
                        )
                    )
            tally.others_lost += sum(1 for key in found if key not in now and key not in items)
            for key, count in (_spurious_kinds(after, new_predicted) - spurious).items():
                tally.created += count
                shapes.created.append(
                    Created(set_name, _name(article), rewrite, " · ".join(key), new_sentence)
                )


def _tally_item(
    tally: Tally,
    category: Category,
    fields_before: Mapping[str, float],
    fields_after: Mapping[str, float] | None,
) -> str:
    """Count one item; what it lost ("item", "holder", "stance", …), empty if nothing."""
    tally.applied += 1
    if fields_after is None:
        return "item"
    tally.survived += 1
    lost = []
    for name in (PRINCIPAL_FIELD[category], _KIND[category]):
        if fields_before.get(name) != 1.0:
            continue
        right, kept = (
            ("holder_right", "holder_kept")
            if name == PRINCIPAL_FIELD[category]
            else ("kind_right", "kind_kept")
        )
        setattr(tally, right, getattr(tally, right) + 1)
        if fields_after.get(name) == 1.0:
            setattr(tally, kept, getattr(tally, kept) + 1)
        else:
            lost.append(name)
    return " & ".join(lost)


def measure_set(
    name: str,
    labels_dir: Path,
    articles_dir: Path,
    rewrites: Mapping[str, Rewriter] = REWRITES,
) -> SetShapes:
    articles, labels = labelled_articles(labels_dir, articles_dir)
    shapes = SetShapes(name, {rewrite: Tally() for rewrite in rewrites})
    for article in articles:
        measure_article(name, article, labels[article.id], rewrites, shapes)
    return shapes


def total(sets: Iterable[SetShapes]) -> dict[str, Tally]:
    totals: dict[str, Tally] = {}
    for shapes in sets:
        for rewrite, tally in shapes.tallies.items():
            totals.setdefault(rewrite, Tally()).add(tally)
    return totals
