"""How far NER's entity labels are carried (workers.ner_context.WINDOW), measured without test.

    python -m training.ner_window [--work work] [--models models]

The fold teachers of the silver data (training.ner_silver) each tag the contiguous quarter of
ANERcorp train+dev they did not learn on; together that is an out-of-fold tagging of all of it,
on which each window is scored. ANERcorp test, tagged by the pack's NER, is shown beside it
to report, not to choose.
"""

from __future__ import annotations

import json
from pathlib import Path

import typer
from stanza.models.ner.scorer import score_by_entity

from training.evaluate import to_bioes
from training.ner_silver import fold_model, held_out, tag
from workers.ner_context import WINDOW, propagate

app = typer.Typer(add_completion=False)
WINDOWS = (None, 0, 1, 2, 3, 5, 10, 20, 40)  # None: NER alone; 0: labels carried within a sentence


def scores(sentences: list[list[dict[str, str]]], tags: list[list[str]]) -> list[tuple[float, ...]]:
    """Entity (P, R, F1) for each of WINDOWS."""
    words = [[w["text"] for w in s] for s in sentences]
    gold = [to_bioes([w["ner"] for w in s]) for s in sentences]
    return [tuple(x * 100 for x in score_by_entity(tags if w is None else propagate(words, tags, w), gold,
                                                   verbose=False)[:3]) for w in WINDOWS]


@app.command()
def main(work: Path = typer.Option(Path("work"), help="training.run's scratch folder, with the fold teachers"),
         models: Path = typer.Option(Path("models"), help="the pack whose NER tags ANERcorp test")) -> None:
    gold = json.loads((work / "ner" / "train_dev.json").read_text(encoding="utf-8"))
    n = 0
    while (work / "models" / fold_model(n)).exists():
        n += 1
    if not n:
        raise typer.BadParameter(f"no fold teachers in {work / 'models'}: run training.run with --ner-folds", param_hint="--work")
    oof = [t for k in range(n) for t in tag(work / "models" / fold_model(k), work / "models" / "pretrain.pt",
                                            [[w["text"] for w in s] for s in held_out(gold, n, k)])]
    test = json.loads((work / "ner" / "test.json").read_text(encoding="utf-8"))
    pack = tag(models / "ner.pt", models / "pretrain.pt", [[w["text"] for w in s] for s in test])
    print(f"window | ANERcorp train+dev, {n} folds out of fold: P R F1 | ANERcorp test, the pack's NER: P R F1")
    for w, a, b in zip(WINDOWS, scores(gold, oof), scores(test, pack)):
        name = "NER alone" if w is None else f"{w}{' (WINDOW)' if w == WINDOW else ''}"
        print(f"{name} | {a[0]:.2f} {a[1]:.2f} {a[2]:.2f} | {b[0]:.2f} {b[1]:.2f} {b[2]:.2f}")


if __name__ == "__main__":
    app()
