""" "Key developments": items that are one development (several parties, several items)
corroborate it and give one line; punitive measures decided weigh as threatened ones; of
equally important items of one article, the one it states first leads."""

from __future__ import annotations

from typing import Any

import pytest
from test_key_developments import actor, brief, movement, position, result

from summarise.briefing.development_groups import development_partners, themes_of
from summarise.briefing.importance import Scorer, default_weights

FREEDONIA = actor("Freedonia", "state", "Freedonia")
SYLVANIA = actor("Sylvania", "state", "Sylvania")
RURITANIA = actor("Ruritania", "state", "Ruritania")
GRAND_FENWICK = actor("Grand Fenwick", "state", "Grand Fenwick")


def partners_of(briefing: Any) -> dict[str, frozenset[str]]:
    rule = default_weights().development
    items = [*briefing.positions, *briefing.military_movements, *briefing.diplomatic_contacts]
    return development_partners(items, rule.ignore, rule.themes, rule.similar)


Statement = tuple[dict[str, Any], str, str, str, dict[str, Any] | None]


def statements(*rows: Statement) -> Any:
    """A briefing of one article (one outlet) per (holder, stance, topic, sentence, target)."""
    results = []
    for number, (holder, stance, topic, text, target) in enumerate(rows):
        more = {"target": target} if target is not None else {}
        draft = {"positions": [position(holder, stance, topic, text, **more)]}
        results.append(result(f"a{number}", text, draft))
    return brief(results)


def sanctions_briefing() -> Any:
    """Freedonia and Ruritania each threaten Sylvania with a punitive measure (in words of
    their own), Grand Fenwick warns of something else; all from one outlet."""
    return statements(
        (FREEDONIA, "threaten", "sanctions", "Freedonia threatened sanctions.", SYLVANIA),
        (RURITANIA, "threaten", "export controls", "Ruritania threatened controls.", SYLVANIA),
        (GRAND_FENWICK, "warn", "border posts", "Grand Fenwick warned.", SYLVANIA),
    )


def test_punitive_measures_named_in_other_words_are_one_theme() -> None:
    themes = default_weights().development.themes

    assert themes_of("export controls targeting Sylvania", themes) == {"punitive"}
    assert themes_of("closing its air space to Sylvanian flights", themes) == {"punitive"}
    assert themes_of("a controlled export of grain", themes) == frozenset()


def test_a_development_several_parties_report_is_corroborated_by_all_of_them() -> None:
    briefing = sanctions_briefing()
    ids = {p.holder.name: p.id for p in briefing.positions}
    scorer = Scorer(briefing, default_weights())
    scores = {p.holder.name: scorer.score(p) for p in briefing.positions}

    assert partners_of(briefing)[ids["Freedonia"]] == {ids["Ruritania"]}
    assert partners_of(briefing)[ids["Grand Fenwick"]] == frozenset()
    assert "2 parties take part in this development" in scores["Freedonia"].reasons
    assert "2 parties take part in this development" in scores["Ruritania"].reasons
    assert not any("this development" in r for r in scores["Grand Fenwick"].reasons)
    per_source = default_weights().corroboration.per_source
    threat, warning = default_weights().escalation.stance["threaten"], 2.0
    assert scores["Freedonia"].total - scores["Grand Fenwick"].total == pytest.approx(
        per_source + threat - warning
    )


def test_one_development_leads_once() -> None:
    briefing = sanctions_briefing()
    holders = {p.id: p.holder.name for p in briefing.positions}

    lines = [holders[line.item] for line in briefing.key_developments]

    # Ruritania's threat scores above Grand Fenwick's warning, but it is the development
    # already said: it comes after the other development.
    assert lines[0] in {"Freedonia", "Ruritania"}
    assert lines[1] == "Grand Fenwick"


def test_items_against_different_targets_or_of_different_kinds_are_not_one_development() -> None:
    briefing = statements(
        (FREEDONIA, "threaten", "sanctions", "Freedonia threatened sanctions.", SYLVANIA),
        (RURITANIA, "threaten", "sanctions", "Ruritania threatened sanctions.", GRAND_FENWICK),
        (RURITANIA, "commit", "sanctions", "Ruritania committed to sanctions.", SYLVANIA),
    )

    assert all(not others for others in partners_of(briefing).values())


def test_two_movements_of_one_army_with_the_same_forces_are_one_line() -> None:
    counted = "Sylvania massed 100,000 troops at the border."
    seen = "Sylvania massed troops near the border."
    draft = {
        "military_movements": [
            movement(SYLVANIA, "mass", "100,000 troops", counted),
            movement(SYLVANIA, "mass", "troops", seen),
        ],
        "positions": [position(FREEDONIA, "concern", "the border", seen)],
    }
    text = f"{counted} {seen}"
    briefing = brief([result("a", text, draft)])
    first, second = briefing.military_movements

    assert partners_of(briefing)[first.id] == {second.id}
    assert [line.item for line in briefing.key_developments][:2] == [first.id, "P1"]


def test_a_punitive_measure_decided_weighs_as_one_threatened() -> None:
    briefing = statements(
        (FREEDONIA, "commit", "an asset freeze", "Freedonia imposed an asset freeze.", SYLVANIA),
        (FREEDONIA, "commit", "talks", "Freedonia committed to talks.", SYLVANIA),
    )
    scorer = Scorer(briefing, default_weights())
    freeze, talks = (scorer.score(p) for p in briefing.positions)
    escalation = default_weights().escalation

    assert "punitive measures" in freeze.reasons
    assert "commit" in talks.reasons
    assert freeze.total - talks.total == pytest.approx(
        escalation.punitive - escalation.stance["commit"]
    )


def test_of_equally_important_items_of_one_article_the_one_stated_first_leads() -> None:
    text = "Sylvania alerted its navy. Sylvania alerted its air force."
    late_first_listed = movement(SYLVANIA, "alert", "air force", "Sylvania alerted its air force.")
    early = movement(SYLVANIA, "alert", "navy", "Sylvania alerted its navy.")
    briefing = brief([result("a", text, {"military_movements": [late_first_listed, early]})])
    forces = {m.id: m.forces for m in briefing.military_movements}

    assert [forces[line.item] for line in briefing.key_developments] == ["navy", "air force"]


@pytest.mark.parametrize(
    ("topic", "flaw"),
    [
        ("month", "names nothing"),
        ("the threat", "names nothing"),
        ("we have said from the beginning", "names nothing"),
        ("a task force that will", "ends mid-clause"),
        ("are apart from and would come in addition", "has lost its subject"),
        ("sanctions", None),
        ("whatever Sylvania may do", None),
        ("what they care about", None),
    ],
)
def test_a_topic_that_is_no_proposition_ranks_below_a_well_formed_one(
    topic: str, flaw: str | None
) -> None:
    briefing = statements(
        (FREEDONIA, "threaten", topic, "Freedonia threatened Sylvania.", SYLVANIA),
        (RURITANIA, "concern", "the border posts", "Ruritania voiced concern.", None),
    )
    scorer = Scorer(briefing, default_weights())
    threat, concern = (scorer.score(p) for p in briefing.positions)

    if flaw is None:
        assert not any(r.startswith("topic") for r in threat.reasons)
        assert threat.total > concern.total
    else:
        assert f"topic {flaw}" in threat.reasons
        escalation = default_weights().escalation.stance
        whole = concern.total + escalation["threaten"] - escalation["concern"]
        assert threat.total == pytest.approx(whole * default_weights().form.factor)
