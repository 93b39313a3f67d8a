"""A speaker's next sentence in the same stance is merged with the one before as a
restatement, unless it is told as another point: a contrastive or additive conjunct opening
it ("But", "Yet", "In addition", "At the same time") or "also" before its stance. Then only
shared topic words join the two. In four surroundings, with look-alikes that still merge.
Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract

_REMARKS = "Remarks by President Biden on Moldova"
_MEETING = "Meeting with Government members"
_ADDRESS = "Address by the President of Ukraine"
_BRIEFING = "Press Briefing by Press Secretary Jen Psaki"


def _items(text: str, title: str, source: str) -> list[tuple[str, str, int]]:
    """(stance, topic, quotes) of each position."""
    return [(p.stance, p.topic, len(p.evidence)) for p in extract(text, title, source).positions]


@pytest.mark.parametrize(
    ("text", "title", "source", "stance", "topics"),
    [
        # (a) a White House transcript turn, a contrastive conjunct
        (
            "THE PRESIDENT: We condemn Russia's attack on the port of Odesa. Yet we condemn the "
            "shelling of civilians in Kharkiv by Russian forces.",
            _REMARKS,
            WHITE_HOUSE,
            "accuse",
            [
                "Russia's attack on the port of Odesa",
                "shelling of civilians in Kharkiv by Russian forces",
            ],
        ),
        # (b) a Kremlin transcript, "also" before the stance
        (
            "Vladimir Putin: We do not accept the expansion of NATO to the east. We also do not "
            "accept the deployment of strike missiles near our borders.",
            _MEETING,
            KREMLIN,
            "oppose",
            ["expansion of NATO to the east", "deployment of strike missiles near our borders"],
        ),
        # (c) another publisher, an additive conjunct set off by a comma
        (
            "Volodymyr Zelenskyy: We demand that Russia withdraw its troops from our border. In "
            "addition, we call on our partners to speed up deliveries of air defence.",
            _ADDRESS,
            KYIV,
            "demand",
            [
                "Russia withdraw its troops from our border",
                "partners to speed up deliveries of air defence",
            ],
        ),
        # (d) a spokesperson speaking for her state, a conjunct of several words
        (
            "MS. PSAKI: We support the sovereignty of Moldova. At the same time, we support the "
            "Moldovan government's plan to reform its courts.",
            _BRIEFING,
            WHITE_HOUSE,
            "support",
            ["sovereignty of Moldova", "Moldovan government's plan to reform its courts"],
        ),
    ],
)
def test_a_sentence_told_as_another_point_is_its_own_item(
    text: str, title: str, source: str, stance: str, topics: list[str]
) -> None:
    assert _items(text, title, source) == [(stance, topic, 1) for topic in topics]


@pytest.mark.parametrize(
    ("text", "title", "source", "stance", "topic"),
    [
        # The same sentences with no conjunct: the speaker goes on, and the merge joins them.
        (
            "THE PRESIDENT: We condemn Russia's attack on the port of Odesa. We condemn the "
            "shelling of civilians in Kharkiv by Russian forces.",
            _REMARKS,
            WHITE_HOUSE,
            "accuse",
            "Russia's attack on the port of Odesa",
        ),
        (
            "Vladimir Putin: We do not accept the expansion of NATO to the east. We do not "
            "accept the deployment of strike missiles near our borders.",
            _MEETING,
            KREMLIN,
            "oppose",
            "expansion of NATO to the east",
        ),
        # "also" after the stance, in a relative clause, says nothing of the point.
        (
            "Volodymyr Zelenskyy: We demand that Russia withdraw its troops from our border. We "
            "call on our partners, who also see the threat, to speed up deliveries of air "
            "defence.",
            _ADDRESS,
            KYIV,
            "demand",
            "Russia withdraw its troops from our border",
        ),
        # A conjunct before the same topic again: a restatement still, by the topics' words.
        (
            "MS. PSAKI: We support the sovereignty of Moldova. At the same time, we support the "
            "sovereignty of Moldova in every forum.",
            _BRIEFING,
            WHITE_HOUSE,
            "support",
            "sovereignty of Moldova",
        ),
        (
            "Vladimir Putin: We do not accept the expansion of NATO to the east. But we do not "
            "accept the expansion of NATO to the east in any form.",
            _MEETING,
            KREMLIN,
            "oppose",
            "expansion of NATO to the east",
        ),
    ],
)
def test_restatement_without_another_point_is_one_item(
    text: str, title: str, source: str, stance: str, topic: str
) -> None:
    assert _items(text, title, source) == [(stance, topic, 2)]


def test_meanwhile_opens_another_point() -> None:
    """A sentence opened by "Meanwhile" moves to another matter at the same time (Quirk et
    al.'s transitional conjunct): a second charge so opened is its own item; without the
    conjunct the two charges merge."""
    first = "Vladimir Putin: We condemn the shelling of the villages of Donbass by Kiev. "
    second = "we condemn the refusal of Kiev to implement the Minsk agreements."
    apart = _items(first + "Meanwhile " + second, _MEETING, KREMLIN)
    merged = _items(first + "W" + second[1:], _MEETING, KREMLIN)
    assert [stance for stance, _topic, _quotes in apart] == ["accuse", "accuse"]
    assert [stance for stance, _topic, _quotes in merged] == ["accuse"]


def test_an_enumerative_conjunct_opens_another_point() -> None:
    """A sentence opened by "Second," or "Finally," tells the next item of a list (Quirk et
    al.'s enumerative conjuncts): a second charge so opened is its own item; without the
    conjunct the two charges merge."""
    first = "MS. PSAKI: We condemn the shelling of Odesa by Russian forces. "
    second = "we condemn the attack on the port of Mykolaiv by Russia."
    for conjunct in ("Second, ", "Finally, "):
        apart = _items(first + conjunct + second, _BRIEFING, WHITE_HOUSE)
        assert [stance for stance, _topic, _quotes in apart] == ["accuse", "accuse"]
    merged = _items(first + "W" + second[1:], _BRIEFING, WHITE_HOUSE)
    assert [stance for stance, _topic, _quotes in merged] == ["accuse"]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # (a) a White House turn: a warning, then "would also" inside the next one's verb
        (
            "THE PRESIDENT: An invasion by Russia would be a disaster for Europe. A conflict "
            "like that would also disrupt energy supplies well beyond Europe.",
            _REMARKS,
            WHITE_HOUSE,
        ),
        # (b) a spokesperson's briefing, a condition's warning, a pronoun subject after it
        (
            "MS. PSAKI: If Russia invades, it would be a violation of international law. It "
            "would also disrupt the supply of grain to much of the world.",
            _BRIEFING,
            WHITE_HOUSE,
        ),
    ],
)
def test_also_inside_the_cues_verb_group_opens_another_point(
    text: str, title: str, source: str
) -> None:
    """ "A conflict like that would also disrupt energy supplies": the cue is the verb group
    "would also disrupt", so "also" stands inside it, not before it; the second consequence
    is its own item (as in suite dev p06). Without "also" the speaker goes on, and the merge
    joins the two (fails when "also" is looked for before the cue only)."""
    assert len(_items(text, title, source)) == 2
    merged = text.replace(" also", "")
    assert len(_items(merged, title, source)) == 1
