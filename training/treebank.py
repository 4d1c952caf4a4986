"""UD Arabic-PUD prepared for Stanza: fixed splits, Arabic punctuation, multi-sentence paragraphs.

PUD is one file of 1,000 sentences. Sentence i goes to dev when i % 10 == 8, to test
when i % 10 == 9, else to train. Two pitfalls of the raw treebank are repaired here:
every sentence is its own document (the tokenizer would never learn to split
sentences), so consecutive sentences are grouped into paragraphs; and PUD writes
Latin `, ? ;`, so half the sentences get the Arabic marks `، ؟ ؛` the news uses.
"""

from __future__ import annotations

from pathlib import Path

import conllu

SPLITS = ("train", "dev", "test")
ARABIC_PUNCT = {",": "،", "?": "؟", ";": "؛"}
PARAGRAPH_SIZE = 4


def split_of(index: int) -> str:
    return {8: "dev", 9: "test"}.get(index % 10, "train")


def arabize_punct(sentence: conllu.TokenList) -> None:
    for token in sentence:
        if token["form"] in ARABIC_PUNCT:
            token["form"] = token["lemma"] = ARABIC_PUNCT[token["form"]]


def sentence_text(sentence: conllu.TokenList) -> str:
    parts = []
    for token in sentence:
        parts.append(token["form"])
        misc = token["misc"] or {}
        if misc.get("SpaceAfter") != "No":
            parts.append(" ")
    return "".join(parts).strip()


def load_splits(conllu_path: Path) -> dict[str, list[conllu.TokenList]]:
    with conllu_path.open(encoding="utf-8") as f:
        sentences = conllu.parse(f.read())
    splits: dict[str, list[conllu.TokenList]] = {name: [] for name in SPLITS}
    for i, sentence in enumerate(sentences):
        if i % 2 == 0:
            arabize_punct(sentence)
        sentence.metadata = {"sent_id": sentence.metadata["sent_id"], "text": sentence_text(sentence)}
        splits[split_of(i)].append(sentence)
    return splits


def paragraphs(sentences: list[conllu.TokenList]) -> list[list[conllu.TokenList]]:
    return [sentences[i:i + PARAGRAPH_SIZE] for i in range(0, len(sentences), PARAGRAPH_SIZE)]


def write_split(sentences: list[conllu.TokenList], conllu_out: Path, text_out: Path) -> None:
    """Write the gold CoNLL-U (one `# newpar` per paragraph) and the raw paragraph text."""
    blocks, texts = [], []
    for para in paragraphs(sentences):
        for j, sentence in enumerate(para):
            meta = dict(sentence.metadata)
            if j == 0:
                meta = {"newpar": None, **meta}
            sentence.metadata = meta
            blocks.append(sentence.serialize())
            sentence.metadata.pop("newpar", None)
        texts.append(" ".join(s.metadata["text"] for s in para))
    conllu_out.write_text("".join(blocks), encoding="utf-8")
    text_out.write_text("\n\n".join(texts) + "\n", encoding="utf-8")


def prepare(pud_file: Path, work: Path) -> dict[str, int]:
    """Write {split}.conllu and {split}.txt (and train_dev) under work/ud; return the sentence counts."""
    out = work / "ud"
    out.mkdir(parents=True, exist_ok=True)
    splits = load_splits(pud_file)
    for name, sentences in splits.items():
        write_split(sentences, out / f"{name}.conllu", out / f"{name}.txt")
    # the final taggers learn on train+dev once dev has chosen their step counts
    write_split(splits["train"] + splits["dev"], out / "train_dev.conllu", out / "train_dev.txt")
    return {name: len(s) for name, s in splits.items()}
