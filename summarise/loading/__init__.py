"""How ``summarise.loading.loader`` turns bytes on disk into articles; import from ``loaders``.

- ``reading``: one input (a file or standard input) to drafts, choosing its format;
- ``decoding``: bytes to text (byte-order marks, UTF-16, Windows-1252, binary files);
- ``formats``: plain text, Markdown with front matter and web pages;
- ``records``: JSON and JSON Lines records;
- ``metadata``: titles and dates from headings, headlines and metadata fields;
- ``drafts``: what a reader yields, an article before cleaning or a record's failure.
"""
