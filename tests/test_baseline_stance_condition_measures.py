"""A measure named inside a clause's condition is the act the condition supposes, another
party's: "In the event that foreign governments seize our state reserves, we stand ready to
answer with curbs on grain exports" threatens the curbs, not the seizure. The first measure
of the clause was read as the holder's, so the seizure, told of others, made the threat a
forecast (`warn`) or the topic the other party's act. The main clause's measure decides when
there is one; a measure named only in the condition is read as before. Four surroundings,
with a look-alike. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import stance_topic_pairs


@pytest.mark.parametrize(
    ("text", "main", "supposed"),
    [
        # (a) a president's words after a colon, "in the event that"
        (
            'President Vladimir Putin said: "In the event that Western governments freeze the '
            "reserves of our national bank, we stand ready to answer with restrictions on the "
            'sale of fertiliser abroad."',
            "fertiliser",
            "freeze",
        ),
        # (b) a spokesman after the words, "once", a state named by its capital
        (
            "Once Lithuania bans Russian trucks, Moscow will close its airspace to Lithuanian "
            "aircraft, Kremlin spokesman Dmitry Peskov said.",
            "Lithuanian aircraft",
            "bans",
        ),
        # (c) a prime minister's reported that-clause, "in case", a countermeasure
        (
            "Prime Minister Kaja Kallas said that in case Moscow bans Estonian goods, Tallinn "
            "will take countermeasures against Russian exporters.",
            "countermeasures",
            "bans",
        ),
        # (d) a spokeswoman's quotation first, "if", an embargo
        (
            '"If Warsaw expels our diplomats, we will impose an embargo on Polish apples," '
            "Foreign Ministry spokeswoman Maria Zakharova said.",
            "embargo",
            "we will impose",
        ),
    ],
)
def test_the_main_clauses_measure_is_threatened(text: str, main: str, supposed: str) -> None:
    [(stance, topic)] = stance_topic_pairs(text)
    assert stance == "threaten"
    assert main in topic
    assert not topic.startswith(supposed)


def test_a_measure_only_in_the_condition_is_still_read() -> None:
    """Look-alike: with no measure outside the condition, the condition's measure is still
    the clause's, as before (fails without the fallback to every measure: the topic becomes
    the condition)."""
    text = (
        "President Vladimir Putin said that if the West imposes new sanctions, Russia will respond."
    )
    assert stance_topic_pairs(text) == [("threaten", "new sanctions")]
