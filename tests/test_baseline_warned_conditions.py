"""A warning told as "warned that if X, Y" is about Y, the clause the condition opens onto
(``position_topics._condition_after``): the cue's own clause names nothing before the
condition, and the saying ("warned") is never a topic. In four surroundings (publisher,
party, way of naming the holder, sentence shape), with look-alikes: a condition right
after the cue's object ("warned of severe consequences if …"), one after the clause
("… will not stop at the border if Ukraine falls"). Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topic_pairs


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a Kremlin readout of a call, its subject's state named by an adjective
        (
            "Vladimir Putin warned that if the shelling of Donbass continues, the consequences "
            "for Ukrainian statehood will be very grave.",
            "Telephone conversation with President of France Emmanuel Macron",
            KREMLIN,
            ("warn", "consequences for Ukrainian statehood will be very grave"),
        ),
        # (b) a White House readout, the holder by office, another verb of warning
        (
            "The President cautioned that if Russia invades, the human cost will be staggering.",
            "Readout of President Biden's Call with Chancellor Scholz",
            WHITE_HOUSE,
            ("warn", "human cost will be staggering"),
        ),
        # (c) a news report of a Baltic minister, named in full
        (
            "Latvian Foreign Minister Edgars Rinkevics warned that if Europe hesitates, Russian "
            "tanks will not stop at the Ukrainian border.",
            None,
            None,
            ("warn", "Russian tanks will not stop at the Ukrainian border"),
        ),
        # (d) a Kyiv readout, the condition of more words, the main clause's own negation
        (
            "Volodymyr Zelenskyy warned that if Ukraine does not withstand this onslaught, "
            "Russian aggression will not end at the Ukrainian border.",
            "Address by the President of Ukraine",
            KYIV,
            ("warn", "Russian aggression will not end at the Ukrainian border"),
        ),
    ],
)
def test_a_warning_is_about_the_clause_after_its_condition(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # the cue's object names what is warned of; the condition is a threat's
        (
            "Latvian Foreign Minister Edgars Rinkevics warned of severe consequences if Russia "
            "invades.",
            None,
            None,
            ("threaten", "consequences if Russia invades"),
        ),
        # the condition after the clause warned of: the clause stays the topic
        (
            "Volodymyr Zelenskyy warned that Russian aggression will not end at the Ukrainian "
            "border if Ukraine falls.",
            "Address by the President of Ukraine",
            KYIV,
            ("warn", "Russian aggression will not end at the Ukrainian border"),
        ),
    ],
)
def test_a_condition_not_right_after_the_cue_changes_nothing(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source) == [item]


def test_a_cue_with_no_condition_after_it_keeps_its_item() -> None:
    """ "said that if Russia invades, NATO will respond": the cue ("respond") ends the
    sentence, no condition follows it, and the item is read as before."""
    text = (
        "Latvian Foreign Minister Edgars Rinkevics said that if Russia invades, NATO will respond."
    )
    assert [stance for stance, _ in stance_topic_pairs(text, None, None)] == ["threaten"]


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a Kremlin readout, a comma after "that"
        (
            "Vladimir Putin warned that, if the shelling of Donbass continues, the consequences "
            "for Ukrainian statehood will be very grave.",
            "Telephone conversation with President of France Emmanuel Macron",
            KREMLIN,
            ("warn", "consequences for Ukrainian statehood will be very grave"),
        ),
        # (b) a White House readout, the holder by office
        (
            "The President cautioned that, if Russia invades, the human cost will be staggering.",
            "Readout of President Biden's Call with Chancellor Scholz",
            WHITE_HOUSE,
            ("warn", "human cost will be staggering"),
        ),
        # (c) a news report of a Baltic minister, named in full
        (
            "Latvian Foreign Minister Edgars Rinkevics warned that, if Europe hesitates, Russian "
            "tanks will not stop at the Ukrainian border.",
            None,
            None,
            ("warn", "Russian tanks will not stop at the Ukrainian border"),
        ),
        # (d) a Kyiv readout, the condition of more words
        (
            "Volodymyr Zelenskyy warned that, if Ukraine does not withstand this onslaught, "
            "Russian aggression will not end at the Ukrainian border.",
            "Address by the President of Ukraine",
            KYIV,
            ("warn", "Russian aggression will not end at the Ukrainian border"),
        ),
    ],
)
def test_a_condition_set_off_by_commas_is_passed_over_too(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    """The comma after "that" opens the condition, it does not close it: the main clause
    begins after the comma that ends the condition (it was "if Russia invades")."""
    assert stance_topic_pairs(text, title, source) == [item]
