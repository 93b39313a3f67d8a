"""A claim weighed against what is seen and not found there is disputed (CAMEO 0231-0234
deny, PLOVER REJECT): "the talk of a pullback is, to be honest, not borne out by the facts",
"Moscow's claims that units are going home … are not borne out by …", "the announced
withdrawal has not been matched by any change we can see" are `deny` (the guide: disputing a
claim is `deny`). A hope or an expectation not borne out, a request not matched by a date,
dispute no claim. Four surroundings, with look-alikes. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import held_stances, speaker_denies


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (a) a Kyiv readout, reported speech, a party's statements as subject
        (
            "Dmytro Kuleba said that Moscow's statements about the return of its units to "
            "their bases were not borne out by what Ukrainian intelligence observed.",
            [("Dmytro Kuleba", "deny")],
        ),
        # (b) a briefing's quotation, "matched by anything"
        (
            "National Security Adviser Jake Sullivan said: \"The Kremlin's announcements of "
            'a pullback from Belarus have not been matched by anything we can see."',
            [("Jake Sullivan", "deny")],
        ),
        # (c) a Kremlin statement charging the other side, the document's voice
        (
            "Dmitry Peskov said that the NATO reports of Russian troops massing near Kharkiv "
            "are not supported by the facts.",
            [("Dmitry Peskov", "deny")],
        ),
        # (d) a minister's quotation, the verdict first in a coordinated clause
        (
            "Foreign Minister Gabrielius Landsbergis said: \"We have studied Minsk's "
            'assurances, and they are simply not borne out by events on the ground."',
            [("Gabrielius Landsbergis", "deny")],
        ),
    ],
)
def test_a_claim_not_borne_out_is_disputed(text: str, expected: list[tuple[str, str]]) -> None:
    assert speaker_denies(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        # A measure not matched by a partner's: no claim weighed.
        "Josep Borrell said that the European sanctions on Russia were not matched by "
        "measures in Asia.",
    ],
)
def test_a_measure_not_matched_disputes_no_claim(text: str) -> None:
    """Look-alike: only what is seen, the facts, the evidence or events weigh a claim."""
    assert "deny" not in [stance for _, stance in held_stances(text)]
