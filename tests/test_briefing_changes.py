"""The "New since the last briefing" section: items matched across briefings, three renderings."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

from summarise.article import Article
from summarise.briefing import Briefing, build_briefing, render
from summarise.briefing.changes import evidence_keys, what_changed
from summarise.briefing.model import Changes, FigureChange
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleResult
from summarise.schema import ExtractionDraft

DATA = Path(__file__).parent / "data"
GENERATED = dt.datetime(2022, 2, 3, 12, 0, tzinfo=dt.UTC)
EARLIER = GENERATED - dt.timedelta(hours=6)


def crisis_results() -> list[ArticleResult]:
    """Five hand-written articles on one crisis, grounded the way the pipeline grounds them."""
    results = []
    for raw in json.loads((DATA / "briefing_articles.json").read_text(encoding="utf-8")):
        article = Article.model_validate(raw["article"])
        draft = ExtractionDraft.model_validate(raw["draft"])
        extraction = ground_extraction(draft, article.text, article.id)
        results.append(ArticleResult(article=article, extraction=extraction, backend="scripted"))
    return results


def briefings(first: int) -> tuple[Briefing, Briefing]:
    """The briefing of the first ``first`` crisis articles, and of all five."""
    results = crisis_results()
    previous = build_briefing(results[:first], backend="scripted", generated_at=EARLIER)
    current = build_briefing(results, backend="scripted", generated_at=GENERATED)
    return previous, current


def test_the_first_briefing_has_no_previous_and_lists_nothing() -> None:
    _, current = briefings(1)

    assert what_changed(current, None) == Changes()


def test_items_sharing_no_quote_with_the_previous_briefing_are_new() -> None:
    previous, current = briefings(2)

    changes = what_changed(current, previous)

    assert changes.previous == EARLIER
    # The 3,000 troops are new: the earlier briefing's "a small number of U.S. troops" gives
    # no figure, so it is not the same item with a figure added.
    assert changes.new_items == ["P2", "M4", "C1"]
    earlier_keys = {
        k
        for c in ("positions", "diplomatic_contacts")
        for i in previous.items(c)
        for k in evidence_keys(i)
    }
    for item_id in changes.new_items:
        item = current.item(item_id)
        assert item is not None
        assert not evidence_keys(item) & earlier_keys


def test_changed_figures_are_reported_once_each() -> None:
    previous, current = briefings(2)

    changes = what_changed(current, previous)

    assert changes.changed == [
        FigureChange(
            item="M1",
            field="disputed",
            before=None,
            after="quantity about 100,000 troops vs about 130,000 troops",
        ),
        FigureChange(item="C2", field="disputed", before=None, after="status planned vs held"),
    ]


def test_renumbered_items_are_not_new() -> None:
    """Ids are positional: the same facts briefed again match by their quotes."""
    previous, current = briefings(5)

    assert what_changed(current, previous) == Changes(previous=EARLIER)


def with_changes(first: int) -> Briefing:
    previous, current = briefings(first)
    return current.model_copy(update={"changes": what_changed(current, previous)})


def section(markdown: str) -> str:
    return markdown.split("## New since the last briefing\n")[1].split("\n## ", maxsplit=1)[0]


def test_markdown_lists_new_items_and_changed_figures_after_the_summary() -> None:
    text = render(with_changes(2), "md")

    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings[:4] == [
        "Key developments",
        "Summary",
        "New since the last briefing",
        "Parties",
    ]
    lines = section(text).strip().splitlines()
    assert lines[0] == "Compared with the briefing of 2022-02-03T06:00:00+00:00."
    assert lines[2] == (
        "- New: **Boris Johnson · concern · Russia's hostile activity on the Ukrainian border · "
        "target Russia** (P2) [3][4]"
    )
    assert lines[3] == "- New: **United States · deploy · 3,000 troops → Eastern Europe** (M4) [3]"
    assert lines[4].startswith("- New: **Boris Johnson \u2013 European leaders \u2013 Joe Biden")
    assert lines[5] == (
        "- Changed: **Russia · mass · about 100,000 troops or about 130,000 troops (disputed) → "
        "near the Ukrainian border** (M1): sources now disagree: quantity about 100,000 troops "
        "vs about 130,000 troops"
    )
    assert "(C2): sources now disagree: status planned vs held" in lines[6]


def test_markdown_says_when_nothing_is_new_and_when_it_is_the_first() -> None:
    previous, current = briefings(5)
    nothing = current.model_copy(update={"changes": what_changed(current, previous)})
    first = current.model_copy(update={"changes": Changes()})

    assert section(render(nothing, "md")).strip() == (
        "Nothing new since the briefing of 2022-02-03T06:00:00+00:00."
    )
    assert section(render(first, "md")).strip() == (
        "This is the first briefing of this configuration: every item is new."
    )


def test_briefings_not_made_by_a_scheduled_run_have_no_such_section() -> None:
    _, current = briefings(1)

    assert "New since the last briefing" not in render(current, "md")
    assert "New since the last briefing" not in render(current, "html")
    assert json.loads(render(current, "json"))["changes"] is None


def test_html_links_new_and_changed_items_to_their_entries() -> None:
    page = render(with_changes(2), "html")

    block = page.split('<section id="new">')[1].split("</section>")[0]
    assert '<li>New: <a href="#P2">' in block
    assert '<li>Changed: <a href="#M1">' in block
    assert "sources now disagree: quantity about 100,000 troops vs about 130,000 troops" in block
    assert page.index('<section id="new">') < page.index('<section id="parties">')


def test_json_carries_the_changes_and_reads_back() -> None:
    briefing = with_changes(2)

    data = json.loads(render(briefing, "json"))

    assert data["changes"]["new_items"] == ["P2", "M4", "C1"]
    assert data["changes"]["changed"][1] == {
        "item": "C2",
        "field": "disputed",
        "before": None,
        "after": "status planned vs held",
    }
    assert Briefing.model_validate(data) == briefing


def _scramble_briefing(generated_at: dt.datetime) -> Briefing:
    """Two movements told in one sentence: the bombers (with a figure, and a quote of their
    own) and the fighters sent to meet them (that sentence only)."""
    shared = "Ruritanian jets were scrambled on Monday to escort two Borduvian bombers away."
    own = "The two Borduvian bombers had flown along the northern coast for an hour."
    article = Article(id="a-scramble", text=f"{shared} {own}", title="Jets scrambled")
    bombers = {
        "actor": {"name": "Borduvia", "kind": "state"},
        "activity": "patrol",
        "forces": "two bombers",
        "quantity": {"low": 2, "unit": "aircraft"},
        "status": "completed",
        "evidence": [{"quote": shared}, {"quote": own}],
    }
    fighters = {
        "actor": {"name": "Ruritania", "kind": "state"},
        "activity": "intercept",
        "forces": "Ruritanian jets",
        "status": "completed",
        "evidence": [{"quote": shared}],
    }
    draft = ExtractionDraft.model_validate({"military_movements": [bombers, fighters]})
    extraction = ground_extraction(draft, article.text, article.id)
    result = ArticleResult(article=article, extraction=extraction, backend="scripted")
    return build_briefing([result], backend="scripted", generated_at=generated_at)


def test_an_item_sharing_its_only_quote_with_another_is_matched_to_itself() -> None:
    previous, current = _scramble_briefing(EARLIER), _scramble_briefing(GENERATED)
    assert len(current.military_movements) == 2

    changes = what_changed(current, previous)

    # Before, the fighters matched the bombers (first of a tie on the one shared quote) and
    # read as "figure 2 aircraft before, not given now" on a briefing of the same article.
    assert changes.new_items == []
    assert changes.changed == []


def _one_sentence_briefing(generated_at: dt.datetime, drill_status: str) -> Briefing:
    """A deployment and a drill told in one sentence, neither with a quote of its own."""
    sentence = "Borduvia has moved some 30,000 troops into Ruritania for joint exercises."
    article = Article(id="a-drills", text=sentence, title="Troops in Ruritania")
    actor = {"name": "Borduvia", "kind": "state"}
    moved = {
        "actor": actor,
        "activity": "deploy",
        "forces": "some 30,000 troops",
        "destination": "Ruritania",
        "status": "completed",
        "evidence": [{"quote": sentence}],
    }
    drill = {**moved, "activity": "exercise", "status": drill_status}
    draft = ExtractionDraft.model_validate({"military_movements": [moved, drill]})
    extraction = ground_extraction(draft, article.text, article.id)
    result = ArticleResult(article=article, extraction=extraction, backend="scripted")
    return build_briefing([result], backend="scripted", generated_at=generated_at)


def test_items_of_one_quote_are_each_matched_to_their_own_kind() -> None:
    """Without a quote of its own, the drill tied with the deployment and was compared with
    it (the first of the tie): "status completed before, unclear now" of an unchanged drill."""
    previous = _one_sentence_briefing(EARLIER, "unclear")
    current = _one_sentence_briefing(GENERATED, "unclear")
    assert [m.activity for m in current.military_movements] == ["deploy", "exercise"]

    assert what_changed(current, previous) == Changes(previous=EARLIER)


def test_a_changed_figure_of_one_of_them_is_still_reported() -> None:
    """The look-alike: the drill's own status did change, and is said as the drill's."""
    previous = _one_sentence_briefing(EARLIER, "unclear")
    current = _one_sentence_briefing(GENERATED, "ongoing")

    assert what_changed(current, previous).changed == [
        FigureChange(item="M2", field="status", before="unclear", after="ongoing")
    ]


def edited(index: int, appended: str, article_id: str) -> ArticleResult:
    """Crisis article ``index`` as its outlet updated it: a sentence appended, so a new
    content id, and the same items grounded in it."""
    raw = json.loads((DATA / "briefing_articles.json").read_text(encoding="utf-8"))[index]
    article = Article.model_validate(raw["article"])
    article = article.model_copy(update={"id": article_id, "text": f"{article.text} {appended}"})
    draft = ExtractionDraft.model_validate(raw["draft"])
    extraction = ground_extraction(draft, article.text, article.id)
    return ArticleResult(article=article, extraction=extraction, backend="scripted")


def test_an_article_edited_since_brings_back_no_item_as_new() -> None:
    results = crisis_results()
    previous = build_briefing(results[:2], backend="scripted", generated_at=EARLIER)
    update = edited(1, "Officials declined to comment further.", "a-yahoo-updated")
    current = build_briefing([results[0], update], backend="scripted", generated_at=GENERATED)

    assert what_changed(current, previous) == Changes(previous=EARLIER)


def test_the_same_text_from_another_address_brings_back_no_item_as_new() -> None:
    """A run's window holds a text once, from the first source listing it: a folder's copy
    of a page a `urls` list gave before replaces the page, and its items were all "New"."""
    results = crisis_results()
    previous = build_briefing(results[:2], backend="scripted", generated_at=EARLIER)
    copy = results[1].model_copy(
        update={
            "article": results[1].article.model_copy(
                update={"url": None, "path": "/srv/desk/saved/copy.html"}
            )
        }
    )
    current = build_briefing([results[0], copy], backend="scripted", generated_at=GENERATED)

    assert what_changed(current, previous) == Changes(previous=EARLIER)


def test_another_article_of_the_same_words_is_still_new() -> None:
    """The look-alike: a second outlet's copy under another address is another source."""
    results = crisis_results()
    previous = build_briefing(results[:2], backend="scripted", generated_at=EARLIER)
    copy = edited(1, "Officials declined to comment further.", "a-yahoo-copy")
    copy = copy.model_copy(
        update={"article": copy.article.model_copy(update={"url": "https://wire.example/copy"})}
    )
    current = build_briefing([results[0], copy], backend="scripted", generated_at=GENERATED)

    assert what_changed(current, previous).new_items


def test_records_of_one_file_still_bring_their_new_items() -> None:
    """Records of one JSON Lines file share its path: a new record's items are still new."""
    results = [
        r.model_copy(
            update={"article": r.article.model_copy(update={"url": None, "path": "wire.jsonl"})}
        )
        for r in crisis_results()
    ]
    previous = build_briefing(results[:2], backend="scripted", generated_at=EARLIER)
    current = build_briefing(results, backend="scripted", generated_at=GENERATED)

    assert what_changed(current, previous).new_items == ["P2", "M4", "C1"]


def test_items_and_articles_the_last_briefing_had_are_said_to_be_gone() -> None:
    """A folder that loses an article (or a window it leaves): its items are not silently
    missing; the article is named, and so are the items no other article still gives."""
    previous, current = briefings(5)
    results = crisis_results()
    fewer = build_briefing(results[:-1], backend="scripted", generated_at=GENERATED)

    changes = what_changed(fewer, previous)

    gone = previous.sources[-1]
    assert changes.articles_gone == [gone.label]
    lost = [
        i.headline
        for c in ("positions", "military_movements", "diplomatic_contacts")
        for i in previous.items(c)
        if {r.article_id for r in i.reports} == {gone.article_id}
    ]
    assert lost
    assert changes.dropped == lost
    assert not changes.new_items
    assert not changes.nothing
    lines = section(render(fewer.model_copy(update={"changes": changes}), "md")).splitlines()
    assert (
        "- No longer read: 1 article (out of the window, removed or no longer listed): "
        f"{gone.label}" in lines
    )
    assert any(line.startswith("- Dropped: ") for line in lines)
    page = render(fewer.model_copy(update={"changes": changes}), "html")
    assert "No longer read: 1 article" in page
    assert json.loads(render(fewer.model_copy(update={"changes": changes}), "json"))["changes"][
        "articles_gone"
    ] == [gone.label]
    # The same articles again, renumbered, an edited one or a copy from another address
    # (the tests above): nothing gone.
    assert what_changed(current, previous).nothing


def test_an_edit_that_takes_a_sentence_out_drops_its_item_not_the_article() -> None:
    results = crisis_results()
    previous = build_briefing(results[:2], backend="scripted", generated_at=EARLIER)
    raw = json.loads((DATA / "briefing_articles.json").read_text(encoding="utf-8"))[1]
    article = Article.model_validate(raw["article"])
    draft = ExtractionDraft.model_validate(raw["draft"])
    kept = draft.model_copy(update={"military_movements": draft.military_movements[1:]})
    cut = article.model_copy(update={"id": "a-yahoo-cut"})
    result = ArticleResult(
        article=cut, extraction=ground_extraction(kept, cut.text, cut.id), backend="scripted"
    )
    current = build_briefing([results[0], result], backend="scripted", generated_at=GENERATED)

    changes = what_changed(current, previous)

    assert changes.articles_gone == []
    assert len(changes.dropped) == 1
    assert not changes.new_items
