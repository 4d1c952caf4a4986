"""Which files a retrained pack ships: the character language models only where a tagger learned with them."""

import json
from pathlib import Path

from training.evaluate import CHARLM, PACK, pack_files


def test_charlm_files_ship_only_with_a_tagger_that_uses_them(tmp_path: Path) -> None:
    record = tmp_path / "trained.json"
    record.write_text(json.dumps({"pos": {"steps": 1500, "data": "train+dev", "charlm": False}}))
    assert pack_files(tmp_path) == PACK
    record.write_text(json.dumps({"pos": {"steps": 1500, "data": "train+dev"},
                                  "ner": {"steps": 4500, "data": "train+dev", "charlm": True}}))
    assert set(pack_files(tmp_path)) == set(PACK) | set(CHARLM)
