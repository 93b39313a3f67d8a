"""An office in apposition before a name, written with capitals as readouts write it ("a
phone call with the Prime Minister of Italy, Marco Bruni."), gives the name its
office, as the lower-case one did ("Ukraine's foreign minister, Dmytro Kuleba,"): the
office named again alone ("The Prime Minister assured me …") is that person, and the
contact's side is one person, not an office and a name. A name after a comma that goes on
as its clause's subject closed a fronted phrase, no apposition. Invented sentences only."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, extract, holders


@pytest.mark.parametrize(
    ("text", "publisher", "holder"),
    [
        # (a) Kyiv, the first person's call; another prime minister is introduced later
        (
            "This morning I had a phone conversation with the Prime Minister of Italy, "
            "Carlo Bianchi.\n\n"
            "The Prime Minister assured me that Italy will back sanctions if Russia attacks "
            "Ukraine.\n\n"
            "On Wednesday, the Prime Minister of Spain Luis Ortega will visit Kyiv.\n",
            KYIV,
            "Carlo Bianchi",
        ),
        # (b) White House, another office, the office named again in a later paragraph
        (
            "President Biden spoke today with the Chancellor of Austria, Karl Huber.\n\n"
            "The Chancellor condemned Russia's attack on Ukraine.\n\n"
            "Later, Chancellor of Germany Otto Brandt arrived in Washington.\n",
            WHITE_HOUSE,
            "Karl Huber",
        ),
        # (c) Kremlin, the name closed by a comma inside the sentence
        (
            "Vladimir Putin received the Foreign Minister of Hungary, Janos Kovacs, in the "
            "Kremlin.\n\n"
            "The Foreign Minister said that Hungary rejects the sanctions against Russia.\n\n"
            "Foreign Minister of Serbia Milan Petrovic will visit Moscow in May.\n",
            KREMLIN,
            "Janos Kovacs",
        ),
        # (d) news, the office named again as the speaker after a quotation
        (
            "Officials met the Defence Minister of Poland, Jan Nowicki.\n\n"
            '"The shelling of Kharkiv is a war crime," the Defence Minister said.\n\n'
            "Defence Minister of Lithuania Tomas Vaitkus spoke next.\n",
            None,
            "Jan Nowicki",
        ),
    ],
)
def test_a_capitalised_office_in_apposition_is_the_names(
    text: str, publisher: str | None, holder: str
) -> None:
    assert holder in holders(extract(text, "Readout", publisher))


def test_the_contact_side_is_the_person_not_the_office_and_the_name() -> None:
    draft = extract(
        "This morning I had a phone conversation with the Prime Minister of Italy, "
        "Carlo Bianchi.\n",
        "Address by the President",
        KYIV,
    )
    sides = [[p.name for p in c.participants] for c in draft.diplomatic_contacts]
    assert sides == [["President of Ukraine", "Carlo Bianchi"]]


@pytest.mark.parametrize(
    "text",
    [
        # A fronted phrase ends in an office; the name after the comma is the subject.
        "After the talks with the Chancellor, Ivan Petrenko left for Warsaw.\n\n"
        "The Chancellor condemned the shelling of Kharkiv.\n",
        "After his talks with the Foreign Minister, Ivan Petrenko flew to Warsaw.\n\n"
        "The Foreign Minister condemned the shelling of Kharkiv.\n",
    ],
)
def test_a_subject_after_a_fronted_office_takes_no_office(text: str) -> None:
    assert "Ivan Petrenko" not in holders(extract(text, None, WHITE_HOUSE))
