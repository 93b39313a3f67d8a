"""Precision before recall: when the baseline cannot tell who holds a position, it leaves
the item out; and the fields a briefing shows are cut to what they name.

Every sentence is invented for the test, never copied from a labelled document."""

from __future__ import annotations

from baseline_helpers import KYIV, WHITE_HOUSE, extract, holders, positions


def test_he_after_two_people_is_ambiguous_and_left_out() -> None:
    draft = extract(
        "A phone call took place between Chancellor Klara Voss of Germany and President "
        "Tomas Brenn of Lithuania. He strongly condemned the shelling of Kharkiv by Russia."
    )
    assert holders(draft) == []


def test_he_continuing_the_subject_of_the_sentence_before_keeps_it() -> None:
    draft = extract(
        "Chancellor Klara Voss of Germany spoke with President Tomas Brenn of Lithuania. "
        "She strongly condemned the shelling of Kharkiv by Russia."
    )
    assert holders(draft) == ["Klara Voss"]


def test_according_to_inside_the_sentence_gives_it_to_the_source() -> None:
    draft = extract(
        "Volodymyr Marko held talks in Kyiv. At the same time, according to the Head of "
        "State, it is too early to say that Russia has pulled back its troops.",
        "Volodymyr Marko held talks",
        KYIV,
    )
    assert holders(draft) == ["Volodymyr Marko"]


def test_a_states_government_named_in_capitals_is_that_government() -> None:
    draft = extract(
        "The Moldovan Government condemns the blockade of the port. Government officials "
        "said the talks will go on.",
        "Fact Sheet: Costs for the blockade",
        WHITE_HOUSE,
    )
    holder = draft.positions[0].holder
    assert (holder.name, holder.kind) == ("Moldovan government", "government")


def test_the_first_of_a_list_of_parties_does_not_hold_alone() -> None:
    draft = extract(
        "Estonia, Latvia and Finland demand the withdrawal of Russian troops from Belarus. "
        "Chancellor Anna Berg, President of Austria, urged Russia to stop the shelling."
    )
    assert holders(draft) == ["Anna Berg"]


def test_an_obligation_the_speaker_puts_on_themselves_is_no_demand() -> None:
    draft = extract(
        "\u201cWe definitely must keep our embassy open,\u201d said Chancellor Anna Berg of "
        "Austria. \u201cRussia must end the blockade of Odesa,\u201d Berg said."
    )
    assert positions(draft) == [("Anna Berg", "demand", "Russia must end the blockade of Odesa")]
