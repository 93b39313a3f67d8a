"""A movement a speaker perceives another party make, that party named as the subject of
the perceived clause ("We have also seen Russian forces move field hospitals closer to the
border": the object of "see" is the subject of its bare infinitive, Quirk et al. 16.52), is
that party's, not the perceiver's and not read from the forces moved after the verb. A
place inside the perceived phrase ("troops in Belarus") names no doer."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, movement_owners


def _owners(text: str, title: str | None = None, source: str | None = None) -> list[str]:
    return [owner for owner, _ in movement_owners(text, title, source)]


@pytest.mark.parametrize(
    ("text", "title", "source", "owner"),
    [
        # (a) a White House statement, "we have also seen", equipment moved after the verb
        (
            "We have also watched Russian forces move additional fuel trucks and artillery closer "
            "to the border.",
            "Statement by Press Secretary Ann Cole on Russian Force Posture",
            WHITE_HOUSE,
            "Russia",
        ),
        # (b) a Kyiv statement, "we watched", the state named by its army
        (
            "Yesterday we watched the Belarusian army bring tanks towards our northern border.",
            "Address by the President of Ukraine",
            KYIV,
            "Belarus",
        ),
        # (c) a Kremlin transcript, "we see", the alliance moving aircraft
        (
            "Sergei Shoigu: We see NATO move additional fighter jets to Romania.",
            None,
            KREMLIN,
            "NATO",
        ),
        # (d) a news report, a named official perceiving, "observed"
        (
            "Lithuanian officials said they had observed Russian units move 20 tanks into "
            "Kaliningrad.",
            None,
            None,
            "Russia",
        ),
    ],
)
def test_the_perceived_doer_owns_the_movement(
    text: str, title: str | None, source: str | None, owner: str
) -> None:
    assert owner in _owners(text, title, source)


def test_a_place_in_the_perceived_phrase_names_no_doer() -> None:
    owners = _owners(
        "We have seen in Belarus Russian units move 40 tanks to the border.",
        "Statement by Press Secretary Ann Cole on Russian Force Posture",
        WHITE_HOUSE,
    )
    assert "Belarus" not in owners
