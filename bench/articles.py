"""Articles to measure on: SaudiNewsNet when ../shared is beside the checkout, else the samples."""

from __future__ import annotations

import gzip
import json
from itertools import islice

from liqaa.settings import REPO_ROOT

SNN = REPO_ROOT.parent / "shared" / "data" / "saudinewsnet" / "articles.jsonl.gz"


def load(n: int, min_chars: int = 300) -> list[dict]:
    """n distinct articles as API bodies (text cut to 1,500 characters, a typical news story)."""
    if SNN.exists():
        out = []
        with gzip.open(SNN, "rt", encoding="utf-8") as f:
            for line in islice(f, 20 * n):
                doc = json.loads(line)
                text = (doc.get("content") or "").strip()
                if len(text) >= min_chars and all(text[:1500] != o["text"] for o in out):
                    out.append({"text": text[:1500], "published_at": (doc.get("date_extracted") or "")[:10] or None})
                if len(out) == n:
                    return out
    samples = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((REPO_ROOT / "samples").glob("*.json"))]
    # distinct articles from the samples: the same body with a numbered closing line
    return [{"text": samples[i % len(samples)]["text"] + f"\nنسخة رقم {i}"} for i in range(n)]
