"""After a modal, a measure noun is its verb: "a step that will cost the aggressor dearly"
foretells a price of whatever the subject is (here another party's step, just welcomed), not
a punitive measure the speaker takes, so it is no commitment. A punitive action after a
modal ("will ban") is still taken.
"""

from __future__ import annotations

import pytest
from baseline_helpers import KYIV, held_stances

_WELCOMED = (
    "President Olena Marchuk welcomed the decision of the EU Council to freeze the reserves "
    "held by Russia's central bank."
)


@pytest.mark.parametrize(
    "text",
    [
        # (a) plain: the step welcomed, then its price foretold
        f"{_WELCOMED} “This is a strong step which will cost Russia dearly,” Olena Marchuk noted.",
        # (b) after a fronted adverbial
        f"{_WELCOMED} “In the end, this step will cost Russia dearly,” Olena Marchuk noted.",
        # (c) a pronoun after a first mention
        f"{_WELCOMED} She said the step would cost Russia dearly.",
        # (d) one clause of two
        f"{_WELCOMED} “This step will cost Russia dearly, and it will not be the last,” Olena "
        "Marchuk noted.",
    ],
)
def test_a_price_foretold_of_a_step_is_no_commitment(text: str) -> None:
    assert "commit" not in [stance for _, stance in held_stances(text, source=KYIV)]


def test_a_punitive_action_after_a_modal_is_still_taken() -> None:
    text = "President Olena Marchuk said Ukraine will ban Russian ships from its ports."
    assert held_stances(text, source=KYIV) == [("Olena Marchuk", "commit")]
