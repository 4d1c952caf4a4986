"""End-to-end scores of the model pack, from raw text, and the model card that reports them.

PUD test paragraphs go through the whole run-time path (tokenizer, repairs, POS, lemma,
parser) and are scored against gold with the CoNLL 2018 shared-task evaluator that
Stanza ships (stanza.models.common.utils.ud_scores). ANERcorp test sentences, re-segmented
like the training data, are tagged by the NER model and scored by entity (Stanza's scorer).
"""

from __future__ import annotations

import json
import shutil
import statistics
import subprocess
import sys
from fnmatch import fnmatch
from pathlib import Path

import stanza
from stanza.models.common.utils import ud_scores
from stanza.models.ner.scorer import score_by_entity

from training import records
from workers.ner_context import propagate
from workers.nlp import CHARLM_FILES, LEMMA_VOTERS, get_pipeline
from workers.segmentation import tokenize

PACK = ("tokenizer.pt", "pos.pt", "lemma.pt", "depparse.pt", "ner.pt", "pretrain.pt", "wordfreq.tsv", "lemmas.tsv",
        "resources.json")
CHARLM = tuple(CHARLM_FILES.values())  # in the pack where a tagger learned with them
BARS = {"tokens": 97, "sentences": 90, "upos": 92, "lemma": 86, "las": 72, "ner_f1": 78, "load_s": 5, "seed_s": 1}


def ud_eval(models: Path, work: Path) -> dict[str, float]:
    nlp = get_pipeline(models)
    paragraphs = [p for p in (work / "ud" / "test.txt").read_text(encoding="utf-8").split("\n\n") if p.strip()]
    tokenized = tokenize(nlp.tokenizer, paragraphs, nlp.frequencies or {})
    docs = nlp.tag([stanza.Document([], text=[[t for t, _, _ in s] for s in sents]) for sents in tokenized])
    system = work / "ud" / "test.pred.conllu"
    system.write_text("".join(f"{d:C}\n\n" for d in docs), encoding="utf-8")
    scores = ud_scores(str(work / "ud" / "test.conllu"), str(system))
    return {"tokens": scores["Tokens"].f1 * 100, "sentences": scores["Sentences"].f1 * 100,
            "upos": scores["UPOS"].f1 * 100, "lemma": scores["Lemmas"].f1 * 100,
            "uas": scores["UAS"].f1 * 100, "las": scores["LAS"].f1 * 100}


def ner_tags(models: Path, work: Path) -> tuple[list[list[str]], list[list[str]], list[list[str]]]:
    """ANERcorp test, BIOES: gold, NER alone, and NER with its labels carried to nearby mentions."""
    nlp = get_pipeline(models)
    sentences = json.loads((work / "ner" / "test.json").read_text(encoding="utf-8"))
    words = [[w["text"] for w in s] for s in sentences]
    docs = nlp.tag([stanza.Document([], text=[s]) for s in words])
    alone = [[t.ner for t in d.sentences[0].tokens] for d in docs]
    gold = [to_bioes([w["ner"] for w in s]) for s in sentences]
    return gold, alone, propagate(words, alone)


def ner_eval(models: Path, work: Path) -> dict[str, float]:
    """ANERcorp test as the service tags an article: NER sentence by sentence, then entity labels
    carried to nearby mentions (workers.ner_context; the test sentences keep their articles' order).
    ner_sentence_f1: NER alone."""
    gold, alone, carried = ner_tags(models, work)
    p, r, f, _per_type = score_by_entity(carried, gold, verbose=False)
    return {"ner_precision": p * 100, "ner_recall": r * 100, "ner_f1": f * 100,
            "ner_sentence_f1": score_by_entity(alone, gold, verbose=False)[2] * 100}


def to_bioes(tags: list[str]) -> list[str]:
    out = []
    for i, tag in enumerate(tags):
        nxt = tags[i + 1] if i + 1 < len(tags) else "O"
        continues = nxt.startswith("I-") and nxt[2:] == tag[2:]
        if tag.startswith("B-"):
            out.append(tag if continues else "S-" + tag[2:])
        elif tag.startswith("I-"):
            out.append(tag if continues else "E-" + tag[2:])
        else:
            out.append(tag)
    return out


def speed(models: Path, sample: Path, processes: int = 3) -> dict[str, float]:
    """Load time in a fresh process and the sample article's analysis after load (5 runs each):
    medians over `processes` processes, since one load on a shared host varies by a second."""
    code = (
        "import time, json, sys; t=time.perf_counter();"
        "from pathlib import Path; from workers.nlp import CHARLM_FILES, get_pipeline; from workers.analysis import analyse;"
        f"nlp=get_pipeline(Path({str(models)!r})); load=time.perf_counter()-t;"
        f"text=json.loads(Path({str(sample)!r}).read_text())['text']; analyse(nlp, text); runs=[]\n"
        "for _ in range(5):\n t=time.perf_counter(); analyse(nlp, text); runs.append(time.perf_counter()-t)\n"
        "print(json.dumps({'load_s': load, 'runs': runs}))"
    )
    loads, runs = [], []
    for _ in range(processes):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        data = json.loads(out.strip().splitlines()[-1])
        loads.append(data["load_s"])
        runs.extend(data["runs"])
    return {"load_s": statistics.median(loads), "seed_s": statistics.median(runs)}


def pack_files(work: Path) -> tuple[str, ...]:
    trained = records.read(work / "trained.json")
    voters = tuple(sorted(p.name for p in (work / "models").glob(LEMMA_VOTERS)))
    return PACK + voters + (CHARLM if any(how.get("charlm") for how in trained.values()) else ())


def size_mb(models: Path, files: tuple[str, ...]) -> float:
    return sum((models / f).stat().st_size for f in files) / 1e6



HALF = ("pos.pt", "lemma.pt", "depparse.pt", "ner.pt")  # and the voting lemmatizers


def half_precision(src: Path, dst: Path) -> None:
    """Store float weights as float16: half the size; Stanza's load_state_dict casts them back to float32."""
    import torch

    def walk(x):  # type: ignore[no-untyped-def]
        if isinstance(x, dict):
            return {k: walk(v) for k, v in x.items()}
        if isinstance(x, torch.Tensor) and x.dtype == torch.float32:
            return x.half()
        return x

    checkpoint = torch.load(src, map_location="cpu", weights_only=False)
    checkpoint["model"] = walk(checkpoint["model"])
    for key in ("optimizer", "scheduler"):  # training state is no use at run time
        checkpoint.pop(key, None)
    torch.save(checkpoint, dst)


def half_vectors(src: Path, dst: Path) -> None:
    """Word vectors as float16: workers.nlp.float32_vectors casts them back at load."""
    import torch

    data = torch.load(src, map_location="cpu", weights_only=True)
    data["emb"] = torch.as_tensor(data["emb"]).half()
    torch.save(data, dst)


def write_pack(data: Path, work: Path, out: Path) -> dict[str, float]:
    files = pack_files(work)
    if missing := [name for name in files if not (work / "models" / name).exists()]:
        # checked before anything in `out` is touched: the shipped pack stays whole
        raise FileNotFoundError(f"{work / 'models'} lacks {', '.join(missing)}; run the training stages first "
                                f"(python -m training.run); {out} is left as it was")
    out.mkdir(parents=True, exist_ok=True)
    for stale in [*CHARLM, *(p.name for p in out.glob(LEMMA_VOTERS))]:  # what this pack lacks must not load
        (out / stale).unlink(missing_ok=True)
    for name in files:
        if name in HALF or fnmatch(name, LEMMA_VOTERS):
            half_precision(work / "models" / name, out / name)
        elif name == "pretrain.pt":
            half_vectors(work / "models" / name, out / name)
        else:
            shutil.copy(work / "models" / name, out / name)
    sample = Path(__file__).resolve().parent.parent / "samples" / "seed-egypt-turkey.json"
    scores = {**ud_eval(out, work), **ner_eval(out, work), **speed(out, sample), "size_mb": size_mb(out, files)}
    (work / "scores.json").write_text(json.dumps(scores, indent=1))
    (out / "MODEL_CARD.md").write_text(card(scores, work, out, files), encoding="utf-8")
    for key, value in scores.items():
        print(f"{key:14} {value:8.2f}" + (f"   (bar {BARS[key]})" if key in BARS else ""))
    return scores


def card(scores: dict[str, float], work: Path, out: Path, pack: tuple[str, ...]) -> str:
    timings = records.read(work / "timings.json")
    counts = records.read(work / "ud" / "counts.json")
    ner_counts = records.read(work / "ner" / "counts.json")
    vec = records.read(work / "vectors.json")
    silver = records.read(work / "ner" / "silver.json")

    def bar(key: str, higher: bool = True) -> str:
        ok = scores[key] >= BARS[key] if higher else scores[key] <= BARS[key]
        return f"{scores[key]:.2f} | {'≥' if higher else '≤'} {BARS[key]} | {'met' if ok else 'NOT met'}"

    trained = records.read(work / "trained.json")
    if not set(CHARLM) <= set(pack):
        trained.pop("charlm", None)

    def how_long(how: dict) -> str:
        parts = [f"{v} {k}" for k, v in how.items() if k in ("steps", "epochs", "hidden")]
        voters = [f"with {len(how['voters'])} more seeds voting ({', '.join(map(str, how['voters']))})"] if how.get("voters") else []
        return ", ".join(parts + ([how["optim"]] if "optim" in how else []) + ([f"seed {how['seed']}"] if "seed" in how else [])
                         + voters)

    trained_rows = "\n".join(
        f"| {name} | {how_long(how)} | {how['data']} |"
        f" {'yes' if how.get('charlm') else ''} | {'GPU' if how.get('device') == 'cuda' else 'CPU'} |"
        for name, how in sorted(trained.items()))
    lm = trained.get("charlm", {})
    charlm_row = (f"\n| character language models, forward and backward (`charlm_*.pt`, LSTM {lm.get('hidden', '?')} units) "
                  f"| the word vectors' SaudiNewsNet text, last 2,000 lines held out | CC BY-NC-SA 4.0 (research use) |"
                  if set(CHARLM) <= set(pack) else "")
    silver_row = (f"\n| NER's silver data (`training/ner_silver.py`): {silver['sentences']} sentences, {silver['entities']} "
                  f"entities; the shipped NER learns on them and ANERcorp train+dev repeated {silver['gold_copies']} times | "
                  f"SaudiNewsNet articles {silver['skip']} to {silver['skip'] + silver['articles'] - 1} (counted from 0; the "
                  f"word vectors learn from the first {vec.get('articles', '?')}), tagged by {silver['teachers']} NER models "
                  f"learned on ANERcorp (one on train+dev, {silver['teachers'] - 1} each on all of it but one contiguous part), "
                  f"an entity kept where {silver['votes']}+ of them give it | CC BY-NC-SA 4.0 (research use) |"
                  if silver else "")
    files = "\n".join(f"| `{f}` | {(out / f).stat().st_size / 1e6:.1f} MB |" for f in pack)
    return f"""# Liqaa Arabic model pack

Stanza {stanza.__version__} models trained on this repository's public data with one command:

    python -m training.run --data ../shared/data --out models

No model is fetched from a hub: `workers/nlp.py` loads these files with `download_method=None`.

## Data and licenses
| model | data | license |
|---|---|---|
| tokenizer, POS, lemma, parser | UD Arabic-PUD, 1,000 sentences: sentence i → dev if i % 10 == 8, test if i % 10 == 9, else train ({counts}); half the sentences with Arabic `، ؟ ؛`; grouped 4 to a paragraph | CC BY-SA 3.0 |
| word vectors (word2vec CBOW, 100 d, the {vec.get('words', '?')} most frequent words, each seen {vec.get('min_count', '?')}+ times) | SaudiNewsNet, {('first ' + str(vec['articles'])) if vec.get('articles') else 'all'} articles ({vec.get('tokens', '?')} tokens), tokenized by the pipeline's own tokenizer and repairs | CC BY-NC-SA 4.0 (research use) |
| lemma spellings (`lemmas.tsv`: each lemma's letters and POS → its most frequent spelling; generated lemmas are respelled to it, `workers/lemmas.py`) | UD Arabic-PUD: the lemmas of the split the lemmatizer learned on | CC BY-SA 3.0 |
| word frequency list for tokenizer repairs (`wordfreq.tsv`) | SaudiNewsNet, all articles, white-space words, top 80,000, and the words written before «بن» | CC BY-NC-SA 4.0 (research use) |{charlm_row}
| NER (PERS, LOC, ORG, MISC) | ANERcorp train (CAMeL split), last 10% as dev ({ner_counts}), re-segmented into the pipeline's tokens | see ANERcorp README (Benajiba et al. 2007; CAMeL Tools 2020) |{silver_row}

## Scores, end to end from raw text
PUD test (100 sentences, 25 paragraphs), CoNLL 2018 shared-task evaluator; ANERcorp test by entity.

| metric | score | bar | |
|---|---|---|---|
| tokens F1 | {bar('tokens')} |
| sentences F1 | {bar('sentences')} |
| UPOS F1 | {bar('upos')} |
| lemma F1 | {bar('lemma')} |
| UAS F1 | {scores['uas']:.2f} | | |
| LAS F1 | {bar('las')} |
| NER entity F1 (P {scores['ner_precision']:.1f}, R {scores['ner_recall']:.1f}; NER alone, sentence by sentence, without `workers/ner_context.py`: {scores['ner_sentence_f1']:.2f}) | {bar('ner_f1')} |
| pipeline load, s (median of 3 fresh processes) | {bar('load_s', higher=False)} |
| seed article analysed after load, s (median of 15: 5 runs in each of 3 processes) | {bar('seed_s', higher=False)} |

Measured on the 2-core development machine; `python -m training.run --only evaluate` reproduces them.

## Files ({scores["size_mb"]:.1f} MB in all; word vectors and POS, lemma, parser and NER weights stored as float16, loaded as float32)
| file | size |
|---|---|
{files}

## Training time
{json.dumps(timings)}

Seconds per stage (wall; on the 2-core CPU two models run at a time). How each model was trained (steps are the most run; Stanza keeps the
checkpoint with the best dev score, which on train+dev is in effect the last):
| model | steps / epochs | trained on | with the character language models | device |
|---|---|---|---|---|
{trained_rows}
"""
