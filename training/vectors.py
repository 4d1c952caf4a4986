"""Word vectors from SaudiNewsNet, on the pipeline's own tokens, saved as a Stanza pretrain."""

from __future__ import annotations

import multiprocessing
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from gensim.models import Word2Vec
from stanza.models.common.pretrain import Pretrain
from tqdm import tqdm

from training.segment import article_paragraphs, batched, token_spans, tokenizer

_worker: dict = {}


def _start_worker(model_path: Path, freq_file: Path) -> None:
    import torch

    torch.set_num_threads(1)  # one process per core
    _worker.update(nlp=tokenizer(model_path), freq_file=freq_file)


def _tokenize_chunk(paragraphs: list[str]) -> list[str]:
    return [" ".join(t for t, _, _ in spans) for spans in token_spans(_worker["nlp"], paragraphs, _worker["freq_file"])]


def tokenize_corpus(model_path: Path, corpus: Path, n_articles: int, out: Path, freq_file: Path, jobs: int) -> int:
    """One line of pipeline tokens per paragraph, in corpus order; `jobs` processes tokenize."""
    n_tokens = 0
    chunks = list(batched(article_paragraphs(corpus, n_articles), 256))
    context = multiprocessing.get_context("spawn")  # torch is not fork-safe once initialised
    with (ProcessPoolExecutor(jobs, context, _start_worker, (model_path, freq_file)) as pool,
          out.open("w", encoding="utf-8") as f):
        for lines in tqdm(pool.map(_tokenize_chunk, chunks), total=len(chunks), desc="tokenize SaudiNewsNet",
                          unit="batch"):
            f.writelines(line + "\n" for line in lines)
            n_tokens += sum(len(line.split()) for line in lines)
    return n_tokens


def train(tokens_file: Path, work: Path, dim: int, max_vocab: int, seed: int, min_count: int) -> tuple[Path, int]:
    """word2vec CBOW → text vectors → Stanza pretrain .pt capped at max_vocab words."""
    model = Word2Vec(corpus_file=str(tokens_file), vector_size=dim, window=5, min_count=min_count,
                     workers=2, epochs=5, seed=seed)
    text_vectors = work / "vectors.txt"
    model.wv.save_word2vec_format(str(text_vectors), binary=False)  # sorted by frequency
    pretrain_path = work / "pretrain.pt"
    pretrain_path.unlink(missing_ok=True)
    Pretrain(str(pretrain_path), str(text_vectors), max_vocab=max_vocab).load()
    return pretrain_path, min(max_vocab, len(model.wv))
