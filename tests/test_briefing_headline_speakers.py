"""A movement's headline place in the speaker's words is said from the reader's side, as
its plain line is: "our" is the claimants' one state's, else the words are quoted; the
section's order and item count do not move. Invented articles of four kinds (a ministry
statement, a head of state's address, an alliance's spokesperson, a wire report)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from helpers import GENERATED, counted_deployment, movement_headlines, state_movement

from summarise.article import Article
from summarise.briefing import build_briefing
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleResult
from summarise.schema import ExtractionDraft


@pytest.mark.parametrize(
    ("text", "destination", "actor", "claimant", "shown"),
    [
        # A ministry statement: the state itself claims it.
        (
            "Freedonia said Sylvania has massed units along our western borders.",
            "along our western borders",
            "Sylvania",
            {"name": "Freedonia", "kind": "state"},
            "along Freedonia's western borders",
        ),
        # A head of state's address: a person of one state claims it.
        (
            "President Orta said that Sylvania keeps massing units near our border.",
            "near our border",
            "Sylvania",
            {"name": "Anna Orta", "kind": "person", "country": "Freedonia"},
            "near Freedonia's border",
        ),
        # An alliance's spokesperson: the actor named as a state adjective's country.
        (
            "Sylvanian units are massing near our southern frontier, the spokesperson said.",
            "near our southern frontier",
            "Sylvania",
            {"name": "Pen Trentino", "kind": "person", "country": "Ruritania"},
            "near Ruritania's southern frontier",
        ),
        # A wire report quoting no one: whose "our" is stays unsaid, in quotes.
        (
            "Sylvania is massing units near our border, according to a post.",
            "near our border",
            "Sylvania",
            None,
            "\u201cnear our border\u201d",
        ),
    ],
)
def test_a_headline_place_in_the_speakers_words_says_whose_it_is(
    text: str, destination: str, actor: str, claimant: dict[str, Any] | None, shown: str
) -> None:
    headlines = movement_headlines(
        state_movement(
            "a1",
            text,
            actor,
            "units",
            activity="mass",
            status="ongoing",
            destination=destination,
            claimant=claimant,
        )
    )
    assert headlines == [f"{actor} · mass · units → {shown}"]


def test_a_headline_place_in_no_ones_first_person_is_left_as_it_is() -> None:
    """Look-alikes: "Ourense" and "hours" hold no "our"; "their border" is no one's."""
    text = "Sylvania is massing units near their border for hours, and in Ourense."
    one = state_movement(
        "a1",
        text,
        "Sylvania",
        "units",
        activity="mass",
        status="ongoing",
        destination="near their border for hours",
    )
    two = state_movement(
        "a2", text, "Sylvania", "units", activity="mass", status="ongoing", destination="Ourense"
    )
    assert movement_headlines(one, two) == [
        "Sylvania · mass · units → near their border for hours",
        "Sylvania · mass · units → Ourense",
    ]


def test_saying_whose_place_it_is_moves_no_item() -> None:
    """Two build-ups in one wire report stay in the order their words as filed give ("near
    our border" before "near the lake"), though the first is shown quoted, which would sort
    it last: the section's order and merge do not depend on how a place is said."""
    text = "Sylvania is massing units near our border. Sylvania is massing units near the lake."

    def build_up(destination: str) -> dict[str, Any]:
        return {
            "actor": {"name": "Sylvania", "kind": "state"},
            "activity": "mass",
            "forces": "units",
            "destination": destination,
            "status": "ongoing",
            "evidence": [{"quote": f"Sylvania is massing units {destination}."}],
        }

    article = Article(id="a1", text=text, title="a1", published=dt.date(2022, 2, 1))
    draft = ExtractionDraft.model_validate(
        {"military_movements": [build_up("near the lake"), build_up("near our border")]}
    )
    report = ArticleResult(
        article=article, extraction=ground_extraction(draft, text, "a1"), backend="scripted"
    )
    assert movement_headlines(report) == [
        "Sylvania · mass · units → \u201cnear our border\u201d",
        "Sylvania · mass · units → near the lake",
    ]


@pytest.mark.parametrize(
    ("claimant", "shown"),
    [
        # The actor's own ministry: its exercise.
        ({"name": "Freedonia", "kind": "state"}, "its exercise"),
        # The actor's own head of state.
        ({"name": "Anna Orta", "kind": "person", "country": "Freedonia"}, "its exercise"),
        # Look-alike: another state's speaker ("our exercise", held jointly) is quoted.
        ({"name": "Sylvania", "kind": "state"}, "\u201cOur exercise\u201d"),
        # A wire report quoting no one.
        (None, "\u201cOur exercise\u201d"),
    ],
)
def test_headline_forces_in_the_speakers_words_are_the_actors_own_or_quoted(
    claimant: dict[str, Any] | None, shown: str
) -> None:
    text = "Our exercise will begin on Monday, the ministry said."
    assert movement_headlines(
        state_movement(
            "a1",
            text,
            "Freedonia",
            "Our exercise",
            activity="exercise",
            status="ongoing",
            claimant=claimant,
        )
    ) == [f"Freedonia · exercise · {shown}"]


def _disputed_formations(claimant: dict[str, Any] | None) -> list[ArticleResult]:
    """Two reports of one move whose figures count formations and disagree."""
    return [
        counted_deployment(
            "f1",
            "Our two battalions were moved to the Odesa region, the minister said.",
            "Freedonia",
            "our two battalions",
            2,
            claimant,
        ),
        counted_deployment(
            "f2",
            "Our three battalions are moving to the Odesa region, the minister said.",
            "Freedonia",
            "our three battalions",
            3,
            claimant,
        ),
    ]


@pytest.mark.parametrize(
    ("claimant", "shown"),
    [
        # The actor's own minister: its battalions.
        ({"name": "Anna Orta", "kind": "person", "country": "Freedonia"}, "its two battalions"),
        # Look-alike: another state's speaker's "our" is quoted, not given to the actor.
        ({"name": "Sylvania", "kind": "state"}, "\u201cour two battalions\u201d"),
    ],
)
def test_a_disputed_count_of_formations_in_the_speakers_words_says_whose(
    claimant: dict[str, Any], shown: str
) -> None:
    """A disputed count of formations is said with the forces ("two battalions (2 or 3,
    disputed)"), and those forces in the speaker's words are said from the reader's side
    as every other headline's and plain line's are."""
    briefing = build_briefing(
        _disputed_formations(claimant), backend="scripted", generated_at=GENERATED
    )
    (item,) = briefing.military_movements
    assert item.headline.startswith(f"Freedonia · deploy · {shown} (2 or 3, disputed)")
    (lead,) = [k.sentence for k in briefing.key_developments]
    assert lead.startswith(f"Freedonia deployed {shown} (2 or 3)")
