"""Items about a party: one definition, shared by ``--party`` and the HTML page's filter.

An item is about a party when the party holds the position, speaks it (``via``), is its
target, takes part in the contact, moves or claims the movement, or is the state of a
country one of those belongs to or the movement leaves from or goes to. The briefing
computes this once per item (``parties``); ``--party`` keeps the items whose set meets
the party's actors, and the page's filter shows those whose ``data-parties`` holds it.
"""

from __future__ import annotations

import re
from functools import cache

import pytest
from helpers import SEEDS, run_cli

from summarise.briefing import Briefing, build_briefing, render
from summarise.briefing.canonical.party_lookup import MAX_LISTED_PARTIES, PartyLookup, no_such_party
from summarise.briefing.canonical.resolver import ActorResolver
from summarise.errors import ConfigError
from summarise.extraction.backends.baseline import extract_draft
from summarise.extraction.grounding import ground_extraction
from summarise.extraction.results import ArticleResult
from summarise.loading import load_articles
from summarise.schema import CATEGORIES, Actor

_HTML_ITEM = re.compile(r'<article class="item[^"]*" id="([^"]+)"[^>]*data-parties="([^"]*)"')


@cache
def seed_results() -> tuple[ArticleResult, ...]:
    """The seeds as the offline baseline extracts them: what a first-time user briefs."""
    results = []
    for article in load_articles([SEEDS]).articles:
        extraction = ground_extraction(extract_draft(article.text), article.text, article.id)
        results.append(ArticleResult(article=article, extraction=extraction, backend="baseline"))
    return tuple(results)


def brief(party: str | None = None) -> Briefing:
    return build_briefing(seed_results(), backend="baseline", party=party)


def headlines(briefing: Briefing) -> list[str]:
    return sorted(i.headline for c in CATEGORIES for i in briefing.items(c))


def test_the_html_filter_and_party_show_the_same_items_for_every_party() -> None:
    full = brief()
    page = render(full, "html")
    shown = {item_id: parties.split() for item_id, parties in _HTML_ITEM.findall(page)}
    by_id = {i.id: i.headline for c in CATEGORIES for i in full.items(c)}
    assert len(shown) == len(by_id)

    for row in full.parties:
        in_page = sorted(by_id[i] for i, parties in shown.items() if row.actor.id in parties)
        assert headlines(brief(row.actor.name)) == in_page, row.actor.name


def test_a_country_means_every_actor_of_it_and_every_movement_to_it() -> None:
    ukraine = headlines(brief("Ukraine"))

    assert "United States · supply · weapons and other equipment → Ukraine" in ukraine
    assert any(h.startswith("Dmytro Kuleba") for h in ukraine)
    assert len(headlines(brief("Russia"))) > len(headlines(brief("Vladimir Putin")))


@pytest.mark.parametrize(
    ("party", "actor"),
    [
        ("Kremlin", "russian-government"),
        ("the Kremlin", "russian-government"),
        ("UK", "united-kingdom"),
        ("British", "united-kingdom"),
    ],
)
def test_a_party_named_as_the_vocabulary_names_it_is_found(party: str, actor: str) -> None:
    items = [i for c in CATEGORIES for i in brief(party).items(c)]

    assert items
    assert all(actor in i.parties for i in items)


def test_an_unknown_party_suggests_close_matches_and_lists_the_party_table() -> None:
    with pytest.raises(ConfigError) as error:
        brief("Rossiya")

    message = str(error.value)
    assert message.startswith("No party matches 'Rossiya'; did you mean Russia")
    assert "\n" not in message
    table = [row.actor.name for row in brief().parties]
    listed = ", ".join(table[:MAX_LISTED_PARTIES])
    if len(table) > MAX_LISTED_PARTIES:  # the seeds' table grows as the rules find more parties
        listed += f", … and {len(table) - MAX_LISTED_PARTIES} more"
    assert message.split("Known parties: ")[1] == listed + "."


def test_a_long_list_of_known_parties_is_cut_visibly() -> None:
    lookup = PartyLookup(ActorResolver([Actor(name="Russia", kind="state")]))

    message = str(no_such_party("Atlantis", lookup, [f"Party {n}" for n in range(25)]))

    assert message.endswith("Party 18, Party 19, … and 5 more.")


def test_a_first_name_finds_the_person() -> None:
    items = [i for c in CATEGORIES for i in brief("Boris").items(c)]

    assert items
    assert all("boris-johnson" in i.parties for i in items)


def test_a_misspelt_party_is_read_as_the_close_name_and_says_so() -> None:
    misspelt = brief("Rusia")

    assert misspelt.filters.party_read_as == "Russia"
    assert headlines(misspelt) == headlines(brief("Russia"))
    assert "Filters: party Russia (asked for as 'Rusia')." in render(misspelt, "md")
    assert brief("Russia").filters.party_read_as is None


def test_party_on_the_command_line(tmp_path_factory: pytest.TempPathFactory) -> None:
    env = {"SUMMARISE_CACHE_DIR": str(tmp_path_factory.mktemp("cache"))}

    kremlin = run_cli(["brief", str(SEEDS), "--party", "Kremlin"], env)
    typo = run_cli(["brief", str(SEEDS), "--party", "Rossiya"], env)

    assert kremlin.returncode == 0, kremlin.stderr
    assert "Russian government" in kremlin.stdout
    assert typo.returncode == 2
    assert "error: No party matches 'Rossiya'; did you mean Russia" in typo.stderr
    guessed = run_cli(["brief", str(SEEDS), "--party", "Rusia"], env)
    assert guessed.returncode == 0, guessed.stderr
    assert "note: --party 'Rusia' read as Russia\n" in guessed.stderr
