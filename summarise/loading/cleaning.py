"""Remove web-page furniture from an article before extraction.

Scraped articles carry clutter (captions, bylines, "Read more" links, audio-player labels,
related headlines, a trailing list of other stories) that a model would otherwise quote
or extract as if the article said it. The cleaner works on whole lines only: it drops
lines, strips leading indentation and trailing whitespace, and collapses runs of blank
lines, but it never edits the characters of a line it keeps. Grounding offsets and
hand-labelled quotes are written against the cleaned text, so a kept line must read
exactly as the article printed it.

Every rule is conservative: deleting one sentence of the article costs more than leaving
a caption in, so a rule fires only on a shape that article prose does not take.

The headline stays in the text. It is the article's own wording (models may quote it as
evidence) and keeping it means the cleaner never has to guess which first line is a
headline; the loader copies it into ``Article.title`` as well when it reads as one.

Datelines (``summarise.loading.datelines``) and the headline-or-sentence tests
(``summarise.loading.headlines``) live in their own modules because the loader reads titles and
dates with the same rules; they stay importable from here, beside ``clean_text``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from summarise.loading.datelines import dateline_date, first_date, is_dateline
from summarise.loading.headlines import ends_sentence, is_one_sentence, looks_like_headline


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Whole lines that are widget text, compared after ``_normalise_phrase``.
_FURNITURE_PHRASES = frozenset(
    {
        "listen to this article",
        "loading audio",
        "loading",
        "oops",
        "something went wrong",
        "please try again later",
        "advertisement",
        "story continues below advertisement",
        "article continues below advertisement",
        "skip advertisement",
        "share this article",
        "share",
        "copy link",
        "link copied",
        "read more",
        "click to expand",
        "play video",
        "watch video",
        "enlarge this image",
        "toggle caption",
        "hide caption",
        "image caption",
        "media caption",
        "image source",
        "back to top",
    }
)
# A link to another story: "Read more: Russia's sons won't come home ...".
_LINK_PREFIX = re.compile(
    r"^(?:read more|read next|also read|see also|more on this story|watch|"
    r"related(?: articles?| stories| content| news)?|recommended(?: reading)?)"
    r"(?:\s*[:|>\u00bb\u203a]|\s+[\u2013\u2014-])\s*\S",
    re.IGNORECASE,
)
# A caption ends in a credit: "... Picture: Alamy", "(Photo: AP)", "/ Getty Images".
_CREDIT_LABEL = re.compile(
    r"(?:^|[\s(\[|])(?i:pictures?|photos?|photograph|images?|credit|pictured|"
    r"photo credit|image credit|footage)\s*:\s*(?P<credit>[A-Z][^.!?:]{0,50})[)\]]?$"
)
_CREDIT_AGENCY = re.compile(
    r"[(\[/|]\s*(?:[\w.]+\s+)?(?:via\s+)?(?:getty images|shutterstock|alamy(?: stock photo)?|"
    r"pa (?:wire|media)|ap photo[\w./ ]*|reuters|afp|epa)\s*[)\]]?$",
    re.IGNORECASE,
)
_BYLINE = re.compile(
    r"^By\s+[A-Z][\w.'\u2019-]*"
    r"(?:(?:\s+|\s*[,&|\u2013\u2014-]\s*|\s+and\s+)(?:[A-Z][\w.'\u2019-]*|and|of|in|for))*$"
)
_AGENCY_TAIL = re.compile(
    r"^\(?(?:reporting|writing|editing|additional reporting|compiled) by [^.!?]*\)?$",
    re.IGNORECASE,
)
# Heading of the trailing "other stories" list: "Latest World News", "Most read".
_STORY_LIST_HEADING = re.compile(
    r"^(?:see more|more|latest|related|top|trending|popular|recommended|most (?:read|popular|"
    r"viewed|shared)|you (?:may|might) also like|read next|more from|around the web)\b",
    re.IGNORECASE,
)
_OPENING_QUOTES = '"“„«'
_DOUBLE_QUOTES = '"“”„«»'
_BULLETS = "\u2022\u00b7\u25aa\u25cf\u25e6\u2023\u2219*\u2013\u2014-"
_REPORTING_VERB = re.compile(
    r"\b(?:said|says|told|added|according to|insisted|stressed)\b", re.IGNORECASE
)

# Headlines are written in the present tense; a past-tense line is a sentence missing its stop.
_PAST_TENSE = _words(
    "was were had did met spoke sent took went came gave made held began left saw knew thought "
    "told said"
)
_NOT_VERBS = _words("united hundred")
_SENTENCE_OPENERS = _words(
    "by on in at after before but and or so because while when if as during since until then "
    "yet although though with without for from to of he she they we i it this that these those "
    "there"
)

_MAX_HEADLINE_CHARS = 110
_MAX_HEADLINE_WORDS = 16
_MAX_CAPTION_CHARS = 300
_MAX_CREDIT_WORDS = 6
_MAX_LIST_ITEM_CHARS = 160
_MIN_LIST_ITEMS = 3


def clean_text(text: str) -> str:
    """The article with furniture lines removed and every kept line verbatim (stripped)."""
    lines = [line.strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    drop = {i for i, line in enumerate(lines) if line and _is_furniture_line(line)}
    drop |= _caption_lines(lines)
    drop |= _story_list_tail(lines, drop)
    drop |= _inserted_headlines(lines, drop)
    return _join(line for i, line in enumerate(lines) if i not in drop)


def _is_furniture_line(line: str) -> bool:
    return (
        _normalise_phrase(line) in _FURNITURE_PHRASES
        or _LINK_PREFIX.match(line) is not None
        or _is_credited_caption(line)
        or _is_byline(line)
        or _AGENCY_TAIL.match(line) is not None
        or is_dateline(line)
    )


def _normalise_phrase(line: str) -> str:
    core = line.lstrip(_BULLETS + " ").rstrip(".!…: ").lower()
    return " ".join(core.split())


def _is_credited_caption(line: str) -> bool:
    if len(line) > _MAX_CAPTION_CHARS:
        return False
    labelled = _CREDIT_LABEL.search(line)
    if labelled is not None and len(labelled["credit"].split()) <= _MAX_CREDIT_WORDS:
        return True
    return _CREDIT_AGENCY.search(line) is not None


def _is_byline(line: str) -> bool:
    return len(line.split()) <= 10 and _BYLINE.match(line) is not None


def _caption_lines(lines: list[str]) -> set[int]:
    """Image alt text followed by its caption: the same words twice on adjacent lines.

    A repeated line is dropped; the first copy goes too when it is one short sentence, the
    shape of a caption. A long repeated paragraph keeps its first copy, so a scraper's
    doubled paragraph never loses the article's words.
    """
    drop: set[int] = set()
    for i in range(len(lines) - 1):
        first, second = lines[i], lines[i + 1]
        if not first or not second:
            continue
        if second == first:
            drop.add(i + 1)
            if _is_one_short_sentence(first):
                drop.add(i)
        elif second.startswith(first) and _is_credited_caption(second):
            drop.add(i)
    return drop


def _is_one_short_sentence(line: str) -> bool:
    return len(line) <= _MAX_CAPTION_CHARS and is_one_sentence(line)


def _paragraphs(lines: list[str], drop: set[int]) -> list[list[int]]:
    """Indices of kept lines, grouped into paragraphs (runs without a blank line)."""
    paragraphs: list[list[int]] = []
    current: list[int] = []
    for i, line in enumerate(lines):
        if not line:
            if current:
                paragraphs.append(current)
            current = []
        elif i not in drop:
            current.append(i)
    if current:
        paragraphs.append(current)
    return paragraphs


def _story_list_tail(lines: list[str], drop: set[int]) -> set[int]:
    """A "Latest News" heading followed only by short items, to the end of the text."""
    paragraphs = _paragraphs(lines, drop)
    for k in range(1, len(paragraphs)):
        heading = paragraphs[k]
        text = lines[heading[0]]
        if len(heading) != 1 or not _is_story_list_heading(text):
            continue
        items = [lines[i] for paragraph in paragraphs[k + 1 :] for i in paragraph]
        unpunctuated = sum(not ends_sentence(item) for item in items)
        if (
            len(items) >= _MIN_LIST_ITEMS
            and all(len(item) <= _MAX_LIST_ITEM_CHARS for item in items)
            and unpunctuated * 2 >= len(items)
        ):
            return set(range(heading[0], len(lines)))
    return set()


def _is_story_list_heading(line: str) -> bool:
    return (
        len(line.split()) <= 6
        and not ends_sentence(line)
        and _STORY_LIST_HEADING.match(line) is not None
    )


def _inserted_headlines(lines: list[str], drop: set[int]) -> set[int]:
    """Related-story headlines set between paragraphs of prose.

    A one-line paragraph is taken for a headline only when it is short, lacks closing
    punctuation, carries no reported speech, and both neighbouring paragraphs end like
    prose (the next one not continuing it in lower case); the first paragraph, the
    article's own headline, is never touched. Next to other furniture (a "Read more"
    link, say) that is enough. Standing alone it must also read like a headline rather
    than a sentence that lost its full stop: no past tense, no opening pronoun,
    preposition or conjunction.
    """
    paragraphs = _paragraphs(lines, drop)
    found: set[int] = set()
    for k in range(1, len(paragraphs) - 1):
        paragraph = paragraphs[k]
        index = paragraph[0]
        if len(paragraph) != 1 or not _is_inserted_headline(lines[index]):
            continue
        before = lines[paragraphs[k - 1][-1]]
        after = lines[paragraphs[k + 1][0]]
        after_end = lines[paragraphs[k + 1][-1]]
        if not (ends_sentence(before) and ends_sentence(after_end)) or after[0].islower():
            continue
        if _next_to_furniture(lines, drop, index) or _reads_as_headline_not_sentence(lines[index]):
            found.add(index)
    return found


def _is_inserted_headline(line: str) -> bool:
    return (
        looks_like_headline(line)
        and len(line) <= _MAX_HEADLINE_CHARS
        and len(line.split()) <= _MAX_HEADLINE_WORDS
        and not any(mark in line for mark in _DOUBLE_QUOTES)
        and line[0] not in _OPENING_QUOTES + _BULLETS
        and _REPORTING_VERB.search(line) is None
    )


def _next_to_furniture(lines: list[str], drop: set[int], index: int) -> bool:
    """Whether the nearest non-blank line on either side was dropped as furniture."""
    before = next((i for i in range(index - 1, -1, -1) if lines[i]), None)
    after = next((i for i in range(index + 1, len(lines)) if lines[i]), None)
    return before in drop or after in drop


def _reads_as_headline_not_sentence(line: str) -> bool:
    words = [word.strip(".,:;'\u2018\u2019").lower() for word in line.split()]
    return words[0] not in _SENTENCE_OPENERS and not any(
        word in _PAST_TENSE or (len(word) > 4 and word.endswith("ed") and word not in _NOT_VERBS)
        for word in words
    )


def _join(lines: Iterable[str]) -> str:
    """Kept lines, with each run of blank lines collapsed to one and none at either end."""
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


__all__ = [
    "clean_text",
    "dateline_date",
    "ends_sentence",
    "first_date",
    "is_dateline",
    "looks_like_headline",
]
