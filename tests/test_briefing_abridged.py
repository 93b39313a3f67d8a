"""A short briefing of many articles lists each holder's most important positions and
counts the rest; a briefing of a few articles, the full layout and JSON list every one
(invented statements)."""

from __future__ import annotations

import json

import pytest
from test_key_developments import actor, brief, position, result

from summarise.briefing import Briefing, abridged, render
from summarise.briefing.model import Disagreement, Variant

OSKAR = actor("Oskar Brandt", country="Sylvania", role="President")
IVO = actor("Ivo Marek", country="Ruritania", role="President")
RURITANIA = actor("Ruritania", "state", "Ruritania")
STATEMENTS = [
    (
        "threaten",
        "swift and severe sanctions on Ruritania",
        "Brandt threatened swift and severe sanctions on Ruritania.",
    ),
    (
        "accuse",
        "the shelling of border villages",
        "Brandt condemned the shelling of border villages.",
    ),
    ("support", "the talks in Geneva", "Brandt welcomed the talks in Geneva."),
    ("demand", "a ceasefire along the river", "Brandt called for a ceasefire along the river."),
    (
        "concern",
        "grain exports from the ports",
        "Brandt voiced concern about grain exports from the ports.",
    ),
    ("other", "the weather over the capital", "Brandt remarked on the weather over the capital."),
]


def briefing() -> Briefing:
    text = " ".join(quote for _, _, quote in STATEMENTS) + " Marek welcomed the talks."
    draft = {
        "positions": [
            position(
                OSKAR, stance, topic, quote, target=RURITANIA if stance == "threaten" else None
            )
            for stance, topic, quote in STATEMENTS
        ]
        + [position(IVO, "support", "the talks", "Marek welcomed the talks.")]
    }
    return brief([result("wire", text, draft)], lead=1)


def positions_of(markdown: str, holder: str) -> list[str]:
    part = markdown.split(f"### {holder}\n\n")[1].split("\n\n", maxsplit=1)[0]
    return part.splitlines()


@pytest.fixture
def few_allowed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The thresholds of a briefing of hundreds of articles, scaled to seven positions."""
    monkeypatch.setattr(abridged, "ABRIDGE_OVER", 5)
    monkeypatch.setattr(abridged, "PER_HOLDER", 3)


@pytest.mark.usefixtures("few_allowed")
def test_a_long_briefing_lists_a_holders_most_important_positions_and_counts_the_rest() -> None:
    made = briefing()
    lead = made.key_developments[0].item

    lines = positions_of(render(made, "md"), "Oskar Brandt")

    assert len(lines) == 4
    assert lines[-1] == "- … and 3 more positions (`--detail full` lists every one)"
    assert any(f"({lead})" in line for line in lines)
    assert not any("weather" in line for line in lines)
    # The other holder's one position, the full layout and the JSON: all there.
    assert len(positions_of(render(made, "md"), "Ivo Marek")) == 1
    assert render(made, "md", detail="full").count("weather over the capital") >= 1
    assert len(json.loads(render(made, "json"))["positions"]) == 7


@pytest.mark.usefixtures("few_allowed")
def test_an_item_another_section_names_is_listed_whatever_its_rank() -> None:
    made = briefing()
    weather = next(p for p in made.positions if "weather" in p.topic)
    lead = made.key_developments[0].model_copy(update={"item": weather.id})
    named = made.model_copy(update={"key_developments": [lead]})

    lines = positions_of(render(named, "md"), "Oskar Brandt")

    assert any(f"({weather.id})" in line for line in lines)
    assert lines[-1] == "- … and 2 more positions (`--detail full` lists every one)"


def test_a_briefing_of_a_few_articles_lists_every_position() -> None:
    """Look-alike: seven positions are under the real threshold; and one position more
    than a holder's share is listed, not counted ("and 1 more" takes its line)."""
    assert abridged.ABRIDGE_OVER >= 100
    lines = positions_of(render(briefing(), "md"), "Oskar Brandt")

    assert len(lines) == 6
    assert not any("more position" in line for line in lines)


def test_one_more_than_a_holders_share_is_listed_not_counted(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(abridged, "ABRIDGE_OVER", 5)
    monkeypatch.setattr(abridged, "PER_HOLDER", 5)

    lines = positions_of(render(briefing(), "md"), "Oskar Brandt")

    assert len(lines) == 6


@pytest.mark.usefixtures("few_allowed")
def test_a_disputed_position_is_listed_as_the_disputed_section_names_it() -> None:
    made = briefing()
    weather = next(p for p in made.positions if "weather" in p.topic)
    disputed = weather.model_copy(
        update={
            "disagreements": [
                Disagreement(
                    field="date",
                    variants=[Variant(value="2022-02-01", sources=[1])],
                    note="Sources give different dates.",
                )
            ]
        }
    )
    named = made.model_copy(
        update={"positions": [disputed if p.id == weather.id else p for p in made.positions]}
    )

    lines = positions_of(render(named, "md"), "Oskar Brandt")

    assert any(f"({weather.id})" in line for line in lines)
