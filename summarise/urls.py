"""Base URLs as they may be shown: in identities, cache keys, run records and messages."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

_SECRET_PARAM = re.compile(r"key|token|secret|sig|pass|auth", re.IGNORECASE)
# A URL in running text: it ends before the punctuation that follows it (":", ").").
_URL = re.compile(r"\b[a-z][a-z0-9+.-]*://[^\s<>\"']*[^\s<>\"'.,;:)\]]", re.IGNORECASE)


def public_url(url: str) -> str:
    """``url`` without ``user:password@`` and with secret-looking query values masked.

    It goes into identities, cache keys, run records and messages; some gateways take the
    key in the URL (``?api-key=…``), and that must not travel with them.
    """
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port is not None else host
    query = urlencode(
        [
            (name, "***" if _SECRET_PARAM.search(name) else value)
            for name, value in parse_qsl(parts.query, keep_blank_values=True)
        ],
        safe="*",
    )
    return urlunsplit(parts._replace(netloc=netloc, query=query))


def url_secrets(url: str) -> list[str]:
    """What ``public_url`` masks in ``url``, its password and secret-looking query values, as
    written and as decoded: a server's reply may echo the path and query it was asked
    ("No route for GET /v1?api_key=…/models"), and the message quoting that reply must not
    carry them."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    # The password as the URL writes it is percent-encoded (``urlsplit`` leaves it so):
    # decoded here as ``parse_qsl`` decodes the query's values, each is masked in both forms.
    found = [unquote(parts.password)] if parts.password else []
    found += [
        value
        for name, value in parse_qsl(parts.query, keep_blank_values=True)
        if value and _SECRET_PARAM.search(name)
    ]
    forms = {form for value in found for form in (value, quote(value, safe=""))}
    return sorted(forms, key=len, reverse=True)


def shown_url(value: str) -> str:
    """``value`` fit for an error message even when it is no URL at all: a setting written
    without its scheme (``user:pw@host/v1``) would otherwise be echoed with its password."""
    try:
        if "://" in value:
            return public_url(value)
        return public_url(f"http://{value}").removeprefix("http://")
    except ValueError:  # a port that is no number
        return "(the value given)"


def without_secrets(text: str) -> str:
    """``text`` with every URL in it as ``public_url`` shows it: an input's name or a
    reason it failed can be a URL fetched with a token, and it goes into a briefing that
    is read, forwarded and published by people who must not get the token."""
    return _URL.sub(lambda found: shown_url(found.group()), text)
