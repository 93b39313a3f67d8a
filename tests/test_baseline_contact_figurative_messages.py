"""A message sent by an act and judged by how it lands ("by imposing these sanctions, the
European Union sent a clear message to Russia", "a strong message to Moscow") is a signal,
which no one writes or receives: no correspondence (CAMEO 040 codes a message sent). Look-
alikes in four surroundings (publisher, party, adjective, sentence shape), and the message
itself kept: "a message of condolence to", "a written message to". Sentences invented for
these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract


def _contacts(text: str, title: str | None, source: str | None) -> list[list[str]]:
    found = extract(text, title, source).diplomatic_contacts
    return [sorted(p.name for p in c.participants) for c in found]


@pytest.mark.parametrize(
    ("text", "title", "source"),
    [
        # A news report: an act's body as the sender, "a clear message".
        (
            "By imposing these sanctions, the European Union sent a clear message to Russia.",
            None,
            None,
        ),
        # A White House statement: the state, "a strong message".
        (
            "With these deployments, the United States has sent a strong message to Russia.",
            "Statement by the Press Secretary",
            WHITE_HOUSE,
        ),
        # A Kremlin view reported: drills as the sender, "an unequivocal message".
        ("Moscow said the drills sent an unequivocal message to NATO.", None, KREMLIN),
        # A Kyiv address, reported: another state, "a powerful message".
        (
            "Volodymyr Zelenskyy said that Poland had sent a powerful message to Russia.",
            "Address by the President of Ukraine",
            KYIV,
        ),
    ],
)
def test_a_message_judged_as_a_signal_is_no_contact(
    text: str, title: str | None, source: str | None
) -> None:
    assert _contacts(text, title, source) == []


def test_a_message_written_and_sent_is_still_correspondence() -> None:
    text = (
        "Volodymyr Zelenskyy sent a written message to Prime Minister Boris Johnson on"
        " Tuesday, the Office of the President said."
    )
    assert _contacts(text, "Address by the President of Ukraine", KYIV) != []
