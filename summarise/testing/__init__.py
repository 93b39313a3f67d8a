"""Test tooling shipped with the package: stand-ins for a model, never used in production.

``fake_server`` is the command line and offers every public name below; ``server`` holds
``ScriptedModelServer``, ``steps`` its script steps, ``faults`` the ``FaultPolicy``,
``responders`` ``LabelEchoResponder`` and ``SentenceQuoteResponder``, and ``completions``
the shape of a chat-completion reply. Nothing is imported here, so
``python -m summarise.testing.fake_server`` runs the module once, as ``__main__``, without
a second copy under its own name.
"""
