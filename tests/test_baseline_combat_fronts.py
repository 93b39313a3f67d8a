"""One attacker's combat told in two sentences is one event unless each sentence names a
place of its own: a report of the day's fighting goes from front to front ("near Sumy …";
"… keep shelling Kherson"), and each front's fighting is an item. A second sentence that
names no place ("They hit a school") or the same place goes on with the first; names that
only name parties (a state, its capital) or the sources ("…, Governor X said") are no
front. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

_ADDRESS = "Address by President Olena Marchuk to the nation"


def _fights(text: str, source: str | None) -> list[tuple[str, int]]:
    title = _ADDRESS if source == KYIV else None
    draft = extract(text, title=title, source=source)
    return [
        (m.actor.name, len(m.evidence)) for m in draft.military_movements if m.activity == "other"
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # (a) a Kyiv address, fronts set first, the enemy by a common noun
        (
            "In the north, near Okhtyrka, the enemy tried again to break through our "
            "defence with three battalion tactical groups. In the south, the occupiers keep "
            "shelling Kherson with rocket launchers.",
            KYIV,
        ),
        # (b) a news report, the attacker by its adjective, a source after the first
        (
            "Russian troops shelled Sumy with Grad launchers, the governor said. Russian "
            "troops kept shelling Konotop with mortars overnight.",
            None,
        ),
        # (c) a White House text, the second front fronted by "In"
        (
            "Russian forces tried again to break through the defences near Kharkiv. In "
            "Mariupol, Russian troops kept shelling with mortars.",
            WHITE_HOUSE,
        ),
        # (d) a Kremlin text, the other side attacking
        (
            "Ukrainian units shelled residential quarters of Horlivka overnight. In "
            "Yasynuvata, Ukrainian artillery kept shelling with mortars.",
            KREMLIN,
        ),
    ],
)
def test_fighting_at_two_named_places_is_two_events(text: str, source: str | None) -> None:
    fights = _fights(text, source)
    assert [quotes for _, quotes in fights] == [1, 1]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the second sentence names no place: it goes on with the first
        (
            "Near Okhtyrka, the enemy tried again to break through our defence with three "
            "battalion tactical groups. The occupiers keep shelling with rocket launchers "
            "and mortars.",
            KYIV,
        ),
        (
            "Ukrainian units shelled residential quarters of Horlivka overnight. Ukrainian "
            "artillery kept shelling with mortars.",
            KREMLIN,
        ),
        # the same place named again
        (
            "Near Okhtyrka, the enemy tried again to break through our defence with three "
            "battalion tactical groups. The occupiers keep shelling Okhtyrka with Grad "
            "launchers.",
            KYIV,
        ),
        # the names are the sources' only, after a comma or a determiner: no front
        (
            "Russian troops shelled Kharkiv overnight, Governor Oleh Syniehubov said. Russian "
            "troops kept shelling throughout the day, the Head of State said.",
            None,
        ),
        # … or after a verb of saying, named without a title
        (
            "Russian troops shelled Kharkiv overnight, said Oleh Syniehubov, the governor. "
            "Russian troops kept shelling throughout the day, said Ihor Terekhov, the mayor.",
            None,
        ),
        # … or after "according to", named with their titles
        (
            "Russian troops shelled Kharkiv overnight, according to Governor Oleh "
            "Syniehubov. Russian troops kept shelling throughout the day, according to Mayor "
            "Ihor Terekhov.",
            None,
        ),
        # the names are parties only: a state and its capital are no front
        (
            "Near Kyiv, the enemy tried again to break through our defence with three "
            "battalion tactical groups. In Ukraine, the occupiers keep shelling with rocket "
            "launchers.",
            KYIV,
        ),
    ],
)
def test_fighting_told_again_without_another_place_is_one_event(
    text: str, source: str | None
) -> None:
    fights = _fights(text, source)
    assert [quotes for _, quotes in fights] == [2]
