"""Test tooling shipped with the package: stand-ins for a model, never used in production.

``fake_server`` holds ``ScriptedModelServer``, its script steps and ``LabelEchoResponder``.
Nothing is imported here, so ``python -m summarise.testing.fake_server`` runs the module
once, as ``__main__``, without a second copy under its own name.
"""
