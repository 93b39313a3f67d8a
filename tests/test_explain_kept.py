"""``extract --explain`` ends each article with the items it kept after merging, so an
item drafted in a sentence and merged away is told apart from one that reaches the output.
Invented sentences only."""

from __future__ import annotations

import io

from rich.console import Console

from summarise.article import Article
from summarise.cli.explain import write_explanations


def explained(text: str) -> list[str]:
    buffer = io.StringIO()
    console = Console(file=buffer, highlight=False, soft_wrap=True, no_color=True, width=200)
    write_explanations(console, [Article(id="test", text=text)])
    return buffer.getvalue().splitlines()


def test_a_restatement_merged_away_is_counted_and_the_kept_item_names_both_sentences() -> None:
    lines = explained(
        "Polish President Jan Nowak condemned the shelling of Kharkiv by Russian forces.\n\n"
        "Nowak again condemned the shelling of Kharkiv by Russian forces on Tuesday.\n\n"
        "Latvia sent 300 troops to Lithuania."
    )
    kept = lines[lines.index("kept 3 of 5 drafted items; 2 merged into these as restatements") :]
    assert kept[1:] == [
        "    kept position · Jan Nowak · accuse → Russia · shelling of Kharkiv by Russian forces"
        " [0][1]",
        "    kept movement · Russia · other (ongoing) · Russian forces [0][1]",
        "    kept movement · Latvia · deploy (completed) · 300 troops → Lithuania [2]",
    ]


def test_nothing_merged_says_only_how_many_were_kept() -> None:
    lines = explained("Latvia sent 300 troops to Lithuania.")
    assert lines[-2:] == [
        "kept 1 of 1 drafted item",
        "    kept movement · Latvia · deploy (completed) · 300 troops → Lithuania [0]",
    ]


def test_an_article_with_no_item_says_so() -> None:
    assert explained("The weather in Riga was mild on Tuesday.")[-1] == "kept 0 of 0 drafted items"


def test_evidence_added_to_a_contact_before_is_no_draft_of_its_own() -> None:
    lines = explained(
        "Finnish President Aino Lahti held a phone call with Polish President Jan Nowak.\n\n"
        "The leaders discussed the situation on the border."
    )
    assert any("evidence added to the contact before" in line for line in lines)
    assert "kept 1 of 1 drafted item" in lines
    assert lines[-1].endswith("phone_call (held) [0][1]")
