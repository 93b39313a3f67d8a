"""Loading: files, folders and standard input to cleaned articles.

- ``loader``: which inputs to read, and gathering what they yield (``load_articles``), or
  streaming it one article at a time (``iter_articles``);
- ``reading``: one input (a file or standard input) to drafts, choosing its format;
- ``decoding``: bytes to text (byte-order marks, UTF-16, Windows-1252, binary files);
- ``readers``: plain text, Markdown with front matter and web pages;
- ``records``: JSON and JSON Lines records;
- ``html``: a web page's main text, title and date;
- ``metadata``, ``headlines``, ``datelines``: titles and dates from headings and bodies;
- ``cleaning``: web-page furniture out, whole lines only, so quotes stay verbatim;
- ``drafts``: what a reader yields, an article before cleaning or a record's failure;
- ``since``: the articles published since a day, and how many were left out, why.
"""

from summarise.loading.loader import (
    LoadNote,
    LoadResult,
    Seen,
    article_files,
    iter_articles,
    load_articles,
    load_path,
)

__all__ = [
    "LoadNote",
    "LoadResult",
    "Seen",
    "article_files",
    "iter_articles",
    "load_articles",
    "load_path",
]
