"""Local GGUF models the project knows by name: where their parts come from, how they are
assembled into one file and how that file is trusted (by size and SHA-256, never by the
name of the package that carried it)."""

from summarise.modelfiles.catalogue import KNOWN_MODELS, KnownModel, PartFile, known_model
from summarise.modelfiles.install import ModelState, ensure_model, model_state

__all__ = [
    "KNOWN_MODELS",
    "KnownModel",
    "ModelState",
    "PartFile",
    "ensure_model",
    "known_model",
    "model_state",
]
