"""Results are cached per model pack: a retrained pack must not be answered from the old cache."""

from pathlib import Path

from liqaa.settings import Settings
from liqaa.store import result_key
from liqaa.version import _digest, pipeline_version


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


def test_an_edited_extraction_rule_or_lexicon_gets_a_new_cache_key(tmp_path: Path) -> None:
    models = pack(tmp_path / "models", b"weights")
    code = tmp_path / "workers"
    (code / "extraction" / "lexicons").mkdir(parents=True)
    rule, lexicon = code / "extraction" / "names.py", code / "extraction" / "lexicons" / "cities.tsv"
    rule.write_text("RARE = 30\n")
    lexicon.write_text("جدة\tSA\n")
    before = _digest(models, code)
    rule.write_text("RARE = 40\n")
    after_rule = _digest.__wrapped__(models, code)
    lexicon.write_text("جدة\tSA\nمكة\tSA\n")
    after_lexicon = _digest.__wrapped__(models, code)
    assert len({before, after_rule, after_lexicon}) == 3
