"""The lemmatizer's training beyond Stanza's run, and the lemma spellings of the pack.

Stanza's lemmatizer keeps the epoch that scores best on dev with its dictionary of
training words ensembled in. Trained on train+dev, that dictionary knows every dev word
and epoch 1 already scores near 100, so it would be kept. On train+dev it therefore
learns without the dictionary in the dev score (`--no_dict`, the epoch count chosen on
dev in a train-only run); the dictionary, built from train+dev all the same, is switched
back on here. The spellings (workers.lemmas) come from the same treebank.
"""

from __future__ import annotations

from pathlib import Path

import torch
from stanza.utils.conll import CoNLL

from workers.lemmas import LemmaSpellings


def use_dictionary(model: Path) -> None:
    checkpoint = torch.load(model, map_location="cpu", weights_only=False)
    checkpoint["config"]["ensemble_dict"] = True
    torch.save(checkpoint, model)


def write_spellings(treebank: Path, out: Path) -> int:
    words = ((w.lemma, w.upos) for s in CoNLL.conll2doc(input_file=str(treebank)).sentences for w in s.words)
    spellings = LemmaSpellings.count(words)
    spellings.write(out)
    return len(spellings.best)
