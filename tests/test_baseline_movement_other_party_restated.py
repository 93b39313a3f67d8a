"""A second trigger in a sentence restates the movement told before it only when its forces
are not named as another party's own: "as Russia has kept moving forces closer to the
border, the President has authorized movements of U.S. forces" tells two parties' movements,
and the next sentence's unowned forces ("an infantry battalion is moving from Italy to
Lithuania") are the last party's, not the first's. Four surroundings (publisher, party,
way of naming the forces, sentence shape), with the look-alike whose second forces name no
owner of their own and stay one movement. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A White House call, "movements of U.S. troops", the next sentence's battalion.
        (
            "Over the past week, as Russia has kept moving forces towards the Ukrainian"
            " frontier, the President has authorized movements of U.S. troops already"
            " stationed in Germany. In particular, an infantry battalion of roughly 500"
            " soldiers is moving from Vilseck in Bavaria to Estonia.",
            WHITE_HOUSE,
            [("Russia", "deploy"), ("United States", "deploy"), ("United States", "deploy")],
        ),
        # A news report, "while", a redeployment of British troops, a company that flies.
        (
            "While Russia keeps moving troops towards the border, Britain has ordered the"
            " redeployment of British troops already based in Germany. A company of about 150"
            " soldiers will fly from Paderborn to Estonia on Friday.",
            None,
            [("Russia", "deploy"), ("United Kingdom", "deploy"), ("United Kingdom", "deploy")],
        ),
        # A Kremlin text, NATO's forces, then Russian forces named by the adjective.
        (
            "As NATO continues to move forces towards our borders, the Defence Ministry has"
            " ordered movements of Russian forces stationed in the Western Military District. A"
            " motorised rifle brigade is moving from Yelnya to the Bryansk region.",
            KREMLIN,
            [("NATO", "deploy"), ("Russia", "deploy"), ("Russia", "deploy")],
        ),
        # A Ukrainian release, Russia's troops, then Ukrainian troops.
        (
            "As Russia keeps moving troops towards Kharkiv, the Commander-in-Chief has ordered"
            " the redeployment of Ukrainian troops stationed in the west. Two battalions are"
            " moving from Lviv to the Poltava region.",
            KYIV,
            [("Russia", "deploy"), ("Ukraine", "deploy"), ("Ukraine", "deploy")],
        ),
    ],
)
def test_another_partys_own_forces_are_another_movement(
    text: str, source: str | None, expected: list[tuple[str, str]]
) -> None:
    assert movement_owners(text, None, source) == expected


def test_second_forces_with_no_owner_of_their_own_stay_one_movement() -> None:
    # "more troops stationed in Poland" names a place, not an owner: the clause's own
    # British movement, never a Polish one.
    assert movement_owners(
        "Britain will send 200 soldiers based in Estonia to Latvia, and more troops stationed"
        " in Poland will move to Lithuania.",
        None,
        None,
    ) == [("United Kingdom", "deploy"), ("United Kingdom", "deploy")]
