"""A state's own bodies as holders: one named after its state's possessive ("Russia's
Ministry of Defence insists …") is the subject, the possessive its determiner; and a
spokesperson of a ministry named by its field alone ("Defence Ministry spokesperson X") in
a state's own text speaks for that state's ministry, as the ministry named alone there is,
not for the one the vocabulary knows by the bare name. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, body_named, extract, positions


@pytest.mark.parametrize(
    ("text", "source", "holder"),
    [
        (
            "Ukraine's Ministry of Defence said that Russia must withdraw its troops.",
            None,
            "Ministry of Defence of Ukraine",
        ),
        (
            "On Monday, Russia's Defence Ministry said that Ukraine must stop shelling Donbas.",
            None,
            "Russian Defence Ministry",
        ),
        (
            "Poland's Defence Ministry warned that Russia must withdraw its troops.",
            WHITE_HOUSE,
            "Polish Ministry of Defence",
        ),
        (
            "Ukraine\u2019s General Staff reported that Russian troops must leave Kherson.",
            KYIV,
            body_named("Ukrainian General Staff"),
        ),
    ],
)
def test_a_body_after_its_states_possessive_is_the_subject(
    text: str, source: str | None, holder: str
) -> None:
    assert [h for h, _, _ in positions(extract(text, "Update", source))] == [holder]


def test_a_body_after_its_states_possessive_as_an_object_holds_nothing() -> None:
    text = "Anna Kowal told Poland's Defence Ministry that Russia must withdraw its troops."
    assert "Polish Ministry of Defence" not in [h for h, _, _ in positions(extract(text))]


@pytest.mark.parametrize(
    ("source", "ministry", "country"),
    [
        (KYIV, "Ministry of Defence of Ukraine", "Ukraine"),
        (KREMLIN, "Russian Defence Ministry", "Russia"),
    ],
)
def test_a_field_ministrys_spokesperson_speaks_for_the_texts_state(
    source: str, ministry: str, country: str
) -> None:
    draft = extract(
        "Defence Ministry spokesperson Anna Kowal said that the other side must pull back its "
        "forces from the border.",
        "Update",
        source,
    )
    (position,) = draft.positions
    assert position.holder.name == ministry
    assert position.via is not None
    assert (position.via.name, position.via.country) == ("Anna Kowal", country)


@pytest.mark.parametrize(
    ("text", "source", "ministry", "country"),
    [
        # a state named by its adjective in another state's text
        (
            "Ukrainian Defence Ministry spokesperson Oleh Marchuk said the invaders must "
            "leave the occupied villages.",
            KREMLIN,
            "Ministry of Defence of Ukraine",
            "Ukraine",
        ),
        # the state the vocabulary's bare ministry is, named in a third state's text
        (
            "British Defence Ministry spokesperson John Harl stressed that Moscow must pull "
            "its battalions back.",
            KYIV,
            "Ministry of Defence",
            "United Kingdom",
        ),
        (
            "Moscow must pull its battalions back, British Defence Ministry spokesperson John "
            "Harl said on Friday.",
            WHITE_HOUSE,
            "Ministry of Defence",
            "United Kingdom",
        ),
        # a third state in a Kyiv text
        (
            "Polish Defence Ministry spokesperson Jan Nowak insisted that Moscow must pull "
            "its battalions back.",
            KYIV,
            "Polish Ministry of Defence",
            "Poland",
        ),
    ],
)
def test_a_spokesperson_titled_by_a_state_speaks_for_that_states_ministry(
    text: str, source: str, ministry: str, country: str
) -> None:
    (position,) = extract(text, "Update", source).positions
    assert (position.holder.name, position.stance) == (ministry, "demand")
    assert position.via is not None
    assert position.via.country == country
