"""The Stanza pipelines: built once per process from the shipped pack (or official models).

With Liqaa's pack, text goes through two pipelines: the tokenizer, whose clitic
splits are repaired (workers.segmentation), then POS, lemma, parser and NER on
those tokens, then the pack's other lemmatizers (lemma-only pipelines) vote on the
lemmas. With a directory of official Stanza models, one pipeline does all.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import stanza
import torch
from stanza.models.common import utils as stanza_utils
from stanza.models.common.foundation_cache import FoundationCache

from liqaa.settings import Settings
from workers import mst
from workers.lemmas import LemmaSpellings, vote
from workers.segmentation import load_frequencies

PACK_FILES = {
    "pos_model_path": "pos.pt",
    "lemma_model_path": "lemma.pt",
    "depparse_model_path": "depparse.pt",
    "ner_model_path": "ner.pt",
    "pos_pretrain_path": "pretrain.pt",
    "depparse_pretrain_path": "pretrain.pt",
    "ner_pretrain_path": "pretrain.pt",
}
# optional: character language models, where the pack's taggers were trained with them
CHARLM_FILES = {"forward_charlm_path": "charlm_forward.pt", "backward_charlm_path": "charlm_backward.pt"}
TOKENIZER = "tokenizer.pt"
WORD_FREQUENCIES = "wordfreq.tsv"
LEMMA_SPELLINGS = "lemmas.tsv"
LEMMA_VOTERS = "lemma.seed*.pt"  # optional: lemmatizers trained with other seeds, voting with lemma.pt
_lock = threading.Lock()


@dataclass
class NLP:
    tagger: stanza.Pipeline  # pos, lemma, depparse, ner (the whole pipeline with official models)
    tokenizer: stanza.Pipeline | None = None  # None: the tagger tokenizes itself
    frequencies: dict[str, int] | None = None
    lemmas: LemmaSpellings | None = None  # None: lemmas as the lemmatizer gives them
    voters: tuple[stanza.Pipeline, ...] = ()  # lemma-only pipelines on tagged documents

    def tag(self, docs: list[stanza.Document]) -> list[stanza.Document]:
        """POS, lemma, parser and NER on tokenized documents."""
        docs = self.tagger.bulk_process(docs)
        self.finish_lemmas(docs)
        return docs

    def finish_lemmas(self, docs: list[stanza.Document]) -> None:
        """Respell the lemmas the lemmatizer generated; where there are voters, let them vote."""
        words = [w for d in docs for s in d.sentences for w in s.words]
        ballots = [self._respelled(docs, words, self.tagger)]
        for voter in self.voters:  # each one overwrites the words' lemmas; the ballots keep them
            voter.bulk_process(docs)
            ballots.append(self._respelled(docs, words, voter))
        for word, lemma in zip(words, vote(ballots)):  # with no voters, the main lemmatizer's ballot
            word.lemma = lemma

    def _respelled(self, docs: list[stanza.Document], words: list, pipeline: stanza.Pipeline) -> list[str]:
        if self.lemmas is not None:
            self.lemmas.respell(docs, pipeline.processors["lemma"].trainer)
        return [w.lemma for w in words]


def _common(models_dir: Path) -> dict:
    return {"lang": "ar", "dir": str(models_dir), "download_method": None, "use_gpu": False,
            "logging_level": "WARN", "allow_unknown_language": True}


def load_pack(models_dir: Path, lemma_vote: bool = True) -> NLP:
    needed = [*set(PACK_FILES.values()), TOKENIZER, LEMMA_SPELLINGS]
    missing = [name for name in needed if not (models_dir / name).exists()]
    if missing:
        raise FileNotFoundError(f"model pack {models_dir} lacks {', '.join(sorted(missing))}")
    if not (models_dir / "resources.json").exists():
        raise FileNotFoundError(f"model pack {models_dir} lacks resources.json")
    tokenizer = stanza.Pipeline(processors="tokenize", tokenize_model_path=str(models_dir / TOKENIZER),
                                **_common(models_dir))
    charlm = {f"{processor}_{key}": str(models_dir / name) for processor in ("pos", "lemma", "ner")
              for key, name in CHARLM_FILES.items()} if all((models_dir / n).exists() for n in CHARLM_FILES.values()) else {}
    tagger = stanza.Pipeline(processors="tokenize,pos,lemma,depparse,ner", tokenize_pretokenized=True,
                             **{k: str(models_dir / v) for k, v in PACK_FILES.items()}, **charlm, **_common(models_dir),
                             foundation_cache=float32_vectors(models_dir / PACK_FILES["pos_pretrain_path"]))
    voter_charlm = {k: v for k, v in charlm.items() if k.startswith("lemma_")}  # trained like the main one
    voters = tuple(stanza.Pipeline(processors="lemma", lemma_pretagged=True, lemma_model_path=str(path), **voter_charlm,
                                   **_common(models_dir)) for path in sorted(models_dir.glob(LEMMA_VOTERS)) if lemma_vote)
    return NLP(tagger=tagger, tokenizer=tokenizer, frequencies=load_frequencies(models_dir / WORD_FREQUENCIES),
               lemmas=LemmaSpellings.read(models_dir / LEMMA_SPELLINGS), voters=voters)


def float32_vectors(pretrain: Path) -> FoundationCache:
    """The pack stores its word vectors as float16 (half the size); the taggers compute in
    float32. The pipeline shares this cache, so every tagger gets the one float32 copy."""
    cache = FoundationCache()
    vectors = cache.load_pretrain(str(pretrain))
    if vectors.emb.dtype != torch.float32:
        vectors._emb = vectors.emb.float()  # Stanza has no public setter
    return cache


def load_official(stanza_dir: Path) -> NLP:
    return NLP(tagger=stanza.Pipeline(lang="ar", dir=str(stanza_dir), processors="tokenize,mwt,pos,lemma,depparse,ner",
                                      download_method=None, use_gpu=False, logging_level="WARN"))


@contextmanager
def without_optimisers() -> Iterator[None]:
    """Stanza builds a training optimiser for every model it loads, and the first one makes
    torch import torch._dynamo: 1.6 s of a 4 s load. Analysis never steps an optimiser."""
    saved = stanza_utils.get_optimizer, stanza_utils.get_split_optimizer
    stanza_utils.get_optimizer, stanza_utils.get_split_optimizer = (lambda *a, **k: None), (lambda *a, **k: {})
    try:
        yield
    finally:
        stanza_utils.get_optimizer, stanza_utils.get_split_optimizer = saved


@lru_cache(maxsize=2)
def get_pipeline(models_dir: Path, stanza_dir: Path | None = None, threads: int = 1, lemma_vote: bool = True) -> NLP:
    with _lock, without_optimisers():
        mst.install()
        torch.set_num_threads(threads)
        return load_official(stanza_dir) if stanza_dir else load_pack(models_dir, lemma_vote)


def settings_pipeline(settings: Settings) -> NLP:
    """The pipeline a worker (or the CLI) configured by `settings` uses."""
    return get_pipeline(settings.models_dir, settings.stanza_dir, settings.torch_threads, settings.lemma_vote)
