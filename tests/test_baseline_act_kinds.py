"""One call naming several acts (``act_kinds``): two acts of military de-escalation, or two
of talks, are one demand ("to de-escalate and to withdraw its forces"); any other act is a
demand of its own ("to cut Russia off from SWIFT and to close the airspace"), after "to"
and after a repeated "for" ("called for a ceasefire and for the opening of corridors").
Invented sentences only, in four surroundings, and the look-alikes that stay one.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _demands(text: str, title: str | None = None, source: str | None = None) -> list[str]:
    """The quote of each demand of ``text``, in order."""
    draft = extract(text, title, source)
    return [p.evidence[0].quote for p in draft.positions if p.stance == "demand"]


@pytest.mark.parametrize(
    ("text", "title", "source", "second"),
    [
        # (a) a Kyiv readout, a name, "to … and to …"
        (
            "During the call, Volodymyr Zelenskyy called on the Council of Europe to suspend "
            "Russia's voting rights and to send monitors to the occupied towns.",
            "The President of Ukraine held a phone call with the Secretary General",
            KYIV,
            "to send monitors to the occupied towns.",
        ),
        # (b) a Kremlin readout, another party, a repeated "for"
        (
            "Kassym-Jomart Tokayev called for an immediate ceasefire and for the delivery of "
            "food and medicine to the besieged towns.",
            "Telephone conversation with President of Kazakhstan",
            KREMLIN,
            "for the delivery of food and medicine to the besieged towns.",
        ),
        # (c) a White House readout, an office for the name, an aid and a sanction asked
        (
            "The President urged the Allies to deliver more anti-tank weapons to Ukraine and to "
            "freeze the assets of Russia's central bank.",
            "Readout of President Reed's Call with NATO Secretary General",
            WHITE_HOUSE,
            "to freeze the assets of Russia's central bank.",
        ),
        # (d) news, a pronoun after a first mention, the call in a second clause
        (
            "Estonian Prime Minister Mari Tamm arrived in Brussels on Monday. She welcomed the "
            "new sanctions and called on the European Union to ban Russian ships from its ports "
            "and to stop buying Russian coal.",
            None,
            None,
            "to stop buying Russian coal.",
        ),
    ],
)
def test_a_further_act_of_another_kind_is_a_demand_of_its_own(
    text: str, title: str | None, source: str | None, second: str
) -> None:
    demands = _demands(text, title, source)
    assert len(demands) == 2
    assert demands[1] == second


@pytest.mark.parametrize(
    "text",
    [
        # Two ways of stopping the fighting.
        "Polish President Adam Lis called on Russia to de-escalate and to withdraw its forces "
        "from the border.",
        "Polish President Adam Lis called for restraint along the line of contact and for "
        "strict observance of the ceasefire.",
        "Polish President Adam Lis called on Moscow to stop the shelling and to pull its "
        "artillery back from the towns.",
        # Two ways of asking for talks.
        "Polish President Adam Lis called on both sides to return to negotiations and to resume "
        "the dialogue in the Normandy format.",
        # A "for" of time after a bare comma, and a relative "for which": no second act.
        "Polish President Adam Lis called for new sanctions against Russia, for the second day "
        "running.",
        "Polish President Adam Lis called for a special tribunal, for which Poland has long "
        "argued.",
        # "and to the …" continues the act before: no second act.
        "Polish President Adam Lis called on Russia to send its delegation to Geneva and to the "
        "talks in Vienna.",
    ],
)
def test_acts_of_one_named_kind_stay_one_demand(text: str) -> None:
    assert _demands(text) == [text]


def test_a_threat_for_two_things_is_not_cut_as_demands() -> None:
    # "for … and for …" after a cue that asks nothing is no list of demands: what Moscow
    # will answer for is one threat's topic.
    draft = extract(
        "Polish President Adam Lis said that Moscow would answer for the shelling of Kharkiv "
        "and for the deaths of civilians."
    )
    assert [(p.stance, p.topic) for p in draft.positions] == [
        ("threaten", "shelling of Kharkiv and for the deaths of civilians")
    ]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) news, a relative clause "for which" after the thing called for
        (
            "Estonian Prime Minister Mari Tamm called for an immediate ceasefire, for which the "
            "Red Cross has long pressed.",
            None,
            None,
        ),
        # (b) a Kremlin readout, a span of time after the call
        (
            "Kassym-Jomart Tokayev called for restraint and for the second day running offered "
            "Astana as a venue.",
            "Telephone conversation with President of Kazakhstan",
            KREMLIN,
        ),
        # (c) a White House readout, an office for the name, an occasion counted
        (
            "The President called for restraint on all sides, for the first time since the crisis "
            "began.",
            "Readout of President Reed's Call with NATO Secretary General",
            WHITE_HOUSE,
        ),
        # (d) a Kyiv readout, a pronoun, the speaker's own part
        (
            "Volodymyr Zelenskyy spoke with the Secretary General. He called for more air "
            "defence and, for his part, thanked the Alliance.",
            "The President of Ukraine held a phone call with the Secretary General",
            KYIV,
        ),
    ],
)
def test_a_for_phrase_of_time_viewpoint_or_a_relative_is_no_further_demand(
    text: str, title: str | None, source: str | None
) -> None:
    """Look-alikes of "and for the opening of corridors": "for" after a comma or "and"
    that opens a relative clause or an adjunct of time or viewpoint calls for nothing."""
    assert len(_demands(text, title, source)) == 1
