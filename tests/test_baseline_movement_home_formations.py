"""A formation or service named by its proper name alone as the subject of a movement, in
its own state's publication, is the publisher's state's: "the State Border Guard Service has
sent more units to the Volyn region" in a Ukrainian release. Four surroundings
(another publisher, party, way of naming the formation, sentence shape), with look-alikes:
no publisher, another state named before the verb, a formation named at the end of a
relative clause rather than as the subject. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movements


def rows(text: str, source: str | None = None) -> list[tuple[str, str, str]]:
    return [(m.actor.name, m.activity, m.status) for m in movements(text, source)]


@pytest.mark.parametrize(
    ("text", "source", "expected"),
    [
        # A border service, the present perfect, a fronted adjunct.
        (
            "Following the decree, the State Border Guard Service has sent more units to"
            " the Rivne region.",
            KYIV,
            [("Ukraine", "deploy", "completed")],
        ),
        # Another publisher and party, a guard, the simple past.
        (
            "On Monday, the National Guard moved two more battalions to the Kursk region.",
            KREMLIN,
            [("Russia", "deploy", "completed")],
        ),
        # A third publisher, an aside in commas between the subject and its verb.
        (
            "The Air National Guard, together with active-duty squadrons, will send 400 more"
            " airmen to Poland this month.",
            WHITE_HOUSE,
            [("United States", "deploy", "planned")],
        ),
        # A decree, forces named by their proper name, "shall".
        (
            "The Territorial Defence Forces shall deploy three more battalions to the"
            " Chernihiv region within ten days.",
            KYIV,
            [("Ukraine", "deploy", "planned")],
        ),
    ],
)
def test_a_formation_named_alone_is_the_publishers(
    text: str, source: str | None, expected: list[tuple[str, str, str]]
) -> None:
    assert rows(text, source) == expected


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # No publisher: whose the service is, nobody says (guard: the publisher's state).
        # A service the actor vocabulary does not know: "the State Border Guard Service" is
        # Ukraine's by its name alone.
        (
            "Under the decision, the State Frontier Service has sent more units to"
            " the Volyn region.",
            None,
        ),
        # Another state named before the verb may be the service's (guard: other states).
        (
            "In Minsk, the State Frontier Service has sent additional units to the Brest region.",
            KYIV,
        ),
        # The guard is no subject: it ends a relative clause (guard: the clause's opening).
        (
            "Foreign volunteers who trained alongside the National Guard have moved to the"
            " Sumy region.",
            KYIV,
        ),
    ],
)
def test_no_publisher_another_state_or_no_subject_is_not_read_as_the_publishers(
    text: str, source: str | None
) -> None:
    assert "Ukraine" not in {owner for owner, _, _ in rows(text, source)}
