"""The "it" of an extraposed subject whose infinitive has its own subject in a for-phrase
("It is an honour for me to host you", Quirk et al. 18.33, 15.9) stands for no party: the
host is the one the for-phrase names, the speaker, not the state named before. In four
surroundings, with a look-alike. Sentences invented for these tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts, extract


@pytest.mark.parametrize(
    ("text", "title", "source", "host", "guest"),
    [
        # (a) a Kyiv transcript turn, the state named just before
        (
            "PRESIDENT BONDAR: Prime Minister Lind, Sweden has been a true friend. It is an "
            "honour for me to host you in Kyiv today.\n\nPRIME MINISTER LIND: Thank you, Mr "
            "President.",
            "Press statements by President Taras Bondar and Prime Minister of Sweden Anna Lind",
            KYIV,
            "Taras Bondar",
            "Anna Lind",
        ),
        # (b) a White House transcript, contracted "it's"
        (
            "PRESIDENT HOLT: Mr. President, the United States values this visit. It's a "
            "pleasure for me to host you.\n\nPRESIDENT NOVAK: Thank you, Madam President.",
            "Remarks by President Dana Holt and President Marek Novak of Slovakia",
            WHITE_HOUSE,
            "Dana Holt",
            "Marek Novak",
        ),
        # (c) a Kremlin transcript: "was", the Kremlin named
        (
            "Vladimir Putin: Mr President, Russia values this visit. It was very important for "
            "me to host you in the Kremlin.\n\nTomas Berg: Thank you, Mr President.",
            "Talks with President of Finland Tomas Berg",
            KREMLIN,
            "Vladimir Putin",
            "Tomas Berg",
        ),
        # (d) a Kyiv transcript, "us": the speaker's side hosts
        (
            "PRESIDENT BONDAR: Prime Minister Lind, Sweden stands with us. It is an honour for "
            "us to host you in Kyiv.\n\nPRIME MINISTER LIND: Thank you, Mr President.",
            "Press statements by President Taras Bondar and Prime Minister of Sweden Anna Lind",
            KYIV,
            "Taras Bondar",
            "Anna Lind",
        ),
    ],
)
def test_the_host_of_a_dummy_it_with_a_for_subject_is_the_speaker(
    text: str, title: str, source: str, host: str, guest: str
) -> None:
    parties = [p for p, _mode, _status in contacts(text, title, source)]
    assert [host, guest] in parties or [guest, host] in parties


def test_a_referring_it_before_a_for_phrase_still_speaks() -> None:
    # Look-alike: "It said", no extraposed subject, is the state named before.
    draft = extract("Russia held an exercise near the border. It said that it was for us to act.")
    assert [p.holder.name for p in draft.positions] in ([], ["Russia"])
