""" "Key developments": importance from the items, variety, disputes, novelty, wording, and
agreement with the hand-picked developments of the seeds."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

import pytest
from helpers import (
    GENERATED,
    ROOT,
    crisis_results,
    grounded_result,
    label_results,
    run_cli,
)

from summarise.briefing import build_briefing, render, with_key_developments
from summarise.briefing.importance import Scorer, Weights, default_weights, parse_weights
from summarise.briefing.key_developments import key_developments
from summarise.briefing.model import Changes
from summarise.briefing.plain import plain_sentence
from summarise.errors import ConfigError
from summarise.evaluation.developments import load_developments, overlap_at
from summarise.extraction.results import ArticleResult

WEIGHTS = (ROOT / "summarise" / "briefing" / "data" / "importance.toml").read_text("utf-8")


def actor(
    name: str, kind: str = "person", country: str | None = None, **more: Any
) -> dict[str, Any]:
    return {"name": name, "kind": kind, "country": country, **more}


def article(
    ident: str, text: str, published: str = "2022-02-01", outlet: str = "Wire"
) -> dict[str, Any]:
    return {"id": ident, "title": ident, "source": outlet, "published": published, "text": text}


def result(ident: str, text: str, draft: dict[str, Any], **meta: str) -> ArticleResult:
    empty = {"positions": [], "military_movements": [], "diplomatic_contacts": []}
    return grounded_result({"article": article(ident, text, **meta), "draft": {**empty, **draft}})


def position(
    holder: dict[str, Any], stance: str, topic: str, quote: str, **more: Any
) -> dict[str, Any]:
    return {
        "holder": holder,
        "stance": stance,
        "topic": topic,
        "evidence": [{"quote": quote}],
        **more,
    }


def movement(
    who: dict[str, Any], activity: str, forces: str, quote: str, **more: Any
) -> dict[str, Any]:
    values = {"status": "ongoing", **more}
    return {
        "actor": who,
        "activity": activity,
        "forces": forces,
        "evidence": [{"quote": quote}],
        **values,
    }


RUSSIA = actor("Russia", "state", "Russia")
PUTIN = actor("Vladimir Putin", country="Russia", role="President")
PUNDIT = actor("Jane Pundit", country="United Kingdom", role="columnist")


def brief(results: list[ArticleResult], **options: Any) -> Any:
    return build_briefing(results, backend="scripted", generated_at=GENERATED, **options)


def test_the_shipped_weights_cover_every_code_of_the_schema() -> None:
    weights = default_weights()

    assert weights.count == 8
    assert weights.escalation.stance["threaten"] > weights.escalation.stance["support"]
    assert weights.escalation.activity["mass"] > weights.escalation.stance["other"]


def test_a_weights_file_missing_a_code_is_refused_naming_it() -> None:
    broken = WEIGHTS.replace("threaten = 3.0\n", "")

    with pytest.raises(ConfigError, match=r"escalation\.stance has no weight for threaten"):
        parse_weights(broken)


def test_a_weights_file_naming_an_office_the_vocabulary_lacks_is_refused() -> None:
    broken = WEIGHTS.replace('"president",', '"grand vizier", "president",')

    with pytest.raises(ConfigError, match="grand vizier"):
        parse_weights(broken)


def test_a_leader_threatening_outranks_a_commentator_supporting() -> None:
    text = "Putin threatened a response. Pundit backed talks."
    results = [
        result(
            "a",
            text,
            {
                "positions": [
                    position(PUTIN, "threaten", "a response", "Putin threatened a response."),
                    position(PUNDIT, "support", "talks", "Pundit backed talks."),
                ]
            },
        )
    ]

    lines = brief(results).key_developments

    assert [line.sentence for line in lines] == [
        "Vladimir Putin threatened a response.",
        "Jane Pundit voiced support for talks.",
    ]
    assert lines[0].reasons == ["threaten", "leader-level"]
    assert lines[0].score > lines[1].score


@pytest.mark.parametrize(
    ("holder", "level"),
    [
        (actor("G7", "organisation"), "leader-level"),
        (actor("NATO leaders", "organisation"), "leader-level"),
        (actor("Ruritania, Freedonia and Sylvania", "other"), "other"),
        (actor("Canada, Italy and Japan", "other"), "leader-level"),
        (actor("Canada and Japan", "other"), "state"),
        (actor("Canada", "state", "Canada"), "state"),
        (actor("Donetsk and Lugansk militias", "other"), "other"),
    ],
)
def test_a_group_of_leaders_speaks_at_leader_level(holder: dict[str, Any], level: str) -> None:
    quote = "They pledged support."
    draft = {"positions": [position(holder, "support", "Kyiv", quote)]}
    briefing = brief([result("a", quote, draft)])

    reasons = Scorer(briefing, default_weights()).score(briefing.positions[0]).reasons

    levels = {"leader-level", "official-level", "state", "military"}
    assert [r for r in reasons if r in levels] == ([] if level == "other" else [level])


def test_corroboration_counts_outlets_not_articles() -> None:
    quote = "Russia massed troops near the border."
    draft = {"military_movements": [movement(RUSSIA, "mass", "troops", quote)]}
    same_outlet = [result(n, quote, draft, outlet="Wire") for n in ("a", "b", "c")]
    three_outlets = [result(n, quote, draft, outlet=n.upper()) for n in ("a", "b", "c")]

    once = brief(same_outlet).key_developments[0]
    thrice = brief(three_outlets).key_developments[0]

    assert thrice.score - once.score == pytest.approx(
        2 * default_weights().corroboration.per_source
    )
    assert "3 independent sources" in thrice.reasons
    assert thrice.sources == [1, 2, 3]


def test_a_figure_the_sources_dispute_is_always_shown_and_said_to_be_disputed() -> None:
    low = "Officials counted 100,000 troops near the border."
    high = "Officials counted 130,000 troops near the border."
    threat = "Putin threatened a response."

    def build(ident: str, quote: str, low_figure: int, outlet: str) -> ArticleResult:
        quantity = {"low": low_figure, "high": None, "unit": "troops", "approximate": False}
        draft = {
            "military_movements": [
                movement(RUSSIA, "other", f"{low_figure:,} troops", quote, quantity=quantity)
            ],
            "positions": [position(PUTIN, "threaten", "a response", threat)],
        }
        return result(ident, f"{quote} {threat}", draft, outlet=outlet)

    briefing = brief([build("a", low, 100000, "A"), build("b", high, 130000, "B")], lead=1)

    assert [line.disputed for line in briefing.key_developments] == [False, True]
    assert briefing.key_developments[1].sentence == (
        "Russia is moving 100,000 troops or 130,000 troops; the sources give different figures."
    )


def disputed_places(places: list[str]) -> list[ArticleResult]:
    """Two outlets giving different figures for Russia's troops at each place: one
    disputed figure per place."""
    made = []
    for outlet, figure in (("A", 100000), ("B", 130000)):
        quantity = {"low": figure, "high": None, "unit": "troops", "approximate": False}
        quotes = [f"Officials counted {figure:,} troops near {place}." for place in places]
        draft = {
            "military_movements": [
                movement(RUSSIA, "deploy", f"{figure:,} troops", quote, quantity=quantity)
                | {"destination": place}
                for quote, place in zip(quotes, places, strict=True)
            ]
        }
        made.append(result(outlet.lower(), " ".join(quotes), draft, outlet=outlet))
    return made


def test_a_few_disputed_figures_lead_and_the_rest_are_counted() -> None:
    """A briefing of hundreds of articles has dozens of disputed figures: a lead of 30
    lines leads nowhere. The `shown` most important follow the lines asked for; the rest
    are counted, in every format, and stay in "Disputed or inconsistent"."""
    places = ["Kharkiv", "Sumy", "Odesa", "Mariupol", "Kherson"]
    briefing = brief(disputed_places(places), lead=1)

    assert default_weights().disputes.shown == 3
    assert len(briefing.key_developments) == 1 + 3
    assert all(line.disputed for line in briefing.key_developments)
    assert len(briefing.disputed()) == 5
    more = "And 1 more item whose sources give different figures: see Disputed or inconsistent."
    assert f"\n{more}\n" in render(briefing, "md")
    assert more in render(briefing, "html")


def test_disputed_figures_within_the_few_are_all_shown_and_nothing_is_counted() -> None:
    """Look-alike: as many disputed figures as are shown, or the section left out."""
    briefing = brief(disputed_places(["Kharkiv", "Sumy", "Odesa"]), lead=1)

    assert len(briefing.key_developments) == 3
    assert "more item" not in render(briefing, "md")
    assert "more item" not in render(brief(disputed_places(["Kharkiv"] * 1), lead=0), "md")


def test_a_second_statement_of_one_speaker_gives_way_to_another_development() -> None:
    text = "Putin threatened a response. Putin warned of war. Russia massed troops."
    draft = {
        "positions": [
            position(PUTIN, "threaten", "a response", "Putin threatened a response."),
            position(PUTIN, "warn", "war", "Putin warned of war."),
        ],
        "military_movements": [movement(RUSSIA, "exercise", "troops", "Russia massed troops.")],
    }
    scores = {line.item: line.score for line in brief([result("a", text, draft)]).key_developments}

    lines = brief([result("a", text, draft)], lead=2).key_developments

    assert scores["P2"] > scores["M1"]  # the warning alone would come second...
    assert [line.item for line in lines] == ["P1", "M1"]  # ...but the exercise is news


def test_an_attack_filed_as_other_weighs_as_the_most_escalated_activity() -> None:
    text = "Ruritanian forces launched an assault on the capital. Ruritania moved field kitchens."
    ruritania = actor("Ruritania", "state", "Ruritania")
    draft = {
        "military_movements": [
            movement(ruritania, "other", "field kitchens", "Ruritania moved field kitchens."),
            movement(
                ruritania,
                "other",
                "Ruritanian forces",
                "Ruritanian forces launched an assault on the capital.",
            ),
            movement(ruritania, "mass", "troops", "Ruritania moved field kitchens."),
        ]
    }
    weights = default_weights()
    briefing = brief([result("a", text, draft)])
    scorer = Scorer(briefing, weights)
    scores = {m.activity + m.forces: scorer.score(m) for m in briefing.military_movements}
    kitchens = scores["otherfield kitchens"]
    assault = scores["otherRuritanian forces"]
    build_up = scores["masstroops"]

    assert "combat" in assault.reasons
    assert "other" in kitchens.reasons
    assert assault.total - kitchens.total == pytest.approx(
        weights.escalation.combat.weight - weights.escalation.activity["other"]
    )
    assert assault.total == build_up.total  # as escalated as the highest activity
    lines = {line.item: line.sentence for line in briefing.key_developments}
    assert "Ruritania is on the attack." in lines.values()
    assert "Ruritania is moving field kitchens." in lines.values()


def test_a_warning_about_a_country_does_not_make_it_an_opposing_side() -> None:
    """A warning's target is as often the party at risk as an adversary: Freedonia warning
    of a disaster for Sylvania does not make their leaders' meeting one across the lines;
    a threat does (invented articles)."""
    king = actor("Rufus Firefly", country="Freedonia", role="President")
    pen = actor("Pen Trentino", country="Sylvania", role="President")
    sylvania = actor("Sylvania", "state", "Sylvania")
    text = "Firefly warned of a disaster for Sylvania. Firefly met Trentino."
    meeting = {
        "participants": [king, pen],
        "mode": "meeting",
        "status": "held",
        "evidence": [{"quote": "Firefly met Trentino."}],
    }

    def reasons(stance: str) -> list[str]:
        warning = position(
            king,
            stance,
            "a disaster",
            "Firefly warned of a disaster for Sylvania.",
            target=sylvania,
        )
        draft = {"positions": [warning], "diplomatic_contacts": [meeting]}
        briefing = brief([result("a", text, draft)])
        return list(
            Scorer(briefing, default_weights()).score(briefing.diplomatic_contacts[0]).reasons
        )

    assert "meeting held" in reasons("warn")
    assert "meeting held between opposing sides" in reasons("threaten")


@pytest.mark.parametrize(
    ("topic", "flaw"),
    [
        ("if Sylvania crosses the river", "topic is only a condition"),
        ("We have prepared a firm reply", "topic is in the speaker's own words"),
        ("a firm reply if Sylvania crosses the river", None),
        ("approval", "topic names nothing"),
    ],
)
def test_a_topic_that_is_only_a_condition_or_the_speakers_words_counts_half(
    topic: str, flaw: str | None
) -> None:
    """ "made a threat if Sylvania crosses the river" has lost the threat; "threatened that
    We have …" is the holder's words, not a line about them (invented sentences)."""
    quote = "Freedonia said it would reply."
    draft = {
        "positions": [position(actor("Freedonia", "state", "Freedonia"), "threaten", topic, quote)]
    }
    briefing = brief([result("a", quote, draft)])

    score = Scorer(briefing, default_weights()).score(briefing.positions[0])

    assert (
        (flaw in score.reasons) if flaw else not any(r.startswith("topic") for r in score.reasons)
    )


@pytest.mark.parametrize(
    ("topic", "flaw"),
    [
        ("develop", "topic is only a verb"),
        ("to expand", "topic is only a verb"),
        ("defending", "topic is only a verb"),
        ("cutting", "topic is only a verb"),
        ("defending the river border", None),
        ("discuss these issues", "topic is only a verb"),
        ("all these issues", "topic names nothing"),
        ("the situation", "topic names nothing"),
        ("retaliate", None),
        ("to negotiate", None),
        ("develop new river patrol boats", None),
        ("the situation on the river border", None),
    ],
)
def test_a_topic_that_points_at_nothing_counts_half(topic: str, flaw: str | None) -> None:
    """ "committed to develop" (develop what?) and "all these issues" leave what the
    position is about in another sentence; an intransitive verb ("threatened to
    retaliate") is complete alone (invented sentences)."""
    quote = "The Freedonian president spoke on Monday."
    draft = {"positions": [position(actor("Ann Vale", role="President"), "commit", topic, quote)]}
    briefing = brief([result("a", quote, draft)])

    score = Scorer(briefing, default_weights()).score(briefing.positions[0])

    assert (
        (flaw in score.reasons) if flaw else not any(r.startswith("topic") for r in score.reasons)
    )


def test_of_one_leaders_statements_the_one_that_says_what_leads() -> None:
    """Stated first, "committed to develop" would lead on the tie; it points at nothing,
    so the commitment that names its object leads instead (invented sentences)."""
    vale = actor("Ann Vale", "person", "Freedonia", role="President")
    text = "Vale committed to develop. Vale committed to build a grain terminal in Port Ness."
    first, second = text.split(". ")
    draft = {
        "positions": [
            position(vale, "commit", "develop", first + "."),
            position(vale, "commit", "build a grain terminal in Port Ness", second),
        ]
    }
    briefing = brief([result("a", text, draft)])

    lead = key_developments(briefing, count=1)

    assert [line.sentence for line in lead] == [
        "Ann Vale pledged to build a grain terminal in Port Ness."
    ]


def contact_line(*topics: str, weights: Weights | None = None) -> str:
    """The "Key developments" line of one meeting of Freedonia and Sylvania on ``topics``."""
    quote = "Freedonia and Sylvania met on all these issues."
    contact = {
        "participants": [
            actor("Freedonia", "state", "Freedonia"),
            actor("Sylvania", "state", "Sylvania"),
        ],
        "mode": "meeting",
        "status": "held",
        "topics": list(topics),
        "evidence": [{"quote": quote}],
    }
    briefing = brief([result("a", quote, {"diplomatic_contacts": [contact]})])
    [line] = key_developments(briefing, weights=weights)
    return line.sentence


def test_a_contact_topic_that_names_nothing_is_left_out_of_its_line() -> None:
    """ "met on all these issues" says nothing the reader can use; the contact stays, and
    a topic that names something is still said (invented sentences)."""
    assert contact_line("all these issues") == "Freedonia and Sylvania met."
    assert contact_line("this matter", "grain exports") == (
        "Freedonia and Sylvania met on grain exports."
    )


def test_a_users_own_weights_decide_which_contact_topics_name_nothing() -> None:
    """The words that name no subject are the weights' ``form.empty``: a user's own
    weights, given to ``key_developments``, reach the contact line as they reach the
    ranking (round 16's lines read the shipped list whatever the user gave)."""
    shipped = default_weights()
    own = shipped.model_copy(
        update={"form": shipped.form.model_copy(update={"empty": shipped.form.empty | {"tariffs"}})}
    )

    assert contact_line("tariffs") == "Freedonia and Sylvania met on tariffs."
    assert contact_line("tariffs", weights=own) == "Freedonia and Sylvania met."


def test_a_supply_without_a_recipient_counts_half() -> None:
    """ "Sylvania will supply the militias" leaves the reader to guess what goes to whom;
    with a destination the line says it (invented sentences)."""
    sylvania = actor("Sylvania", "state", "Sylvania")
    quote = "Sylvania will hand the seized rifles over."
    supplies = [
        movement(sylvania, "supply", "the militias", quote, status="planned"),
        movement(
            sylvania, "supply", "seized rifles", quote, status="planned", destination="the militias"
        ),
    ]
    briefing = brief([result("a", quote, {"military_movements": supplies})])
    scorer = Scorer(briefing, default_weights())
    scores = {m.forces: scorer.score(m) for m in briefing.military_movements}

    assert "supply without a destination" in scores["the militias"].reasons
    assert scores["the militias"].total == pytest.approx(
        scores["seized rifles"].total * default_weights().form.factor
    )


def test_novelty_lifts_what_is_new_since_the_last_briefing() -> None:
    briefing = brief(crisis_results())
    scorer = Scorer(briefing, default_weights())
    item = briefing.positions[0]
    later = briefing.model_copy(
        update={"changes": Changes(previous=GENERATED - dt.timedelta(hours=6), new_items=[item.id])}
    )

    before = scorer.score(item)
    after = Scorer(later, default_weights()).score(item)

    assert after.total - before.total == pytest.approx(default_weights().novelty.new)
    assert "new since the last briefing" in after.reasons
    assert with_key_developments(later).key_developments != []


def test_the_lead_does_not_depend_on_the_order_of_the_articles() -> None:
    results = crisis_results()
    expected = brief(results).key_developments
    shuffled = list(results)
    random.Random(7).shuffle(shuffled)

    assert brief(shuffled).key_developments == expected


def test_recency_counts_only_when_the_sources_span_more_than_a_day() -> None:
    quote = "Russia massed troops near the border."
    draft = {"military_movements": [movement(RUSSIA, "mass", "troops", quote)]}
    one_day = brief([result("a", quote, draft), result("b", quote, draft, outlet="B")])
    older = result(
        "old",
        "Putin threatened a response.",
        {"positions": [position(PUTIN, "threaten", "a response", "Putin threatened a response.")]},
        published="2022-01-01",
    )
    two_months = brief([result("a", quote, draft), older])

    assert "recent" not in one_day.key_developments[0].reasons
    scores = {line.item: line.reasons for line in two_months.key_developments}
    assert "recent" in scores["M1"]
    assert "recent" not in scores["P1"]


def test_plain_sentences_read_as_prose() -> None:
    text = "Johnson will visit Kyiv. Troops were sent."
    draft = {
        "diplomatic_contacts": [
            {
                "participants": [
                    actor("Boris Johnson", country="United Kingdom"),
                    actor("Ukraine", "state", "Ukraine"),
                ],
                "mode": "visit",
                "status": "planned",
                "location": "Kyiv",
                "evidence": [{"quote": "Johnson will visit Kyiv."}],
            }
        ],
        "military_movements": [
            movement(
                actor("United States", "state", "United States"),
                "deploy",
                "Around 2,000 soldiers",
                "Troops were sent.",
                status="planned",
                destination="Poland and Germany",
            )
        ],
    }
    briefing = brief([result("a", text, draft)])

    empty = default_weights().form.empty
    assert plain_sentence(briefing.diplomatic_contacts[0], empty=empty) == (
        "Boris Johnson will visit Ukraine in Kyiv."
    )
    assert plain_sentence(briefing.military_movements[0], empty=empty) == (
        "The United States will deploy around 2,000 soldiers to Poland and Germany."
    )


def test_the_lead_of_the_labelled_seeds_meets_the_hand_picked_target() -> None:
    developments = load_developments(ROOT / "evals" / "developments" / "seeds.json")

    overlap = overlap_at(brief(label_results()), developments, 8)

    assert overlap.value >= 0.6
    assert overlap.ranks["S1"] is not None
    assert overlap.ranks["S2"] is not None


def test_a_development_is_found_only_in_its_category_with_its_quote_and_party(
    tmp_path: Path,
) -> None:
    developments = load_developments(ROOT / "evals" / "developments" / "seeds.json")
    briefing = brief(label_results())
    lead = key_developments(briefing)
    build_up = next(line for line in lead if line.disputed or "massed" in line.sentence)
    only_build_up = briefing.model_copy(update={"key_developments": [build_up]})

    overlap = overlap_at(only_build_up, developments, 8)

    assert [d for d, rank in overlap.ranks.items() if rank is not None] == ["S2"]
    wrong = tmp_path / "wrong.json"
    wrong.write_text(
        (ROOT / "evals" / "developments" / "seeds.json")
        .read_text("utf-8")
        .replace(
            '"name": "Russia", "kind": "state", "country": "Russia"',
            '"name": "Chile", "kind": "state", "country": "Chile"',
        ),
        encoding="utf-8",
    )
    assert overlap_at(only_build_up, load_developments(wrong), 8).ranks["S2"] is None


def test_the_brief_command_takes_the_number_of_key_developments() -> None:
    run = run_cli(["brief", str(ROOT / "seeds"), "--key-developments", "2"])

    lead = run.stdout.split("## Key developments\n\n")[1].split("\n\n")[0].splitlines()
    assert run.returncode == 0
    assert len(lead) == 2
    assert lead[0].startswith("1. ")
    assert lead[0].endswith(")")
