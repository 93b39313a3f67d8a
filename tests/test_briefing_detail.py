"""Short by default, complete on request: one line and the best quote per item in the short
layout, every quote in context in the full one; long HTML sections folded."""

from __future__ import annotations

import re
from typing import Any

import pytest
from helpers import GENERATED, ROOT, crisis_results, run_cli
from test_key_developments import actor, brief, position, result

from summarise.briefing import Briefing, build_briefing, render
from summarise.briefing.best_quote import anchor_at, best_quote
from summarise.briefing.render_html import FOLD_AT
from summarise.briefing.render_markdown import SHORT_QUOTE, clipped, quoted
from summarise.errors import ConfigError
from summarise.schema import CATEGORIES


def crisis() -> Briefing:
    return build_briefing(crisis_results(), backend="scripted", generated_at=GENERATED)


def section(text: str, title: str) -> str:
    return text.split(f"## {title}\n\n")[1].split("\n## ", maxsplit=1)[0]


def test_short_markdown_gives_each_item_one_line_and_its_best_quote() -> None:
    briefing = crisis()

    text = render(briefing, "md")

    movements = section(text, "Military movements").strip().splitlines()
    items = briefing.military_movements
    assert len([line for line in movements if line.startswith("- ")]) == len(items)
    first = items[0]
    chosen = best_quote(first)
    assert chosen is not None
    quote = chosen[1]
    line = movements[0]
    assert line.startswith(f"- {first.headline} ({first.status}) [")
    assert quote.span[:30] in line
    quotes = re.findall(r"\u201c(.*?)\u201d$", line)
    assert quotes
    assert len(quotes[0]) <= SHORT_QUOTE + 1
    assert "| Party |" not in text
    assert "Items per party: Boris Johnson" in section(text, "Parties")


def test_the_short_layout_marks_a_cut_quote_and_keeps_disputes_in_line() -> None:
    text = render(crisis(), "md")

    assert "\u2026\u201d" in text
    assert "  - *Disputed* — figure: about 100,000 troops" in text


def test_the_seeds_short_briefing_is_about_a_third_of_the_full_one() -> None:
    short = run_cli(["brief", str(ROOT / "seeds")])
    full = run_cli(["brief", str(ROOT / "seeds"), "--detail", "full"])

    assert short.returncode == full.returncode == 0
    # Each short line carries its item id too, so the key developments' ids resolve.
    assert len(short.stdout) < len(full.stdout) / 2.4
    assert "## Key developments" in short.stdout
    assert "| Party | Kind |" in full.stdout


def test_short_html_shows_the_best_quote_and_folds_the_others_and_long_sections() -> None:
    briefing = crisis()

    short = render(briefing, "html")
    full = render(briefing, "html", "full")

    items = short.split('<article class="item')[1:]
    shown = [block.split('<ul class="reports">')[1].split("</ul>")[0] for block in items]
    assert all(block.count("<li>") == 1 for block in shown)
    assert any('<details class="more"><summary>' in block for block in items)
    assert '<details class="more">' not in full
    assert max(len(briefing.items(c)) for c in CATEGORIES) <= FOLD_AT
    assert '<details class="fold"><summary>' not in short


def test_a_section_longer_than_the_fold_starts_folded() -> None:
    page = run_cli(["brief", str(ROOT / "seeds"), "--format", "html"]).stdout

    positions = page.split('<section id="positions"')[1].split("</section>")[0]
    contacts = page.split('<section id="diplomatic_contacts"')[1].split("</section>")[0]
    assert '<details class="fold"><summary>' in positions
    assert '<details class="fold" open><summary>' in contacts


def test_an_unknown_detail_is_refused_in_words() -> None:
    with pytest.raises(ConfigError, match="Unknown detail 'medium'"):
        render(crisis(), "md", "medium")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("span", "shown"),
    [
        ("The pact is defensive.\u201d", "\u201cThe pact is defensive.\u201d"),
        ('the talks had failed."', "\u201cthe talks had failed.\u201d"),
        ("\u201cWe will not move first", "\u201cWe will not move first\u201d"),
        (
            "He said: \u201cWe will not move first.\u201d",
            "\u201cHe said: \u201cWe will not move first.\u201d\u201d",
        ),
        ('She called it "a farce".', '\u201cShe called it "a farce".\u201d'),
    ],
)
def test_a_quote_never_shows_a_mark_that_closes_nothing(span: str, shown: str) -> None:
    assert quoted(span) == shown


def smith_jones_call(status: str, *quotes: str) -> dict[str, Any]:
    """A phone call of two invented presidents, quoted by ``quotes``."""
    return {
        "participants": [
            actor("Ann Smith", country="Freedonia", role="President"),
            actor("Bo Jones", country="Sylvania", role="President"),
        ],
        "mode": "phone_call",
        "status": status,
        "evidence": [{"quote": q} for q in quotes],
    }


def test_the_quote_shown_for_a_call_is_one_that_states_the_call() -> None:
    said = "He stressed the need for dialogue between the two sides."
    call = "The Freedonian president spoke by phone with his Sylvanian counterpart on Monday."
    contact = smith_jones_call("held", said, call)
    briefing = brief([result("a", f"{call} {said}", {"diplomatic_contacts": [contact]})])

    chosen = best_quote(briefing.diplomatic_contacts[0])

    assert chosen is not None
    assert chosen[1].span == call  # though the other is shorter and readable


def test_the_quote_shown_for_a_meeting_names_its_participants() -> None:
    """A later sentence's "a separate meeting", taken as more evidence of the contact, is
    shorter but names neither side: shown alone it would put another meeting under the
    item (invented sentences)."""
    held = "We held a Freedonia-Sylvania council meeting in mid-January with their envoys."
    other = "The minister asked me for a separate meeting in Geneva."
    contact = {
        "participants": [
            actor("Freedonia", "state", "Freedonia"),
            actor("Sylvania", "state", "Sylvania"),
        ],
        "mode": "meeting",
        "status": "held",
        "evidence": [{"quote": held}, {"quote": other}],
    }
    briefing = brief([result("a", f"{held} {other}", {"diplomatic_contacts": [contact]})])

    chosen = best_quote(briefing.diplomatic_contacts[0])

    assert chosen is not None
    assert chosen[1].span == held


def test_the_quote_shown_for_a_meeting_names_both_sides_not_one() -> None:
    """ "would be met with" has a mode's word in another sense; the sentence that names
    both sides states the meeting, though it is longer (invented sentences)."""
    held = "The Freedonian envoy Ann Smith met her Sylvanian counterpart Bo Jones in Port Ness."
    said = "Smith warned that any incursion would be met with a firm reply."
    contact = {
        "participants": [
            actor("Ann Smith", country="Freedonia", role="envoy"),
            actor("Bo Jones", country="Sylvania", role="envoy"),
        ],
        "mode": "meeting",
        "status": "held",
        "evidence": [{"quote": held}, {"quote": said}],
    }
    briefing = brief([result("a", f"{held} {said}", {"diplomatic_contacts": [contact]})])

    chosen = best_quote(briefing.diplomatic_contacts[0])

    assert chosen is not None
    assert chosen[1].span == held


PLANNED_CALL = "Ann Smith will speak by phone with Bo Jones on Monday."
HELD_CALL = "Ann Smith spoke by phone with her Sylvanian counterpart Bo Jones on Monday evening."


def planned_then_held() -> Briefing:
    """One call, planned in one source and held in a later one."""
    return brief(
        [
            result(
                "a",
                PLANNED_CALL,
                {"diplomatic_contacts": [smith_jones_call("planned", PLANNED_CALL)]},
            ),
            result(
                "b",
                HELD_CALL,
                {"diplomatic_contacts": [smith_jones_call("held", HELD_CALL)]},
                published="2022-02-02",
            ),
        ]
    )


def test_the_quote_shown_reports_the_stage_the_line_shows() -> None:
    """Sources disagree on a call's stage; the line shows it held, so the quote shown is
    the held one's, though the planned one is shorter (invented sentences)."""
    briefing = planned_then_held()
    (item,) = briefing.diplomatic_contacts
    assert item.status == "held"
    assert [d.field for d in item.disagreements] == ["status"]

    chosen = best_quote(item)

    assert chosen is not None
    assert chosen[1].span == HELD_CALL


def test_the_summary_says_what_the_sources_disagree_on() -> None:
    """A call held in one source and planned in another is no figure: the Summary said
    "1 item with disputed or inconsistent figures" of it (invented sentences)."""
    briefing = planned_then_held()
    said = "1 item on which the sources disagree (1 on a status)."

    assert f"- {said}" in render(briefing, "md", detail="full").splitlines()
    assert f"<li>{said}</li>" in render(briefing, "html", detail="full")
    assert "figures" not in section(render(briefing, "md", detail="full"), "Summary")


LONG = (
    "This weekend the Freedonian president will also consider a range of options to bolster"
    " the eastern flank against Sylvanian aggression in the region, officials said."
)


def test_a_short_quote_is_cut_around_the_items_words_when_its_opening_lacks_them() -> None:
    """A long sentence's opening says nothing of the item: the cut keeps a few words
    before the item's own (invented sentence)."""
    at = LONG.index("Sylvanian aggression")

    assert clipped(LONG, SHORT_QUOTE, at) == (
        "…the eastern flank against Sylvanian aggression in the region…"
    )
    assert clipped(LONG, SHORT_QUOTE) == (
        "This weekend the Freedonian president will also consider a…"
    )
    assert clipped(LONG, SHORT_QUOTE, 5) == clipped(LONG, SHORT_QUOTE)


def test_the_short_line_shows_the_positions_topic_in_its_quote() -> None:
    holder = actor("Ann Smith", country="Freedonia", role="President")
    item = position(holder, "accuse", "Sylvanian aggression in the region", LONG)
    briefing = brief([result("a", LONG, {"positions": [item]})])

    text = render(briefing, "md")

    assert "“…the eastern flank against Sylvanian aggression in the region" in text


def test_a_contacts_short_quote_is_cut_around_its_modes_word() -> None:
    call = (
        "Ann Smith, who visited the border town of Port Ness on Tuesday in a show of support"
        " for its people, spoke by phone with Bo Jones on Wednesday."
    )
    briefing = brief([result("a", call, {"diplomatic_contacts": [smith_jones_call("held", call)]})])

    assert anchor_at(briefing.diplomatic_contacts[0], call) == call.index("spoke")
    assert "spoke by phone with Bo Jones" in render(briefing, "md")
