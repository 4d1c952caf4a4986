"""Which files a retrained pack ships: the character language models only where a tagger learned with them."""

import json
from pathlib import Path

import pytest

from training.evaluate import CHARLM, PACK, pack_files, write_pack


def test_charlm_files_ship_only_with_a_tagger_that_uses_them(tmp_path: Path) -> None:
    record = tmp_path / "trained.json"
    record.write_text(json.dumps({"pos": {"steps": 1500, "data": "train+dev", "charlm": False}}))
    assert pack_files(tmp_path) == PACK
    record.write_text(json.dumps({"pos": {"steps": 1500, "data": "train+dev"},
                                  "ner": {"steps": 4500, "data": "train+dev", "charlm": True}}))
    assert set(pack_files(tmp_path)) == set(PACK) | set(CHARLM)


def test_word_vectors_ship_as_float16_and_load_as_float32(tmp_path: Path) -> None:
    import torch
    from stanza.models.common.pretrain import Pretrain

    from training.evaluate import half_vectors
    from workers.nlp import float32_vectors

    rng = torch.Generator().manual_seed(0)
    rows = torch.randn(300, 100, generator=rng)
    text = tmp_path / "vectors.txt"
    text.write_text("300 100\n" + "".join(f"كلمة{i} " + " ".join(f"{v:.6f}" for v in row.tolist()) + "\n"
                                          for i, row in enumerate(rows)), encoding="utf-8")
    full, half = tmp_path / "pretrain.pt", tmp_path / "pretrain16.pt"
    original = Pretrain(str(full), str(text)).emb
    half_vectors(full, half)
    assert half.stat().st_size < 0.6 * full.stat().st_size
    loaded = float32_vectors(half).load_pretrain(str(half))
    assert loaded.emb.dtype == torch.float32
    assert loaded.vocab.unit2id("كلمة7") == Pretrain(str(full)).vocab.unit2id("كلمة7")
    assert torch.allclose(loaded.emb, torch.as_tensor(original), atol=1e-2)


def test_evaluating_without_trained_models_leaves_the_shipped_pack_whole(tmp_path: Path) -> None:
    out = tmp_path / "models"
    out.mkdir()
    shipped = out / "lemma.seed7.pt"
    shipped.write_bytes(b"weights")
    with pytest.raises(FileNotFoundError, match="run the training stages first"):
        write_pack(tmp_path / "data", tmp_path / "work", out)
    assert shipped.read_bytes() == b"weights"
