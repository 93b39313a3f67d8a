"""An international body's official, titled by the body's initials or name ("IAEA Director
General Rafael Grossi", "UN High Commissioner for Refugees Filippo Grandi"), is that body's:
the vocabulary lists the bodies (``actors.toml`` ``[[organisation]]``) and their offices, so
the title is read whole and the name after it is the person's, and no publisher's frame
makes the official one of its own (``principal.home_officials`` leaves a person with a body
alone). An official of the publisher's own service keeps the publisher's state; an official
the vocabulary lists with another state, titled without one ("Chairman Michael Roth" in a
Kyiv readout), is of the listed state, not the publisher's. Sentences invented for these
tests."""

from __future__ import annotations

import pytest
from baseline_helpers import KREMLIN, KYIV, WHITE_HOUSE, contacts

from summarise.article import Article
from summarise.extraction.backends.baseline.cast import build_cast
from summarise.extraction.backends.baseline.document import read_frame
from summarise.extraction.backends.baseline.mentions import find_mentions


def _country_of(name: str, text: str, source: str) -> str | None:
    """The state the article's cast gives the person ``name``."""
    article = Article(id="test", text=text, title=None, source=source)
    cast = build_cast(text, find_mentions(text), read_frame(article), [])
    [person] = [p for p in cast.registry.people if p.name == name]
    return person.country


@pytest.mark.parametrize(
    ("text", "title", "source", "official"),
    [
        # (a) a Kyiv readout, the body by its initials before the office
        (
            "Volodymyr Zelenskyy had a phone call with IAEA Director General Rafael Grossi.",
            "Phone conversation with the IAEA Director General",
            KYIV,
            "Rafael Grossi",
        ),
        # (b) a White House text, an office whose complement names its charge
        (
            "Secretary of State Antony Blinken received UN High Commissioner "
            "for Refugees Filippo Grandi in Washington to talk about aid to the displaced.",
            "Secretary Blinken's meeting",
            WHITE_HOUSE,
            "Filippo Grandi",
        ),
        # (c) a Kremlin text, the body by its full name
        (
            "Sergei Lavrov held talks with International Committee of the Red Cross President "
            "Peter Maurer in Moscow.",
            "Talks at the Foreign Ministry",
            KREMLIN,
            "Peter Maurer",
        ),
        # (d) another shape: the official opens the sentence as its subject
        (
            "IMF Managing Director Kristalina Georgieva spoke by phone with President "
            "Zelenskyy on Tuesday.",
            "Phone call",
            WHITE_HOUSE,
            "Kristalina Georgieva",
        ),
    ],
)
def test_a_body_official_is_a_party_of_no_publishers_state(
    text: str, title: str, source: str, official: str
) -> None:
    assert any(official in names for names, _, _ in contacts(text, title, source))
    assert _country_of(official, text, source) is None


def test_the_office_complement_is_no_name() -> None:
    mentions = find_mentions(
        "Secretary of State Antony Blinken received UN High Commissioner "
        "for Refugees Filippo Grandi."
    )
    grandi = mentions[-1]
    assert grandi.name == "Filippo Grandi"
    assert grandi.title is not None
    assert grandi.title.body == "UN"


@pytest.mark.parametrize(
    ("text", "source", "official"),
    [
        (
            "Volodymyr Zelenskyy spoke with IAEA Director General Rafael Grossi.",
            KYIV,
            "Rafael Grossi",
        ),
        (
            "UN High Commissioner for Refugees Filippo Grandi said the needs were growing.",
            WHITE_HOUSE,
            "Filippo Grandi",
        ),
    ],
)
def test_the_body_official_is_no_one_of_the_publishers(
    text: str, source: str, official: str
) -> None:
    assert _country_of(official, text, source) is None


@pytest.mark.parametrize(
    ("text", "source", "official", "country"),
    [
        # (a) a Kyiv readout names a visiting chairman by his office alone
        (
            "Chairman Michael Roth said the committee would press for more deliveries.",
            KYIV,
            "Michael Roth",
            "Germany",
        ),
        # (b) a White House text, a secretary of another state
        (
            "Secretary Oleksiy Danilov said the border guard had been reinforced.",
            WHITE_HOUSE,
            "Oleksiy Danilov",
            "Ukraine",
        ),
        # (c) a Kremlin text, another spelling of the listed name
        (
            "Minister Uladzimir Makei said the exercises would end on schedule.",
            KREMLIN,
            "Uladzimir Makei",
            "Belarus",
        ),
        # (d) another office and shape: the official as the object of a meeting
        (
            "The President received Speaker Ruslan Stefanchuk at the White House.",
            WHITE_HOUSE,
            "Ruslan Stefanchuk",
            "Ukraine",
        ),
        # look-alike: a director general of the publisher's own service is the publisher's
        (
            "Director General of the State Border Guard Service Serhiy Deineko said the "
            "border was calm.",
            KYIV,
            "Serhiy Deineko",
            "Ukraine",
        ),
        # look-alike: a national high commissioner named with his state is that state's
        (
            "British High Commissioner Thomas Drew said the mission would stay open.",
            WHITE_HOUSE,
            "Thomas Drew",
            "United Kingdom",
        ),
        # look-alike: an official the vocabulary does not list is the publisher's
        (
            "Chairman Ivan Petrenko said the committee would press for more deliveries.",
            KYIV,
            "Ivan Petrenko",
            "Ukraine",
        ),
        # look-alike: a listed official of the publisher's own state stays its own
        (
            "Secretary Oleksiy Danilov said the border was calm.",
            KYIV,
            "Oleksiy Danilov",
            "Ukraine",
        ),
    ],
)
def test_a_listed_official_titled_without_a_state_is_the_vocabularys(
    text: str, source: str, official: str, country: str
) -> None:
    assert _country_of(official, text, source) == country
