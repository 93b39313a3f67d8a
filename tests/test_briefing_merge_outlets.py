"""Four outlets, one story: the same facts told in other words merge, each figure keeps its
sources, and a fact only one outlet has stays one item (invented articles)."""

import datetime as dt
from typing import Any

import pytest
from helpers import GENERATED

from summarise.article import Article
from summarise.briefing import build_briefing, render
from summarise.briefing.forces_words import forces_key
from summarise.briefing.model import Briefing
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleResult
from summarise.schema import ExtractionDraft

RUR = {"name": "Ruritania", "kind": "state", "country": "Ruritania"}
OSKAR = {"name": "Oskar Brandt", "kind": "person", "country": "Sylvania", "role": "President"}
IVO = {"name": "Ivo Marek", "kind": "person", "country": "Ruritania", "role": "President"}


def deploy(sentence: str, forces: str, low: int) -> dict[str, Any]:
    return {
        "actor": RUR,
        "activity": "deploy",
        "forces": forces,
        "quantity": {"low": low, "unit": "troops", "approximate": forces.startswith("about")},
        "destination": "Freedonia",
        "status": "completed",
        "evidence": [{"quote": sentence}],
    }


def call(sentence: str) -> dict[str, Any]:
    return {
        "participants": [OSKAR, IVO],
        "mode": "phone_call",
        "status": "held",
        "evidence": [{"quote": sentence}],
    }


def condemns(sentence: str) -> dict[str, Any]:
    return {
        "holder": OSKAR,
        "stance": "accuse",
        "topic": "the Ruritanian build-up in Freedonia",
        "target": RUR,
        "evidence": [{"quote": sentence}],
    }


def outlet(article_id: str, day: str, items: dict[str, list[dict[str, Any]]]) -> ArticleResult:
    sentences = [i["evidence"][0]["quote"] for group in items.values() for i in group]
    text = " ".join(sentences)
    article = Article(
        id=article_id, text=text, title=f"Outlet {article_id}", published=dt.date.fromisoformat(day)
    )
    extraction = ground_extraction(ExtractionDraft.model_validate(items), text, article_id)
    return ArticleResult(article=article, extraction=extraction, backend="scripted")


def four_outlets() -> list[ArticleResult]:
    return [
        outlet(
            "wire",
            "2022-02-10",
            {
                "military_movements": [
                    deploy(
                        "Ruritania has deployed 30,000 troops to Freedonia, officials said.",
                        "30,000 troops",
                        30000,
                    )
                ],
                "diplomatic_contacts": [call("Brandt spoke by phone with Marek on Wednesday.")],
                "positions": [condemns("Brandt condemned the Ruritanian build-up in Freedonia.")],
            },
        ),
        outlet(
            "globe",
            "2022-02-10",
            {
                "military_movements": [
                    deploy(
                        "About 30,000 soldiers were sent into Freedonia by Ruritania.",
                        "about 30,000 soldiers",
                        30000,
                    )
                ],
                "diplomatic_contacts": [call("The two presidents held a telephone call.")],
                "positions": [condemns("Oskar Brandt said he condemned the build-up.")],
            },
        ),
        outlet(
            "herald",
            "2022-02-11",
            {
                "military_movements": [
                    deploy(
                        "Ruritania moved 45,000 servicemen into Freedonia, a minister said.",
                        "45,000 servicemen",
                        45000,
                    )
                ],
                "diplomatic_contacts": [call("President Brandt phoned President Marek.")],
                "positions": [condemns("The Sylvanian leader condemned the Freedonia build-up.")],
            },
        ),
        outlet(
            "post",
            "2022-02-11",
            {
                "military_movements": [
                    deploy(
                        "Some 45,000 service members have gone to Freedonia from Ruritania.",
                        "some 45,000 service members",
                        45000,
                    ),
                    {
                        "actor": RUR,
                        "activity": "deploy",
                        "forces": "2,000 marines",
                        "quantity": {"low": 2000, "unit": "troops"},
                        "destination": "Freedonia",
                        "status": "completed",
                        "evidence": [{"quote": "Ruritania landed 2,000 marines in Freedonia."}],
                    },
                ],
                "diplomatic_contacts": [call("Marek and Brandt talked by telephone.")],
                "positions": [condemns("Brandt has condemned the build-up in Freedonia.")],
            },
        ),
    ]


def brief(results: list[ArticleResult]) -> Briefing:
    return build_briefing(results, backend="scripted", generated_at=GENERATED)


def test_one_deployment_in_other_words_is_one_item_with_both_figures_and_their_sources() -> None:
    briefing = brief(four_outlets())

    troops = [m for m in briefing.military_movements if "marines" not in m.forces]
    assert [m.sources for m in troops] == [[1, 2, 3, 4]]
    figures = next(d for d in troops[0].disagreements if d.field == "quantity")
    # Sources are numbered by date, then title: the globe's "about 30,000" is source 1.
    assert [(v.value, v.sources) for v in figures.variants] == [
        ("about 30,000 troops", [1, 2]),
        ("45,000 troops", [3, 4]),
    ]
    section = render(briefing, "md").split("## Disputed or inconsistent")[1].split("## Sources")[0]
    assert "about 30,000 troops [1][2]; 45,000 troops [3][4]" in section


def test_the_other_facts_merge_and_a_fact_only_one_outlet_has_is_one_item() -> None:
    briefing = brief(four_outlets())

    assert [c.sources for c in briefing.diplomatic_contacts] == [[1, 2, 3, 4]]
    assert [p.sources for p in briefing.positions] == [[1, 2, 3, 4]]
    marines = [m for m in briefing.military_movements if "marines" in m.forces]
    assert [m.sources for m in marines] == [[4]]
    assert not marines[0].disagreements


@pytest.mark.parametrize(
    ("forces", "key"),
    [
        ("30,000 troops", "troops"),
        ("about 30,000 soldiers", "troops"),
        ("some 45 000 servicemen", "troops"),
        ("30 thousand military personnel", "troops"),
        ("more than 100 tanks", "tanks"),
        ("2,000 marines", "marines"),
        ("two battalions", "two battalions"),
    ],
)
def test_forces_are_compared_without_their_figure_and_with_personnel_as_troops(
    forces: str, key: str
) -> None:
    assert forces_key(forces) == key


def test_figures_more_than_twice_apart_are_different_forces() -> None:
    """ "about 4,000 troops" (no place said) and "125,000 troops" in Freedonia are two
    forces, not one counted two ways; 30,000 and 45,000 stay one disputed figure."""

    def massed(article_id: str, sentence: str, low: int, place: str | None) -> ArticleResult:
        movement = {
            "actor": RUR,
            "activity": "mass",
            "forces": f"{low:,} troops",
            "quantity": {"low": low, "unit": "troops"},
            "destination": place,
            "status": "ongoing",
            "evidence": [{"quote": sentence}],
        }
        return outlet(article_id, "2022-02-10", {"military_movements": [movement]})

    far = brief(
        [
            massed("a", "Ruritania has gathered 125,000 troops in Freedonia.", 125000, "Freedonia"),
            massed("b", "Ruritania has gathered about 4,000 troops.", 4000, None),
        ]
    )
    near = brief(
        [
            massed("a", "Ruritania has gathered 30,000 troops in Freedonia.", 30000, "Freedonia"),
            massed("b", "Ruritania has gathered about 45,000 troops.", 45000, None),
        ]
    )

    assert sorted(m.sources for m in far.military_movements) == [[1], [2]]
    assert [m.sources for m in near.military_movements] == [[1, 2]]
