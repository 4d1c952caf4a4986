"""The Stanza pipeline: built once per process from the shipped pack (or official models)."""

from __future__ import annotations

import threading
from functools import lru_cache
from pathlib import Path

import stanza
import torch

PACK_FILES = {
    "tokenize_model_path": "tokenizer.pt",
    "pos_model_path": "pos.pt",
    "lemma_model_path": "lemma.pt",
    "depparse_model_path": "depparse.pt",
    "ner_model_path": "ner.pt",
    "pos_pretrain_path": "pretrain.pt",
    "depparse_pretrain_path": "pretrain.pt",
    "ner_pretrain_path": "pretrain.pt",
}
PROCESSORS = "tokenize,pos,lemma,depparse,ner"
_lock = threading.Lock()


def pack_kwargs(models_dir: Path) -> dict:
    """Pipeline arguments for Liqaa's own pack: explicit paths, nothing looked up on a hub."""
    missing = [name for name in set(PACK_FILES.values()) if not (models_dir / name).exists()]
    if missing:
        raise FileNotFoundError(f"model pack {models_dir} lacks {', '.join(sorted(missing))}")
    kwargs = {key: str(models_dir / name) for key, name in PACK_FILES.items()}
    return {"processors": PROCESSORS, "dir": str(models_dir), "allow_unknown_language": True, **kwargs}


def official_kwargs(stanza_dir: Path) -> dict:
    """Arguments for a directory of official Stanza models (it has MWT; ours splits clitics as tokens)."""
    return {"processors": "tokenize,mwt,pos,lemma,depparse,ner", "dir": str(stanza_dir)}


@lru_cache(maxsize=2)
def get_pipeline(models_dir: Path, stanza_dir: Path | None = None, threads: int = 1) -> stanza.Pipeline:
    with _lock:
        torch.set_num_threads(threads)
        kwargs = official_kwargs(stanza_dir) if stanza_dir else pack_kwargs(models_dir)
        return stanza.Pipeline(lang="ar", download_method=None, use_gpu=False, logging_level="WARN", **kwargs)
