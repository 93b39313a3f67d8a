"""Extraction: an article in, grounded positions, movements and contacts out.

Here are the prompt the model reads (``prompts``; the schema it writes is
``summarise.schema``), the long-article split (``chunking``, ``sentences``), finding every
quote in the text (``grounding``), the cache and the concurrent pipeline, and the backends
behind one small interface (``backends``).
"""
