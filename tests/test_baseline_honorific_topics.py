"""An honorific's full stop ends no topic (``topics._abbreviations``, the words the
sentence splitter reads past: titles and ranks, months): "rejects Mr. Lukashenko's
proposal" is about the proposal, not "Mr", and so is "rejects Gen. Gerasimov's demands".
In four surroundings (publisher, party, way of naming the holder, sentence shape), with a
look-alike: a form of address written without its stop, a vocative before the clause,
which the topic never held. Invented sentences."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, stance_topic_pairs


@pytest.mark.parametrize(
    ("text", "title", "source", "item"),
    [
        # (a) a White House statement by the state: "Mr." before an owner
        (
            "The United States rejects Mr. Lukashenko\u2019s proposal about the border.",
            "Statement by Press Secretary Karine Jean-Pierre",
            WHITE_HOUSE,
            ("oppose", "Mr. Lukashenko\u2019s proposal about the border"),
        ),
        # (b) a White House briefing: a call on a person named with "Mr."
        (
            "MS. PSAKI: We urge Mr. Lukashenko not to send Belarusian troops into Ukraine.",
            "Press Briefing by Press Secretary Jen Psaki",
            WHITE_HOUSE,
            ("demand", "Mr. Lukashenko not to send Belarusian troops into Ukraine"),
        ),
        # (c) a Kremlin transcript, the speaker by name: "Ms." and an adverb before the cue
        (
            "Dmitry Peskov: We categorically reject Ms. Baerbock\u2019s proposal about our army.",
            "Briefing by Kremlin Spokesman",
            KREMLIN,
            ("oppose", "Ms. Baerbock\u2019s proposal about our army"),
        ),
        # (d) a Kyiv address, reported: "Dr." in a view of support
        (
            "Volodymyr Zelenskyy said Ukraine supports Dr. Tedros\u2019s mission to the hospitals "
            "of Kyiv.",
            "Address by the President of Ukraine",
            KYIV,
            ("support", "Dr. Tedros\u2019s mission to the hospitals of Kyiv"),
        ),
        # (e) a Kyiv address, reported: a military rank, "Gen." and "Col."
        (
            "Volodymyr Zelenskyy said that Ukraine rejects Gen. Gerasimov\u2019s demands to"
            " surrender Mariupol.",
            "Address by the President of Ukraine",
            KYIV,
            ("oppose", "Gen. Gerasimov\u2019s demands to surrender Mariupol"),
        ),
        (
            "Volodymyr Zelenskyy said that Ukraine condemns Col. Ivanov\u2019s order to shell"
            " the city.",
            "Address by the President of Ukraine",
            KYIV,
            ("accuse", "Col. Ivanov\u2019s order to shell the city"),
        ),
    ],
)
def test_an_honorifics_stop_ends_no_topic(
    text: str, title: str | None, source: str | None, item: tuple[str, str]
) -> None:
    assert stance_topic_pairs(text, title, source)[:1] == [item]


def test_a_vocative_stays_out_of_the_topic() -> None:
    text = "Mr President, we call on Russia to withdraw its forces, Volodymyr Zelenskyy said."
    assert stance_topic_pairs(text) == [("demand", "Russia to withdraw its forces")]
