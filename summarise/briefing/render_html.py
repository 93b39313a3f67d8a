"""The briefing as one self-contained HTML page: no network, nothing to install.

Article text is hostile input as far as the page is concerned (a scraped page may carry
``<script>`` or ``onerror=``), so two independent guards apply: jinja2 autoescapes every
value, and a Content-Security-Policy allows only this page's own style and script, pinned
by hash, and no loads from anywhere. Either one alone keeps an injected script from running.
Links are only made for http(s) URLs, so a ``javascript:`` URL stays text.
"""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files
from itertools import groupby

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from summarise.briefing.best_quote import best_quote
from summarise.briefing.chart_data import briefing_charts
from summarise.briefing.formats import Detail
from summarise.briefing.model import Briefing, PositionItem
from summarise.briefing.wording import (
    CATEGORY_TITLES,
    FIELD_LABELS,
    MODE_LABELS,
    disputed_not_led,
    disputed_said,
    gone_sentences,
    overview_note,
)
from summarise.charts import chart_css
from summarise.plural import counted

# A section with more entries than this starts folded; the reader opens it.
FOLD_AT = 12


def _asset(name: str) -> str:
    return files("summarise.briefing").joinpath("templates", name).read_text(encoding="utf-8")


def _sha256(source: str) -> str:
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def content_security_policy(css: str, js: str | None) -> str:
    """Only this page's own style and script run, pinned by hash; ``js`` None: no script."""
    script = _sha256(js) if js is not None else "'none'"
    return "; ".join(
        (
            "default-src 'none'",
            f"style-src {_sha256(css)}",
            f"script-src {script}",
            "img-src 'none'",
            "connect-src 'none'",
            "font-src 'none'",
            "base-uri 'none'",
            "form-action 'none'",
        )
    )


def _by_holder(positions: list[PositionItem]) -> list[list[PositionItem]]:
    return [list(group) for _, group in groupby(positions, key=lambda p: p.holder.id)]


def _web_url(url: str | None) -> bool:
    return url is not None and url.startswith(("https://", "http://"))


def page_environment(package: str) -> Environment:
    """Templates of ``package`` that escape every value and link only http(s) URLs; the
    timeline's page is made the same way."""
    env = Environment(
        loader=PackageLoader(package, "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["web_url"] = _web_url
    env.filters["counted"] = counted
    return env


@cache
def _environment() -> Environment:
    env = page_environment("summarise.briefing")
    env.filters["groupby_holder"] = _by_holder
    env.filters["best_quote"] = lambda item: best_quote(item) if item is not None else None
    env.filters["overview_note"] = overview_note
    env.filters["gone_sentences"] = gone_sentences
    env.filters["disputed_not_led"] = disputed_not_led
    return env


def render_html(briefing: Briefing, detail: Detail = "short") -> str:
    css = _asset("briefing.css") + chart_css()
    js = _asset("briefing.js")
    template = _environment().get_template("briefing.html.j2")
    return template.render(
        b=briefing,
        c=briefing.counts,
        css=Markup(css),
        js=Markup(js),
        csp=content_security_policy(css, js),
        titles=CATEGORY_TITLES,
        mode_labels=MODE_LABELS,
        field_labels=FIELD_LABELS,
        charts=briefing_charts(briefing),
        detail=detail,
        fold_at=FOLD_AT,
        since_line=briefing.filters.since_line(),
        disputed_said=disputed_said(briefing),
    )
