"""What the baseline's tests share: a document of the tests' own, extracted.

Every test sentence is written for the test (invented people, real states from the shared
vocabulary), never copied from a labelled document: a rule must stand on a sentence of its
own, so the figures on the held-out documents measure skill, not memory.
"""

from __future__ import annotations

from summarise.actors.table import vocabulary
from summarise.article import Article
from summarise.extraction.backends.baseline import extract_article
from summarise.schema import ExtractionDraft, MilitaryMovement, Quote

WHITE_HOUSE = "The White House"
KREMLIN = "President of Russia"
KYIV = "President of Ukraine"


def body_named(form: str) -> str:
    """The name the shared vocabulary gives the body a text calls ``form`` ("Ukrainian General
    Staff"): a test expects a body by the vocabulary's own name, not by an official title
    written out as a document writes it."""
    return next(o.name for o in vocabulary().organisations if form in o.forms)


def extract(text: str, title: str | None = None, source: str | None = None) -> ExtractionDraft:
    """A news text by default; a state's document when ``source`` names its publisher. A
    publisher alone makes "we" nobody's: give a ``title`` naming who speaks ("Statement by
    President Dana Holt", "Remarks by President Reed in Warsaw") or name the speaker in the
    text, else a first-person sentence gives no position."""
    return extract_article(Article(id="test", text=text, title=title, source=source))


def movements(
    text: str, source: str | None = None, *, title: str | None = None
) -> list[MilitaryMovement[Quote]]:
    """The military movements of ``text``, a state's document when ``source`` names its
    publisher (and ``title`` who speaks in it): what a movement test asks."""
    return extract(text, title, source).military_movements


def movement_rows(
    text: str, source: str | None = None, *, title: str | None = None
) -> list[tuple[str, str, str]]:
    """(owner, activity, forces) of every military movement of ``text``."""
    return [(m.actor.name, m.activity, m.forces) for m in movements(text, source, title=title)]


def movement_owners(
    text: str, title: str | None = None, source: str | None = None
) -> list[tuple[str, str]]:
    """(owner, activity) of every military movement of ``text``: what a test of whose a
    movement is asks."""
    return [(m.actor.name, m.activity) for m in extract(text, title, source).military_movements]


def positions(draft: ExtractionDraft) -> list[tuple[str, str, str]]:
    """(holder, stance, topic) of every position, in order."""
    return [(p.holder.name, p.stance, p.topic) for p in draft.positions]


def stance_topics(
    stance: str, text: str, title: str | None = None, source: str | None = None
) -> list[str]:
    """The topic of every position of ``stance`` in ``text``, in order: what a test of how
    one kind of position's topic is cut asks."""
    return [p.topic for p in extract(text, title, source).positions if p.stance == stance]


def stance_targets(
    text: str, title: str | None = None, source: str | None = None
) -> list[tuple[str, str | None]]:
    """(stance, target name) of every position of ``text``, in order: what a test of whom
    a position is aimed at asks."""
    return [
        (p.stance, p.target.name if p.target is not None else None)
        for p in extract(text, title, source).positions
    ]


def stance_topic_pairs(
    text: str, title: str | None = None, source: str | None = None
) -> list[tuple[str, str]]:
    """(stance, topic) of every position of ``text``, in order: what a test of how topics
    are cut asks, the stance telling which item each topic is."""
    return [(p.stance, p.topic) for p in extract(text, title, source).positions]


def stances(text: str, title: str | None = None, source: str | None = None) -> list[str]:
    """The stance of every position of ``text``, in order: what a stance class's tests ask."""
    return [p.stance for p in extract(text, title, source).positions]


def held_stances(
    text: str, title: str | None = None, source: str | None = None
) -> list[tuple[str, str]]:
    """(holder, stance) of every position of ``text``, in order: a stance test asks whose the
    stance is as well as which."""
    return [(p.holder.name, p.stance) for p in extract(text, title, source).positions]


def speaker_denies(text: str, expected: list[tuple[str, str]]) -> bool:
    """Whether ``text`` holds every (holder, stance) of ``expected`` and its first holder holds
    a denial only: a claim's owner may hold a charge of its own (``claim_nouns``) beside the
    speaker's denial."""
    held = held_stances(text)
    return all(pair in held for pair in expected) and [
        stance for holder, stance in held if holder == expected[0][0]
    ] == ["deny"]


def held_via(
    text: str, title: str | None = None, source: str | None = None
) -> list[tuple[str, str | None]]:
    """(holder, the speaker it came through or None) of every position of ``text``, in
    order: what a test of a position said on another's behalf asks."""
    return [
        (p.holder.name, p.via.name if p.via else None)
        for p in extract(text, title, source).positions
    ]


def contacts(
    text: str, title: str | None = None, source: str | None = None
) -> list[tuple[list[str], str, str]]:
    """(participants' names, mode, status) of every contact, in order."""
    return [
        ([a.name for a in c.participants], c.mode, c.status)
        for c in extract(text, title, source).diplomatic_contacts
    ]


def movement_statuses(
    text: str, title: str | None = None, source: str | None = None
) -> list[tuple[str, str, str]]:
    """(actor, activity, status) of every movement, in order: what a test of how far along
    a movement is, or of whether it is one at all, asks."""
    return [
        (m.actor.name, m.activity, m.status)
        for m in extract(text, title, source).military_movements
    ]


def holders(draft: ExtractionDraft) -> list[str]:
    return [p.holder.name for p in draft.positions]


def kremlin_letters(turns: str) -> list[tuple[list[str], str, str]]:
    """The letters of a Kremlin news conference: the President's opening (a meeting held,
    so a later reply could refer back to it), then ``turns``."""
    draft = extract(
        "Vladimir Putin: Good afternoon. Today I met with President Anna Berg of Finland.\n\n"
        f"{turns}",
        "News conference following talks with President of Finland Anna Berg",
        KREMLIN,
    )
    return [
        ([p.name for p in c.participants], c.mode, c.status)
        for c in draft.diplomatic_contacts
        if c.mode == "correspondence"
    ]


def holders_of(
    text: str, words: str, title: str | None = None, source: str | None = None
) -> list[str]:
    """The holders of the positions whose evidence holds ``words``: what a test of whom a
    pronoun stands for asks of the one sentence it is about."""
    draft = extract(text, title, source)
    return [p.holder.name for p in draft.positions if any(words in q.quote for q in p.evidence)]
