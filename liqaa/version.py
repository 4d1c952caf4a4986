"""The version results are cached under: code version plus a digest of the models, the lexicons
and the analysis and extraction code.

A retrained model pack, an edited lexicon or a new extraction rule changes what the pipeline
returns, so results cached by the old ones must not be served; the digest puts them under other keys.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from liqaa import PIPELINE_VERSION
from liqaa.settings import REPO_ROOT, Settings

CODE = REPO_ROOT / "workers"  # the analysis, the extraction and its lexicons (extraction/lexicons)
HASHED = {".pt", ".tsv", ".json", ".py"}


@lru_cache
def _digest(*folders: Path, lemma_vote: bool = True) -> str:
    digest = hashlib.sha256(b"" if lemma_vote else b"main lemmatizer alone")  # lemmas feed the extraction
    for folder in folders:
        for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in HASHED):
            digest.update(str(path.relative_to(folder)).encode())
            with path.open("rb") as f:
                digest.update(hashlib.file_digest(f, "sha256").digest())
    return digest.hexdigest()[:12]


def pipeline_version(settings: Settings) -> str:
    """E.g. "0.1.0+3f2a9c1b07de": the same in the API and the workers that share a configuration."""
    models = settings.stanza_dir or settings.models_dir
    return f"{PIPELINE_VERSION}+{_digest(Path(models).resolve(), CODE, lemma_vote=settings.lemma_vote)}"
