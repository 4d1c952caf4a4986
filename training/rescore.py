"""Score the committed pack again, end to end, with the current segmentation repairs, without
retraining and without touching `models/`: PUD test (tokens, sentences, UPOS, lemma, UAS, LAS)
and ANERcorp test (entity P/R/F1), as `training.evaluate` scores them for the model card.

    python -m training.rescore [--data ../shared/data] [--models models] [--work /tmp/liqaa-rescore]

Use it after changing `workers/segmentation.py`: the segmentation runs at training and at run time,
so a change there moves the pack's scores without a new model."""

from __future__ import annotations

import json
import time
from pathlib import Path

import typer

from training import ner_data, treebank
from training.evaluate import ner_eval, ud_eval
from training.segment import tokenizer

app = typer.Typer(add_completion=False)


@app.command()
def main(
    data: Path = typer.Option(Path("../shared/data"), help="folder with ud-arabic-pud and anercorp"),
    models: Path = typer.Option(Path("models"), help="the pack to score (read only)"),
    work: Path = typer.Option(Path("/tmp/liqaa-rescore"), help="scratch folder for the prepared test data"),
) -> None:
    t0 = time.time()
    treebank.prepare(data / "ud-arabic-pud" / "ar_pud-ud-test.conllu", work)
    nlp = tokenizer(models / "tokenizer.pt", sentence_split=False)
    ner_data.prepare(nlp, data, work, False, models / "wordfreq.tsv")
    scores = {**ud_eval(models, work), **ner_eval(models, work)}
    print(json.dumps({key: round(value, 2) for key, value in scores.items()}))
    print(f"done in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    app()
