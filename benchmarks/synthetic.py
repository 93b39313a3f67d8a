"""Synthetic crisis news for the benchmarks: as many articles or extractions as asked for.

Sentences are recombined from seeded phrase lists, so every run of a benchmark sees the
same data; each article ends with a numbered sentence, so no two are equal and none is
deduplicated by the loader or the cache. Extractions quote their article's own sentences,
so every item grounds exactly, as a good model's would.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path
from typing import Any

from summarise.article import Article, content_id
from summarise.extraction.results import ArticleResult
from summarise.schema import ArticleExtraction

STATES = [
    ("Russia", "Vladimir Putin", "President"),
    ("Ukraine", "Dmytro Kuleba", "Foreign Minister"),
    ("United Kingdom", "Boris Johnson", "Prime Minister"),
    ("United States", "Antony Blinken", "Secretary of State"),
    ("Germany", "Olaf Scholz", "Chancellor"),
    ("France", "Emmanuel Macron", "President"),
    ("Poland", "Mariusz Blaszczak", "Defence Minister"),
    ("Turkey", "Mevlut Cavusoglu", "Foreign Minister"),
    ("Belarus", "Alexander Lukashenko", "President"),
    ("Lithuania", "Gabrielius Landsbergis", "Foreign Minister"),
    ("Estonia", "Kaja Kallas", "Prime Minister"),
    ("Italy", "Mario Draghi", "Prime Minister"),
]
ORGANISATIONS = ["NATO", "EU", "UN", "OSCE"]
STANCES = ["warn", "demand", "oppose", "support", "concern", "deny", "accuse", "commit"]
VERBS = {
    "warn": "warned",
    "demand": "demanded",
    "oppose": "rejected",
    "support": "backed",
    "concern": "voiced concern over",
    "deny": "denied",
    "accuse": "condemned",
    "commit": "pledged action on",
}
TOPICS = [
    "the troop build-up near the border",
    "new sanctions on the energy sector",
    "the Minsk agreements",
    "arms deliveries to Kyiv",
    "NATO enlargement to the east",
    "the gas pipeline to Germany",
    "military exercises in Belarus",
    "the closure of airspace over the Black Sea",
    "cyber attacks on government websites",
    "the evacuation of embassy staff",
    "humanitarian corridors for civilians",
    "a ceasefire in the Donbas region",
]
FORCES = [
    ("troops", "{n:,} troops"),
    ("aircraft", "{n} fighter jets"),
    ("ships", "{n} warships"),
    ("vehicles", "{n} armoured vehicles"),
]
PLACES = ["Poland", "the Baltic states", "Romania", "the Black Sea", "Belarus", "Crimea"]
MODES = ["phone_call", "meeting", "visit", "talks"]
CONTACT_WORDS = {
    "phone_call": "spoke by phone with",
    "meeting": "met",
    "visit": "visited",
    "talks": "held talks with",
}
DAYS = ["on Monday", "on Tuesday", "on Wednesday", "on Thursday", "on Friday"]
OUTLETS = ["Daily Wire", "Evening Post", "World Service", "Morning Herald", "City Times"]
START = dt.date(2022, 1, 10)


def _actor(state: tuple[str, str, str]) -> dict[str, object]:
    country, name, role = state
    return {"name": name, "kind": "person", "country": country, "role": role}


class _Writer:
    """One article's sentences and the items that quote them."""

    def __init__(self, draw: random.Random) -> None:
        self.draw = draw
        self.sentences: list[str] = []
        self.positions: list[dict[str, Any]] = []
        self.movements: list[dict[str, Any]] = []
        self.contacts: list[dict[str, Any]] = []

    def position(self) -> None:
        state = self.draw.choice(STATES)
        stance = self.draw.choice(STANCES)
        topic = self.draw.choice(TOPICS)
        sentence = (
            f"{state[2]} {state[1]} {VERBS[stance]} {topic} {self.draw.choice(DAYS)}, "
            f"according to officials in {self.draw.choice(STATES)[0]}."
        )
        self.sentences.append(sentence)
        self.positions.append(
            {"holder": _actor(state), "stance": stance, "topic": topic, "evidence": [sentence]}
        )

    def movement(self) -> None:
        country = self.draw.choice(STATES)[0]
        unit, pattern = self.draw.choice(FORCES)
        number = self.draw.choice([4, 6, 12, 40, 350, 3000, 8500, 100000])
        forces = pattern.format(n=number)
        place = self.draw.choice(PLACES)
        sentence = f"{country} sent {forces} to {place} {self.draw.choice(DAYS)}."
        self.sentences.append(sentence)
        self.movements.append(
            {
                "actor": {"name": country, "kind": "state"},
                "activity": "deploy",
                "forces": forces,
                "quantity": {"low": number, "unit": unit},
                "destination": place,
                "status": "completed",
                "evidence": [sentence],
            }
        )

    def contact(self) -> None:
        left, right = self.draw.sample(STATES, 2)
        mode = self.draw.choice(MODES)
        sentence = (
            f"{left[1]} {CONTACT_WORDS[mode]} {right[1]} {self.draw.choice(DAYS)} "
            f"to discuss {self.draw.choice(TOPICS)}."
        )
        self.sentences.append(sentence)
        self.contacts.append(
            {
                "participants": [_actor(left), _actor(right)],
                "mode": mode,
                "status": "held",
                "evidence": [sentence],
            }
        )

    def filler(self, n: int) -> None:
        org = self.draw.choice(ORGANISATIONS)
        self.sentences.append(
            f"Analysts at the {org} said the situation remained tense after report {n}."
        )


def _write(n: int, draw: random.Random) -> _Writer:
    writer = _Writer(draw)
    for _ in range(draw.randint(1, 3)):
        writer.position()
    writer.movement()
    writer.contact()
    draw.shuffle(writer.sentences)
    writer.filler(n)
    return writer


def articles(count: int, seed: int = 1) -> list[Article]:
    """``count`` distinct articles of five to seven sentences, dated over two months."""
    draw = random.Random(seed)
    made = []
    for n in range(count):
        text = " ".join(_write(n, draw).sentences)
        made.append(
            Article(
                id=content_id(text),
                text=text,
                title=f"Crisis report {n}",
                source=draw.choice(OUTLETS),
                published=START + dt.timedelta(days=draw.randrange(60)),
                path=f"article-{n:05d}.txt",
            )
        )
    return made


def write_articles(folder: Path, count: int, seed: int = 1) -> list[Article]:
    """The articles as ``.txt`` files in ``folder``, one each, as a user would save them."""
    folder.mkdir(parents=True, exist_ok=True)
    made = articles(count, seed)
    for article in made:
        (folder / (article.path or article.id)).write_text(article.text + "\n", encoding="utf-8")
    return made


def _evidence(quote: str, text: str) -> dict[str, object]:
    start = text.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote), "match": "exact"}


def results(count: int, seed: int = 1) -> list[ArticleResult]:
    """``count`` grounded extractions, one per article, as the pipeline hands them on."""
    draw = random.Random(seed)
    made = []
    for n in range(count):
        writer = _write(n, draw)
        text = " ".join(writer.sentences)
        items = {
            "positions": writer.positions,
            "military_movements": writer.movements,
            "diplomatic_contacts": writer.contacts,
        }
        for category in items.values():
            for item in category:
                item["evidence"] = [_evidence(quote, text) for quote in item["evidence"]]
        article = Article(
            id=content_id(text),
            text=text,
            title=f"Crisis report {n}",
            source=draw.choice(OUTLETS),
            published=START + dt.timedelta(days=draw.randrange(60)),
            path=f"article-{n:05d}.txt",
        )
        extraction = ArticleExtraction.model_validate({**items, "article_id": article.id})
        made.append(ArticleResult(article=article, extraction=extraction, backend="synthetic"))
    return made
