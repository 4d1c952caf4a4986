"""Word vectors from SaudiNewsNet, on the pipeline's own tokens, saved as a Stanza pretrain."""

from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path

import stanza
from gensim.models import Word2Vec
from stanza.models.common.pretrain import Pretrain
from tqdm import tqdm

from training.segment import batched, token_spans

PARAGRAPH = re.compile(r"\n+")


def article_paragraphs(corpus: Path, n_articles: int) -> Iterator[str]:
    with gzip.open(corpus, "rt", encoding="utf-8") as f:
        for line in islice(f, n_articles):
            for para in PARAGRAPH.split(json.loads(line).get("content") or ""):
                if para.strip():
                    yield para.strip()


def tokenize_corpus(nlp: stanza.Pipeline, corpus: Path, n_articles: int, out: Path, freq_file: Path) -> int:
    n_tokens = 0
    paragraphs = list(article_paragraphs(corpus, n_articles))
    with out.open("w", encoding="utf-8") as f:
        for chunk in tqdm(list(batched(paragraphs, 256)), desc="tokenize SaudiNewsNet", unit="batch"):
            for spans in token_spans(nlp, chunk, freq_file):
                f.write(" ".join(t for t, _, _ in spans) + "\n")
                n_tokens += len(spans)
    return n_tokens


def train(tokens_file: Path, work: Path, dim: int, max_vocab: int, seed: int) -> Path:
    """word2vec CBOW → text vectors → Stanza pretrain .pt capped at max_vocab words."""
    model = Word2Vec(corpus_file=str(tokens_file), vector_size=dim, window=5, min_count=5,
                     workers=2, epochs=5, seed=seed)
    text_vectors = work / "vectors.txt"
    model.wv.save_word2vec_format(str(text_vectors), binary=False)  # sorted by frequency
    pretrain_path = work / "pretrain.pt"
    pretrain_path.unlink(missing_ok=True)
    Pretrain(str(pretrain_path), str(text_vectors), max_vocab=max_vocab).load()
    return pretrain_path
