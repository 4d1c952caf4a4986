"""ANERcorp (and optionally AQMAR) re-segmented into the pipeline's clitic-split tokens.

ANERcorp is tokenized on white space (بنظيره is one token) while the pipeline splits
clitics (ب نظير ه). Each corpus token is run through the trained tokenizer; the piece
that carries the word keeps the entity tag, a leading clitic of an entity's first
word and trailing pronoun clitics become O, and clitics inside an entity continue it.
"""

from __future__ import annotations

import json
from pathlib import Path

import stanza
from tqdm import tqdm

from training.segment import batched, token_spans

PREFIX_CLITICS = {"و", "ف", "ب", "ل", "ك", "س"}
AQMAR_TAGS = {"PER": "PERS", "LOC": "LOC", "ORG": "ORG"}


def read_bio(path: Path, tag_map: dict[str, str] | None = None) -> list[list[tuple[str, str]]]:
    """Sentences of (token, tag); tags outside tag_map (when given) become O."""
    sentences, current = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) < 2:
            if current:
                sentences.append(current)
                current = []
            continue
        token, tag = parts[0], parts[-1]
        if tag != "O" and tag_map is not None:
            prefix, _, label = tag.partition("-")
            tag = f"{prefix}-{tag_map[label]}" if label in tag_map and prefix in "BI" else "O"
        if tag not in ("O",) and tag[:2] not in ("B-", "I-"):
            tag = "O"
        current.append((token, tag))
    if current:
        sentences.append(current)
    return sentences


def retag(pieces: list[str], tag: str) -> list[str]:
    """Tags for the pieces one corpus token was split into."""
    if tag == "O" or len(pieces) == 1:
        return [tag] * len(pieces)
    label = tag[2:]
    head = next((i for i, p in enumerate(pieces) if p not in PREFIX_CLITICS), 0)
    tags = []
    for i, _ in enumerate(pieces):
        if i < head:
            tags.append(f"I-{label}" if tag.startswith("I-") else "O")
        elif i == head:
            tags.append(tag)
        else:
            tags.append("O")
    return tags


def resegment(nlp: stanza.Pipeline, sentences: list[list[tuple[str, str]]], freq_file: Path,
              batch: int = 64) -> list[list[dict]]:
    out = []
    for chunk in tqdm(list(batched(sentences, batch)), desc="re-segment NER", unit="batch"):
        texts = [" ".join(tok for tok, _ in sent) for sent in chunk]
        for sent, spans in zip(chunk, token_spans(nlp, texts, freq_file)):
            starts, pos = [], 0
            for tok, _ in sent:
                starts.append(pos)
                pos += len(tok) + 1
            pieces: list[list[str]] = [[] for _ in sent]
            k = 0
            for text, start, _ in spans:
                while k + 1 < len(starts) and starts[k + 1] <= start:
                    k += 1
                pieces[k].append(text)
            words = []
            for (tok, tag), ps in zip(sent, pieces):
                ps = ps or [tok]
                words.extend({"text": p, "ner": t} for p, t in zip(ps, retag(ps, tag)))
            out.append(words)
    return out


def prepare(nlp: stanza.Pipeline, data: Path, work: Path, with_aqmar: bool, freq_file: Path) -> dict[str, int]:
    out = work / "ner"
    out.mkdir(parents=True, exist_ok=True)
    train = read_bio(data / "anercorp" / "train.txt")
    n_dev = len(train) // 10
    splits = {"train": train[:-n_dev], "dev": train[-n_dev:], "test": read_bio(data / "anercorp" / "test.txt")}
    if with_aqmar:
        for path in sorted((data / "aqmar").glob("*.txt")):
            splits["train"] += read_bio(path, AQMAR_TAGS)
    segmented = {name: resegment(nlp, sents, freq_file) for name, sents in splits.items()}
    segmented["train_dev"] = segmented["train"] + segmented["dev"]
    for name, sents in segmented.items():
        (out / f"{name}.json").write_text(json.dumps(sents, ensure_ascii=False), encoding="utf-8")
    return {name: len(s) for name, s in splits.items()}
