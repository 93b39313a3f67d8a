"""A state's government by its formal name, the noun with the state as its complement:
"the Government of Canada has decided …", "the Government of the Russian Federation
approved …". It is that state's government as "the Canadian government" is: holder of its
positions, owner of the forces and supplies it sends. A complement the vocabulary does not
know whole names no state's government. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        # (a) a White House text, a plain state
        (
            "The Government of Japan said it would impose sanctions on three more Russian banks.",
            WHITE_HOUSE,
            "Japanese government",
        ),
        # (b) a Kremlin text, a state by its formal name after "the"
        (
            "The Government of the Russian Federation warned that the measures would be "
            "answered in kind.",
            KREMLIN,
            "Russian government",
        ),
        # (c) a Kyiv text, fronted, another verb of saying
        (
            "On Monday, the Government of Norway announced that it would send more "
            "humanitarian aid to Ukraine.",
            KYIV,
            "Norwegian government",
        ),
    ],
)
def test_the_government_of_a_state_holds_its_positions(text: str, source: str, holder: str) -> None:
    assert holder in [p.holder.name for p in extract(text, source=source).positions]


def test_the_government_of_a_state_owns_what_it_sends() -> None:
    draft = extract(
        "The Government of Canada has decided to send rifles and ammunition to Ukraine, the "
        "minister said on Monday.",
        source=WHITE_HOUSE,
    )
    assert [m.actor.name for m in draft.military_movements] == ["Canada"]


def test_a_government_of_no_state_the_vocabulary_knows_is_no_state() -> None:
    # look-alike: the complement names a region, not a state the vocabulary knows whole
    draft = extract(
        "The Government of Western Australia said it would send aid to Ukraine.",
        source=WHITE_HOUSE,
    )
    assert "Australian government" not in [p.holder.name for p in draft.positions]
