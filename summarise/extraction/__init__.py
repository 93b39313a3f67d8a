"""Extraction: an article in, grounded positions, movements and contacts out.

The schema the model writes (``schema``), the prompt it reads (``prompts``), the long-article
split (``chunking``, ``sentences``), finding every quote in the text (``grounding``), the cache
and the concurrent pipeline, and the backends behind one small interface (``backends``).
"""
