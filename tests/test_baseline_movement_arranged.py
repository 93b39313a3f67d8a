""" "Be to" with an infinitive is a future arranged (Quirk et al. 3.45, 4.49), not a wish: "a
new package …, which is to be handed over by the end of March", "600 servicemen are to be sent
to the Sumy region", "the field hospital Germany is to deliver" are planned movements.
The hypothetical guard (`movement_assertion.hypothetical`) drops an infinitive that no word
of deciding governs ("expects Russia to withdraw"); "is to"/"are to" now governs its own, and
stands in the verb group between a subject and its verb (grammar.toml `verb_group_words`),
so that the relative's subject owns what it is to deliver. After a noun its owner or determiner
opens ("our aim is to send more troops", "the Kremlin's strategy is to send", "the only answer
is to deliver"), before an active infinitive, and in a pseudo-cleft ("What Russia wants is to
deploy …") "is to" names what is wanted, and a condition ("if Russia were to move") stays one.

Four surroundings (publisher, party, way of naming the owner: a state, a formation, a
relative's subject; sentence shape: a passive, an active, a relative, a reporting clause),
and the look-alikes. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_statuses


@pytest.mark.parametrize(
    ("text", "source", "owner"),
    [
        # A Kyiv text: a formation, "are to be sent".
        (
            "By the end of this week, a further 600 servicemen of the National Guard of Ukraine are"
            " to be sent to the Sumy region.",
            KYIV,
            "Ukraine",
        ),
        # A Kyiv text: a relative's subject, "that Germany is to deliver".
        (
            "The President noted that Ukraine appreciates the field hospital that Germany is to"
            " deliver to Ukraine this month.",
            KYIV,
            "Germany",
        ),
        # A White House text: a state, "is to send".
        (
            "Under the plan announced today, Poland is to send a further 1,000 troops to"
            " Lithuania.",
            WHITE_HOUSE,
            "Poland",
        ),
        # A news report: a determiner's noun in the passive, "is to be deployed".
        (
            "A German air defence battery is to be deployed to Slovakia next week, officials said.",
            None,
            "Germany",
        ),
        # A Kremlin text: the speaker's units, "are to be redeployed".
        (
            "The Defence Ministry reported that two regiments of the Western Military District"
            " are to be redeployed to the Kursk region by Friday.",
            KREMLIN,
            "Russia",
        ),
    ],
)
def test_be_to_with_an_infinitive_is_a_planned_movement(
    text: str, source: str | None, owner: str
) -> None:
    assert any(
        (actor, status) == (owner, "planned")
        for actor, _, status in movement_statuses(text, source=source)
    )


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A noun of purpose: what is wanted, not arranged.
        ("Our aim is to send more American troops to the eastern flank.", WHITE_HOUSE),
        ("The only answer is to deliver more Polish weapons to Ukraine.", KYIV),
        # A pseudo-cleft: what a party wants, not what is arranged.
        ("What Russia wants is to deploy its forces in Belarus permanently.", KYIV),
        (
            "The minister said that what Ukraine wants now is to move its brigades to the border.",
            KREMLIN,
        ),
        # A noun of a plan its owner opens, whatever the noun.
        (
            "The Kremlin\u2019s strategy is to send troops into Donbas as peacekeepers.",
            WHITE_HOUSE,
        ),
        ("Germany's aim is to send more soldiers to Lithuania.", None),
        # A wish: an infinitive no "be to" governs.
        ("Washington expects Russia to withdraw its troops from the border.", WHITE_HOUSE),
        # A condition stays one.
        ("If Russia were to move troops into Ukraine, we would respond.", WHITE_HOUSE),
    ],
)
def test_look_alikes_of_be_to_stay_hypothetical(text: str, source: str | None) -> None:
    assert movement_statuses(text, source=source) == []
