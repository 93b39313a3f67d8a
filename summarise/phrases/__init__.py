"""Wording shared below the extraction and the briefing: a phrase's shape (``shape``) and
the words joining a topic to its stance (``stance_words``), and numbers written as words
(``numbers``)."""
