"""Results are cached per model pack: a retrained pack must not be answered from the old cache."""

from pathlib import Path

from liqaa.settings import Settings
from liqaa.store import result_key
from liqaa.version import pipeline_version


def pack(folder: Path, weights: bytes) -> Path:
    folder.mkdir()
    (folder / "pos.pt").write_bytes(weights)
    (folder / "resources.json").write_text("{}")
    return folder


def test_retrained_pack_gets_a_new_cache_key(tmp_path: Path) -> None:
    old = Settings(models_dir=pack(tmp_path / "old", b"weights v1"))
    new = Settings(models_dir=pack(tmp_path / "new", b"weights v2"))
    same = Settings(models_dir=pack(tmp_path / "copy", b"weights v1"))
    assert pipeline_version(old) != pipeline_version(new)
    assert pipeline_version(old) == pipeline_version(same)
    assert result_key("a1", pipeline_version(old)) != result_key("a1", pipeline_version(new))


def test_official_models_dir_is_what_is_fingerprinted(tmp_path: Path) -> None:
    ours = pack(tmp_path / "ours", b"ours")
    official = Settings(models_dir=ours, stanza_dir=pack(tmp_path / "official", b"official"))
    assert pipeline_version(official) != pipeline_version(Settings(models_dir=ours))


def test_lemmas_without_the_vote_get_their_own_cache_key(tmp_path: Path) -> None:
    ours = pack(tmp_path / "ours", b"ours")
    assert pipeline_version(Settings(models_dir=ours, lemma_vote=False)) != pipeline_version(Settings(models_dir=ours))
