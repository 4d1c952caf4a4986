"""Score the committed pack again, end to end, with the current segmentation repairs, without
retraining and without touching `models/`: PUD test (tokens, sentences, UPOS, lemma, UAS, LAS)
and ANERcorp test (entity P/R/F1), as `training.evaluate` scores them for the model card.

    python -m training.rescore [--data ../shared/data] [--models models] [--work /tmp/liqaa-rescore] [--errors]

Use it after changing `workers/segmentation.py`: the segmentation runs at training and at run time,
so a change there moves the pack's scores without a new model."""

from __future__ import annotations

import json
import time
from collections import Counter
from pathlib import Path

import typer

from training import ner_data, treebank
from training.evaluate import ner_eval, ner_tags, ud_eval
from training.segment import tokenizer

app = typer.Typer(add_completion=False)


@app.command()
def main(
    data: Path = typer.Option(Path("../shared/data"), help="folder with ud-arabic-pud and anercorp"),
    models: Path = typer.Option(Path("models"), help="the pack to score (read only)"),
    work: Path = typer.Option(Path("/tmp/liqaa-rescore"), help="scratch folder for the prepared test data"),
    errors: bool = typer.Option(False, help="also count NER's errors on ANERcorp test by kind and type"),
) -> None:
    t0 = time.time()
    treebank.prepare(data / "ud-arabic-pud" / "ar_pud-ud-test.conllu", work)
    nlp = tokenizer(models / "tokenizer.pt", sentence_split=False)
    ner_data.prepare(nlp, data, work, False, models / "wordfreq.tsv")
    scores = {**ud_eval(models, work), **ner_eval(models, work)}
    print(json.dumps({key: round(value, 2) for key, value in scores.items()}))
    if errors:
        gold, _alone, carried = ner_tags(models, work)
        for (kind, label), n in sorted(error_kinds(gold, carried).items()):
            print(f"{kind:15} {label:5} {n:4}")
    print(f"done in {time.time() - t0:.0f} s")


def entities(tags: list[str]) -> set[tuple[int, int, str]]:
    """(first, last, type) of each entity in BIOES tags."""
    out, start = set(), None
    for i, tag in enumerate(tags):
        if tag.startswith("S-"):
            out.add((i, i, tag[2:]))
        elif tag.startswith("B-"):
            start = i
        elif tag.startswith("E-") and start is not None:
            out.add((start, i, tag[2:]))
            start = None
    return out


def error_kinds(gold: list[list[str]], predicted: list[list[str]]) -> Counter:
    """Each gold entity not found, as missed (no predicted entity overlaps it), wrong boundary (one overlaps
    it) or wrong type (one has its span); each predicted entity that overlaps none, as spurious."""
    counts: Counter = Counter()
    for g, p in zip(gold, predicted):
        want, got = entities(g), entities(p)
        for first, last, label in want - got:
            overlapping = [e for e in got if e[0] <= last and first <= e[1]]
            kind = ("wrong type" if any(e[:2] == (first, last) for e in overlapping)
                    else "wrong boundary" if overlapping else "missed")
            counts[(kind, label)] += 1
        for first, last, label in got - want:
            if not any(e[0] <= last and first <= e[1] for e in want):
                counts[("spurious", label)] += 1
    return counts


if __name__ == "__main__":
    app()
