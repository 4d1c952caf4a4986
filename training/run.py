"""One command retrains Liqaa's whole Arabic model pack.

    python -m training.run [--data ../shared/data] [--out models] [--work work]

Stages: treebank splits → tokenizer → word vectors → character language models (off by
default) → POS, lemmatizers (the main one and its voters), parser, NER and its fold models (two at a time, one thread
each, on a 2-core machine) → NER's silver data and the NER that ships learning on it (training.ner_silver) →
end-to-end evaluation → models/ and MODEL_CARD.md. Each stage logs to WORK/logs/STAGE.log; `--only` reruns chosen stages.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import torch
import typer
from tqdm import tqdm

from training import lemmas, ner_data, ner_silver, records, treebank, vectors
from training.segment import tokenizer, write_frequencies
from workers.nlp import CHARLM_FILES, LEMMA_SPELLINGS, LEMMA_VOTERS

app = typer.Typer(add_completion=False)
SEED = 1234
SHORTHAND = "ar_liqaa"
STAGES = ("treebank", "tokenizer", "vectors", "charlm", "taggers", "evaluate")
TAGGERS = ("ner", "pos", "depparse", "lemma")  # longest first: two run at a time
FREQ = "wordfreq.tsv"
CHARLM = {direction: CHARLM_FILES[f"{direction}_charlm_path"] for direction in ("forward", "backward")}
CHARLM_USERS = ("pos", "lemma", "ner")  # the parser does without: it would double its 40 minutes
DEVICE = "cuda" if torch.cuda.is_available() else "cpu"  # Stanza trains on a GPU where there is one


def stanza_module(module: str, args: list[str], log: Path, seed: int = SEED) -> subprocess.Popen:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1"}
    lang = ["--lang", "ar"] if module in ("tokenizer", "tagger", "parser") else []
    cmd = [sys.executable, "-m", f"stanza.models.{module}", *lang, "--shorthand", SHORTHAND,
           "--seed", str(seed), *args]
    log.parent.mkdir(parents=True, exist_ok=True)
    return subprocess.Popen(cmd, stdout=log.open("w"), stderr=subprocess.STDOUT, env=env)


def wait_all(procs: dict[str, subprocess.Popen], parallel: int, desc: str = "train taggers") -> dict[str, float]:
    """Run the queued processes `parallel` at a time; return each one's wall time."""
    pending, running, took = list(procs.items()), {}, {}
    bar = tqdm(total=len(pending), desc=desc, unit="model")
    while pending or running:
        while pending and len(running) < parallel:
            name, start = pending.pop(0)
            running[name] = (start(), time.time())
        for name, (proc, t0) in list(running.items()):
            if proc.poll() is not None:
                if proc.returncode:
                    raise SystemExit(f"{name} failed (exit {proc.returncode}); see its log")
                took[name] = round(time.time() - t0)
                del running[name]
                bar.update()
        time.sleep(2)
    bar.close()
    return took


def train_tokenizer(work: Path, steps: int) -> None:
    tok = work / "tok"
    tok.mkdir(parents=True, exist_ok=True)
    for split in treebank.SPLITS:
        subprocess.run([sys.executable, "-m", "stanza.utils.datasets.prepare_tokenizer_data",
                        str(work / "ud" / f"{split}.txt"), str(work / "ud" / f"{split}.conllu"),
                        "-o", str(tok / f"{split}.toklabels"), "-m", str(tok / f"{split}-mwt.json")],
                       check=True, capture_output=True)
    proc = stanza_module("tokenizer", [
        "--mode", "train", "--txt_file", str(work / "ud/train.txt"), "--label_file", str(tok / "train.toklabels"),
        "--mwt_json_file", str(tok / "train-mwt.json"), "--no_use_mwt",
        "--dev_txt_file", str(work / "ud/dev.txt"), "--dev_label_file", str(tok / "dev.toklabels"),
        "--dev_conll_gold", str(work / "ud/dev.conllu"), "--conll_file", str(tok / "dev.pred.conllu"),
        "--steps", str(steps), "--eval_steps", "200", "--save_dir", str(work / "models"), "--save_name", "tokenizer.pt",
    ], work / "logs/tokenizer.log")
    if proc.wait():
        raise SystemExit("tokenizer training failed; see its log")


def train_charlm(work: Path, hidden: int, epochs: int) -> None:
    """Forward and backward character language models on the clitic-split SaudiNewsNet text the
    word vectors learned from (one thread each, in parallel); POS, lemma and NER read them as features."""
    lines = (work / "snn_tokens.txt").read_text(encoding="utf-8").splitlines()
    folder = work / "charlm"
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "train").mkdir(parents=True)
    dev, train = lines[-2000:], lines[:-2000]
    (folder / "dev.txt").write_text("\n".join(dev) + "\n", encoding="utf-8")
    for i in range(0, len(train), 20000):
        (folder / "train" / f"{i // 20000:03d}.txt").write_text("\n".join(train[i:i + 20000]) + "\n", encoding="utf-8")
    procs = {direction: (lambda direction=direction: stanza_module("charlm", [
        "--mode", "train", "--direction", direction, "--train_dir", str(folder / "train"),
        "--eval_file", str(folder / "dev.txt"), "--char_hidden_dim", str(hidden), "--char_emb_dim", "100",
        "--batch_size", "100", "--bptt_size", "150", "--epochs", str(epochs), "--eval_steps", "-1", "--cutoff", "5",
        "--save_dir", str(work / "models"), "--save_name", CHARLM[direction],
        "--vocab_save_name", f"../charlm/{direction}_vocab.pt", "--no_checkpoint"], work / f"logs/charlm_{direction}.log"))
        for direction in CHARLM}
    wait_all(procs, parallel=2, desc="train character language models")


def charlm_args(work: Path) -> list[str]:
    forward, backward = (work / "models" / CHARLM[d] for d in ("forward", "backward"))
    if not (forward.exists() and backward.exists()):
        return []
    return ["--charlm", "--charlm_shorthand", SHORTHAND, "--charlm_forward_file", str(forward),
            "--charlm_backward_file", str(backward)]


def train_split(tagger: str, with_dev: list[str]) -> str:
    """Taggers in with_dev learn on train+dev for a step count chosen on dev in an earlier run
    (the dev score they log is then no held-out score; for the lemmatizer see training.lemmas)."""
    return "train_dev" if tagger in with_dev else "train"


def voter_name(seed: int) -> str:
    """A voting lemmatizer's model name; workers.nlp finds its file by LEMMA_VOTERS."""
    return f"lemma.seed{seed}"


def ner_job(work: Path, data: tuple[str, str], save_name: str, log: str, steps: int, optim: tuple[str, float],
            seed: int, charlm: list[str]):  # type: ignore[no-untyped-def]
    """A NER training process; data: its (training, step-scoring) files under WORK/ner."""
    return lambda: stanza_module("ner_tagger", [
        "--mode", "train", "--train_file", str(work / "ner" / data[0]), "--eval_file", str(work / "ner" / data[1]),
        "--save_name", save_name, "--max_steps", str(steps), "--eval_interval", "250", "--scheme", "bioes",
        "--optim", optim[0], "--lr", str(optim[1]), *charlm, "--save_dir", str(work / "models"),
        "--wordvec_pretrain_file", str(work / "models" / "pretrain.pt")], work / "logs" / f"{log}.log", seed)


def tagger_jobs(work: Path, steps: dict[str, int], with_dev: list[str], use_charlm: bool,
                ner_optim: tuple[str, float], ner_seed: int, lemma_voters: list[int], ner_folds: int) -> dict:
    """One process per model; ner_optim is NER's (optimiser, learning rate); the lemmatizers
    with lemma_voters' seeds vote with the main one (workers.lemmas.vote). With ner_folds, NER
    and its fold models are the teachers of the silver data (training.ner_silver)."""
    ud, models, logs = work / "ud", work / "models", work / "logs"
    train = {name: train_split(name, with_dev) for name in TAGGERS}
    pretrain = str(models / "pretrain.pt")
    common = ["--save_dir", str(models), "--wordvec_pretrain_file", pretrain]
    lm = {name: charlm_args(work) if use_charlm and name in CHARLM_USERS else [] for name in TAGGERS}
    voters = [(voter_name(seed), seed) for seed in lemma_voters]

    def lemma_job(name: str, seed: int):  # type: ignore[no-untyped-def]
        return lambda: stanza_module("lemmatizer", [
            "--mode", "train", "--train_file", str(ud / f"{train['lemma']}.conllu"),
            "--eval_file", str(ud / "dev.conllu"), "--output_file", str(work / f"{name}.dev.conllu"),
            "--save_dir", str(models), "--save_name", f"{name}.pt", "--num_epoch", str(steps["lemma"]), *lm["lemma"],
            *(["--no_dict"] if train["lemma"] == "train_dev" else [])],
            logs / f"{name}.log", seed)

    return {
        "ner": ner_job(work, (f"{train['ner']}.json", "dev.json"), ner_silver.TEACHER if ner_folds else "ner.pt", "ner",
                       steps["ner"], ner_optim, ner_seed, lm["ner"]),
        **{f"ner.fold{k}": ner_job(work, (f"fold{k}.json", f"fold{k}.eval.json"), ner_silver.fold_model(k), f"ner.fold{k}", steps["ner"],
                                   ner_optim, ner_seed, lm["ner"]) for k in range(ner_folds)},
        "pos": lambda: stanza_module("tagger", [
            "--mode", "train", "--train_file", str(ud / f"{train['pos']}.conllu"), "--eval_file", str(ud / "dev.conllu"),
            "--output_file", str(work / "pos.dev.conllu"), "--save_name", "pos.pt", "--batch_size", "32",
            "--share_hid", "--max_steps", str(steps["pos"]), "--eval_interval", "100", *lm["pos"], *common], logs / "pos.log"),
        "depparse": lambda: stanza_module("parser", [
            "--mode", "train", "--train_file", str(ud / f"{train['depparse']}.conllu"),
            "--eval_file", str(ud / "dev.conllu"), "--output_file", str(work / "depparse.dev.conllu"), "--save_name", "depparse.pt",
            "--hidden_dim", "200", "--deep_biaff_hidden_dim", "200", "--batch_size", "1000",
            "--max_steps", str(steps["depparse"]), "--eval_interval", "100", *common], logs / "depparse.log"),
        **{name: lemma_job(name, seed) for name, seed in [("lemma", SEED), *voters]},
    }


@dataclass(frozen=True)
class Silver:
    """Which SaudiNewsNet articles the NER teachers tag, how they vote, and how the student learns."""
    skip: int
    articles: int
    votes: int
    gold_copies: int
    student_steps: int


def train_ner_student(data: Path, work: Path, n_folds: int, silver: Silver, split: str, optim: tuple[str, float],
                      seed: int, charlm: list[str]) -> dict[str, float]:
    """The main NER and its fold models tag silver sentences; the NER that ships (ner.pt) learns
    on the gold sentences `gold_copies` times over plus the silver ones. Returns stage timings."""
    t, models = time.time(), work / "models"
    sentences = ner_silver.corpus_sentences(models / "tokenizer.pt", data / "saudinewsnet" / "articles.jsonl.gz",
                                            silver.skip, silver.articles, models / FREQ)
    teachers = [models / ner_silver.TEACHER, *(models / ner_silver.fold_model(k) for k in range(n_folds))]
    tags = [ner_silver.tag(teacher, models / "pretrain.pt", sentences)
            for teacher in tqdm(teachers, desc="teachers tag silver data", unit="model")]
    voted = ner_silver.vote(sentences, tags, silver.votes)
    gold = json.loads((work / "ner" / f"{split}.json").read_text(encoding="utf-8"))
    (work / "ner" / "train_student.json").write_text(json.dumps(gold * silver.gold_copies + voted, ensure_ascii=False),
                                                     encoding="utf-8")
    (work / "ner" / "silver.json").write_text(json.dumps({
        "teachers": len(teachers), "sentences": len(voted),
        "entities": sum(w["ner"].startswith("B-") for sent in voted for w in sent), **asdict(silver)}))
    took = {"ner_silver": round(time.time() - t)}
    student = ner_job(work, ("train_student.json", "dev.json"), "ner.pt", "ner.student", silver.student_steps, optim,
                      seed, charlm)
    return took | wait_all({"ner.student": student}, parallel=1, desc="train NER on gold and silver")


@app.command()
def main(
    data: Path = typer.Option(Path("../shared/data"), help="folder with ud-arabic-pud, anercorp, saudinewsnet, aqmar"),
    out: Path = typer.Option(Path("models"), help="where the model pack is written"),
    work: Path = typer.Option(Path("work"), help="scratch folder for prepared data and checkpoints"),
    only: list[str] = typer.Option(list(STAGES), help=f"stages to run, of {', '.join(STAGES)}"),
    snn_articles: int = typer.Option(12000, help="SaudiNewsNet articles used for word vectors (0: all)"),
    max_vocab: int = typer.Option(40000, help="words kept in the shipped word vectors"),
    min_count: int = typer.Option(5, help="fewest occurrences of a word that gets a vector"),
    with_aqmar: bool = typer.Option(False, help="add AQMAR (PER/LOC/ORG only) to NER training"),
    reuse_tokens: bool = typer.Option(False, help="reuse WORK/snn_tokens.txt from an earlier run"),
    models: list[str] = typer.Option(list(TAGGERS), help=f"taggers the taggers stage trains, of {', '.join(TAGGERS)}"),
    with_dev: list[str] = typer.Option(["depparse", "ner", "lemma"], help="taggers trained on train+dev (steps "
                                       "chosen on dev earlier); POS keeps dev to choose its best step"),
    tokenizer_steps: int = typer.Option(9000, help="tokenizer training steps"),
    pos_steps: int = typer.Option(4000, help="POS training steps (batch 32); Stanza keeps the best on dev"),
    parser_steps: int = typer.Option(1800, help="parser training steps (batch 1000 words)"),
    ner_steps: int = typer.Option(2500, help="NER training steps"),
    ner_optim: str = typer.Option("adam", help="NER optimiser: adam (lr 0.001) scored higher than Stanza's default "
                                  "sgd (lr 0.1) on ANERcorp dev and test, measured"),
    ner_lr: float = typer.Option(0.001, help="NER learning rate"),
    ner_seed: int = typer.Option(7, help=f"NER's random seed (the others use {SEED}): 7 scored higher than {SEED} on "
                                 "ANERcorp dev in train-only runs, 73.96 against 72.53 at the last step; seeds move NER by ±1"),
    lemma_epochs: int = typer.Option(26, help="lemmatizer epochs (26: the best dev epoch of a 30-epoch run on train)"),
    lemma_voters: list[int] = typer.Option([7, 99, 42, 2026], help=f"seeds of the lemmatizers that vote with the main one "
                                           f"(seed {SEED}); each word takes the lemma most of them give"),
    charlm: bool = typer.Option(False, help="train character language models and give them to POS, lemma and NER "
                                "(off: measured, they lowered UPOS, lemma and NER F1 and slow the analysis)"),
    charlm_hidden: int = typer.Option(256, help="character language model hidden size"),
    ner_folds: int = typer.Option(4, help="NER fold models that teach with the main NER (0: no silver data; "
                                  "NER learns on ANERcorp alone)"),
    silver_articles: int = typer.Option(1200, help="SaudiNewsNet articles the NER teachers tag as silver data"),
    silver_skip: int = typer.Option(20000, help="SaudiNewsNet articles skipped before the silver ones (the word "
                                    "vectors learn from the first --snn-articles)"),
    silver_votes: int = typer.Option(3, help="teachers that must give an entity for the silver data to keep it"),
    gold_copies: int = typer.Option(3, help="times the NER that ships sees each ANERcorp sentence per silver one"),
    student_steps: int = typer.Option(5000, help="steps of the NER that learns on gold and silver data"),
    jobs: int = typer.Option(os.cpu_count() or 1, help="processes that tokenize SaudiNewsNet for the word vectors"),
    charlm_epochs: int = typer.Option(8, help="character language model epochs over the SaudiNewsNet text"),
) -> None:
    timings: dict[str, float] = {}
    t0 = time.time()
    if "treebank" in only:
        counts = treebank.prepare(data / "ud-arabic-pud" / "ar_pud-ud-test.conllu", work)
        (work / "ud" / "counts.json").write_text(json.dumps(counts))
    if "tokenizer" in only:
        t = time.time()
        train_tokenizer(work, tokenizer_steps)
        timings["tokenizer"] = round(time.time() - t)
        records.merge(work / "trained.json", {"tokenizer": {"steps": tokenizer_steps, "data": "train", "device": DEVICE}})
    if "vectors" in only:
        t = time.time()
        freq_file = work / "models" / FREQ
        if not (reuse_tokens and freq_file.exists()):
            write_frequencies(data / "saudinewsnet" / "articles.jsonl.gz", freq_file)
        tokens_file, meta = work / "snn_tokens.txt", work / "vectors.json"
        if reuse_tokens and tokens_file.exists() and meta.exists():
            n_tokens = json.loads(meta.read_text())["tokens"]
        else:
            n_tokens = vectors.tokenize_corpus(work / "models" / "tokenizer.pt", data / "saudinewsnet" / "articles.jsonl.gz",
                                               snn_articles, tokens_file, freq_file, jobs)
        pretrain, words = vectors.train(tokens_file, work, 100, max_vocab, SEED, min_count)
        shutil.copy(pretrain, work / "models" / "pretrain.pt")
        meta.write_text(json.dumps({"articles": snn_articles, "tokens": n_tokens, "words": words, "min_count": min_count}))
        timings["vectors"] = round(time.time() - t)
    if "charlm" in only and charlm:
        t = time.time()
        train_charlm(work, charlm_hidden, charlm_epochs)
        timings["charlm"] = round(time.time() - t)
        records.merge(work / "trained.json", {"charlm": {"epochs": charlm_epochs, "hidden": charlm_hidden,
                                                         "data": "SaudiNewsNet", "device": DEVICE}})
    if "taggers" in only:
        t = time.time()
        if "ner" in models and not (reuse_tokens and (work / "ner" / "counts.json").exists()):
            nlp = tokenizer(work / "models" / "tokenizer.pt", sentence_split=False)
            counts = ner_data.prepare(nlp, data, work, with_aqmar, work / "models" / FREQ)
            (work / "ner" / "counts.json").write_text(json.dumps(counts))
            timings["ner_data"] = round(time.time() - t)
        if "ner" in models and ner_folds:
            gold = json.loads((work / "ner" / f"{train_split('ner', with_dev)}.json").read_text(encoding="utf-8"))
            for k, (fold, steps_on) in enumerate(ner_silver.folds(gold, ner_folds)):
                for name, sents in ((f"fold{k}", fold), (f"fold{k}.eval", steps_on)):
                    (work / "ner" / f"{name}.json").write_text(json.dumps(sents, ensure_ascii=False), encoding="utf-8")
        steps = {"pos": pos_steps, "depparse": parser_steps, "ner": ner_steps, "lemma": lemma_epochs}
        for name in models:  # Stanza resumes from a checkpoint it finds: an old one has old vectors
            (work / "models" / f"{name}_checkpoint.pt").unlink(missing_ok=True)
        runs = tagger_jobs(work, steps, with_dev, charlm, (ner_optim, ner_lr), ner_seed, lemma_voters, ner_folds)
        lemmatizers = [name for name in runs if name.startswith("lemma")] if "lemma" in models else []  # main, voters
        if lemmatizers:  # retrained lemmatizers: a voter not asked for would still vote
            for stale in (work / "models").glob(LEMMA_VOTERS):
                stale.unlink()
        folds = [name for name in runs if name.startswith("ner.fold")] if "ner" in models else []
        jobs = [name for name in models if name != "lemma"] + folds + lemmatizers
        timings.update(wait_all({name: runs[name] for name in jobs}, parallel=2))
        if folds:
            silver = Silver(silver_skip, silver_articles, silver_votes, gold_copies, student_steps)
            timings.update(train_ner_student(data, work, len(folds), silver, train_split("ner", with_dev),
                                             (ner_optim, ner_lr), ner_seed, charlm_args(work) if charlm else []))
        if lemmatizers:
            split = train_split("lemma", with_dev)
            if split == "train_dev":
                for name in lemmatizers:
                    lemmas.use_dictionary(work / "models" / f"{name}.pt")
            lemmas.write_spellings(work / "ud" / f"{split}.conllu", work / "models" / LEMMA_SPELLINGS)
        learned = {name: train_split(name, with_dev).replace("_", "+") for name in models}
        if folds:  # the NER that ships is the student
            steps["ner"] = student_steps
            learned["ner"] += f" ×{gold_copies} and silver"
        elif "ner" in models:  # the card must not report silver data this NER did not learn on
            (work / "ner" / "silver.json").unlink(missing_ok=True)
        records.merge(work / "trained.json", {
            name: {"steps" if name != "lemma" else "epochs": steps[name], "data": learned[name], "device": DEVICE,
                   "charlm": name in CHARLM_USERS and bool(charlm and charlm_args(work)),
                   **({"optim": f"{ner_optim} lr {ner_lr:g}", "seed": ner_seed} if name == "ner" else {}),
                   **({"voters": lemma_voters} if name == "lemma" else {})}
            for name in models})
    if timings:
        records.merge(work / "timings.json", timings)
    if "evaluate" in only:
        from training import evaluate

        evaluate.write_pack(data, work, out)
    print(f"done in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    app()
