"""Test tooling shipped with the package: stand-ins for a model and for the web, never used
in production.

``fake_server`` is the command line and offers every public name of the model stand-in;
``server`` holds ``ScriptedModelServer``, ``steps`` its script steps, ``faults`` the
``FaultPolicy``, ``responders`` ``LabelEchoResponder`` and ``SentenceQuoteResponder``, and
``completions`` the shape of a chat-completion reply; ``batch_server`` the Files and
Batches endpoints over it (``ScriptedBatchServer``), ``batch_plans`` how its batches run,
and ``run_batch`` a stand-in for ``vllm run-batch``. ``news_site`` holds ``NewsSite``,
feeds and pages for scheduled briefings to fetch; ``background`` the thread and lifecycle
both servers share. Nothing is imported here, so
``python -m summarise.testing.fake_server`` runs the module once, as ``__main__``, without
a second copy under its own name.
"""
