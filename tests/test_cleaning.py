"""Cleaning removes page furniture and never deletes or alters an article sentence."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from helpers import DATA, SEED_FILES

from summarise.loading.cleaning import (
    clean_text,
    dateline_date,
    ends_sentence,
    first_date,
    is_dateline,
    looks_like_headline,
)

SEED_FURNITURE: dict[str, list[str]] = json.loads(
    (DATA / "seed_furniture.json").read_text(encoding="utf-8")
)

PROSE_1 = "Boris Johnson will speak to Russian President Vladimir Putin over the phone."
PROSE_2 = "Downing Street says the Prime Minister will repeat the need for dialogue."
PROSE_3 = "The Foreign Office is also expected to announce tougher sanctions on Monday."


def kept_lines(text: str) -> list[str]:
    return [line for line in clean_text(text).split("\n") if line]


def article(*paragraphs: str) -> str:
    return "\n\n".join(paragraphs)


def test_every_seed_has_a_hand_written_furniture_list() -> None:
    assert sorted(SEED_FURNITURE) == [seed.name for seed in SEED_FILES]
    assert len(SEED_FILES) == 4


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda seed: seed.name[:3])
def test_cleaning_never_deletes_article_sentences(seed: Path) -> None:
    raw = seed.read_text(encoding="utf-8")
    furniture = set(SEED_FURNITURE[seed.name])
    expected = [line.strip() for line in raw.splitlines() if line.strip()]
    expected = [line for line in expected if line not in furniture]
    # Kept lines come out verbatim and in order, and nothing else comes out.
    assert kept_lines(raw) == expected


@pytest.mark.parametrize("seed", SEED_FILES, ids=lambda seed: seed.name[:3])
def test_listed_furniture_is_gone(seed: Path) -> None:
    cleaned = set(clean_text(seed.read_text(encoding="utf-8")).split("\n"))
    assert cleaned.isdisjoint(SEED_FURNITURE[seed.name])


def test_seed_002_loses_its_trailing_story_list() -> None:
    seed = next(seed for seed in SEED_FILES if seed.name.startswith("002"))
    raw = seed.read_text(encoding="utf-8")
    cleaned = clean_text(raw)
    assert cleaned.endswith("for its aggression towards Ukraine.")
    assert "Latest World News" not in cleaned


def test_cleaning_is_idempotent_on_the_seeds() -> None:
    for seed in SEED_FILES:
        once = clean_text(seed.read_text(encoding="utf-8"))
        assert clean_text(once) == once


def test_read_more_links_are_dropped() -> None:
    text = article(PROSE_1, "Read more: Russia's sons won't come home", PROSE_2)
    assert kept_lines(text) == [PROSE_1, PROSE_2]
    assert kept_lines(article(PROSE_1, "READ MORE | Ukraine latest", PROSE_2)) == [PROSE_1, PROSE_2]
    assert kept_lines(article(PROSE_1, "Watch - Troops arrive", PROSE_2)) == [PROSE_1, PROSE_2]
    watchmakers = "Watch-makers in Geneva said the talks were good for business."
    assert kept_lines(article(PROSE_1, watchmakers)) == [PROSE_1, watchmakers]


def test_audio_player_labels_are_dropped() -> None:
    text = article(PROSE_1, "Listen to this article", "Loading audio...", PROSE_2)
    assert kept_lines(text) == [PROSE_1, PROSE_2]


def test_error_widget_with_bullets_is_dropped() -> None:
    text = (
        "Headline of the piece\n\n  \u2022 Oops!\n    Something went wrong.\n"
        f"    Please try again later.\n\n{PROSE_1}"
    )
    assert kept_lines(text) == ["Headline of the piece", PROSE_1]


def test_credited_caption_and_its_alt_text_are_dropped() -> None:
    alt = "Boris Johnson and Vladimir Putin will speak over the phone this weekend."
    text = article(PROSE_1, f"{alt}\n{alt} Picture: Alamy", PROSE_2)
    assert kept_lines(text) == [PROSE_1, PROSE_2]


@pytest.mark.parametrize(
    "caption",
    [
        "Troops on exercise near Rostov. Photo: Getty Images",
        "Russian tanks near the border (Photo: AP)",
        "A Typhoon jet over the North Sea / Getty Images",
        "Mr Putin at the Kremlin (AFP via Getty Images)",
    ],
)
def test_credit_patterns_mark_captions(caption: str) -> None:
    assert kept_lines(article(PROSE_1, caption, PROSE_2)) == [PROSE_1, PROSE_2]


def test_a_line_repeated_as_a_caption_is_dropped_with_its_twin() -> None:
    caption = "British Prime Minister Boris Johnson records an address to the nation"
    assert kept_lines(article("Title line", f"{caption}\n{caption}", PROSE_1)) == [
        "Title line",
        PROSE_1,
    ]


def test_a_long_doubled_paragraph_keeps_one_copy() -> None:
    paragraph = f"{PROSE_1} {PROSE_2} {PROSE_3}"
    assert kept_lines(article("Title line", f"{paragraph}\n{paragraph}")) == [
        "Title line",
        paragraph,
    ]


@pytest.mark.parametrize(
    "byline", ["By Sophie Barnett", "By Jane Doe and John Smith", "By Anna Lee, Political Editor"]
)
def test_bylines_are_dropped(byline: str) -> None:
    assert kept_lines(article("Title line", byline, PROSE_1)) == ["Title line", PROSE_1]


@pytest.mark.parametrize(
    "dateline",
    [
        "29 January 2022, 07:38 | Updated: 29 January 2022, 09:49",
        "Published: Sat 29 Jan 2022 07.38 GMT",
        "January 29, 2022",
        "Updated 3 hours ago",
        "2022-01-29 09:49",
    ],
)
def test_datelines_are_dropped(dateline: str) -> None:
    assert is_dateline(dateline)
    assert kept_lines(article("Title line", dateline, PROSE_1)) == ["Title line", PROSE_1]


def test_a_sentence_with_a_date_is_not_a_dateline() -> None:
    assert not is_dateline("On 29 January 2022 the talks ended")
    assert not is_dateline("Talks are set for 10 February 2022.")


def test_dateline_date_reads_the_published_date_not_the_update() -> None:
    text = article("Title", "29 January 2022, 07:38 | Updated: 30 January 2022, 09:49", PROSE_1)
    assert dateline_date(text) == date(2022, 1, 29)
    assert dateline_date(article("Title", PROSE_1)) is None


def test_first_date_reads_common_forms() -> None:
    assert first_date("on January 29, 2022") == date(2022, 1, 29)
    assert first_date("on 3rd Feb 2022") == date(2022, 2, 3)
    assert first_date("2022-02-15T10:00") == date(2022, 2, 15)
    assert first_date("31 February 2022") is None


def test_headlines_between_paragraphs_are_dropped() -> None:
    text = article(
        "Title line",
        PROSE_1,
        "Truss: West needs to deter Russia from invading Ukraine",
        PROSE_2,
        "Former Russia Ambo warns of situation on Ukraine border",
        PROSE_3,
    )
    assert kept_lines(text) == ["Title line", PROSE_1, PROSE_2, PROSE_3]


def test_a_headline_next_to_a_read_more_link_goes_even_in_the_past_tense() -> None:
    text = article(PROSE_1, "Read more: Ukraine latest", "Troops deployed to Poland", PROSE_2)
    assert kept_lines(text) == [PROSE_1, PROSE_2]


@pytest.mark.parametrize(
    "sentence",
    [
        "By Tuesday evening the talks had collapsed",
        "On 29 January 2022 the talks ended",
        "He will visit Moscow next week",
        "Ukraine rejected the offer",
    ],
)
def test_a_sentence_that_lost_its_full_stop_is_kept(sentence: str) -> None:
    assert kept_lines(article(PROSE_1, sentence, PROSE_2)) == [PROSE_1, sentence, PROSE_2]


def test_a_paragraph_continued_in_lower_case_is_kept() -> None:
    text = article(PROSE_1, "Mr Johnson will visit Moscow", "next week, officials said.")
    assert kept_lines(text) == [
        PROSE_1,
        "Mr Johnson will visit Moscow",
        "next week, officials said.",
    ]


def test_trailing_story_list_is_dropped() -> None:
    stories = [
        "Latest World News",
        "Boeing 737 Max planes",
        "Boeing posts loss amid safety scrutiny",
        "Chinese astronauts",
        "China prepares to send three astronauts to Tiangong space station",
    ]
    assert kept_lines(article("Title line", PROSE_1, PROSE_2, *stories)) == [
        "Title line",
        PROSE_1,
        PROSE_2,
    ]


def test_a_story_list_heading_followed_by_prose_keeps_the_prose() -> None:
    text = article("Title line", PROSE_1, "More troops", PROSE_2, PROSE_3, PROSE_1 + " Again.")
    assert kept_lines(text)[-3:] == [PROSE_2, PROSE_3, PROSE_1 + " Again."]


@pytest.mark.parametrize(
    "short",
    [
        "He refused.",
        "Nato said no.",
        '"We will not back down," he said',
        "\u201cWe are ready\u201d",
        "the talks continue",
        "Sanctions would follow within days:",
    ],
)
def test_a_short_article_paragraph_is_kept(short: str) -> None:
    assert kept_lines(article("Title line", PROSE_1, short, PROSE_2)) == [
        "Title line",
        PROSE_1,
        short,
        PROSE_2,
    ]


def test_an_unpunctuated_paragraph_next_to_a_list_is_kept() -> None:
    text = article(PROSE_1, "The demands were:", "No Nato expansion", PROSE_2)
    assert kept_lines(text) == [PROSE_1, "The demands were:", "No Nato expansion", PROSE_2]


def test_the_first_line_is_never_taken_for_an_inserted_headline() -> None:
    assert kept_lines(article("Putin and Johnson to speak", PROSE_1, PROSE_2))[0] == (
        "Putin and Johnson to speak"
    )


def test_kept_lines_are_verbatim_apart_from_surrounding_whitespace() -> None:
    text = "  Title line  \r\n\r\n\r\n\tHe said:  \u201cno\u201d  ,  they\u2019re   here.   \r\n"
    assert clean_text(text) == "Title line\n\nHe said:  \u201cno\u201d  ,  they\u2019re   here."


def test_blank_runs_collapse_and_paragraph_lines_stay_together() -> None:
    assert clean_text(f"\n\n{PROSE_1}\n{PROSE_2}\n\n\n\n{PROSE_3}\n\n") == (
        f"{PROSE_1}\n{PROSE_2}\n\n{PROSE_3}"
    )


def test_text_of_only_furniture_cleans_to_nothing() -> None:
    assert clean_text("Listen to this article\n\nLoading audio...\n\nBy Sophie Barnett") == ""


def test_headline_shape() -> None:
    assert looks_like_headline(
        "UK prime minister to call Putin in attempt to stop Ukraine invasion"
    )
    assert not looks_like_headline(PROSE_1)
    assert not looks_like_headline("lower-case start of a fragment")
    assert ends_sentence('he said: "No."')
    assert not ends_sentence("a 'massive risk'")
