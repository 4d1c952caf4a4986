"""Spell a generated lemma the way the treebank spells it; let lemmatizers vote.

Stanza's lemmatizer looks a word up in the dictionary of its training words and
generates a lemma letter by letter, diacritics included, only for a word it has not
seen. The letters it mostly gets right; the diacritics it often does not (كَلمَة for
كَلِمَة, كَان for كان). A generated lemma whose letters, diacritics aside, and POS are
those of lemmas in the training data takes the spelling the training data uses most.

Where the pack has lemmatizers trained with other seeds, each word takes the lemma
most of them give (each respelled first), the main lemmatizer's where no other lemma
has more votes. They share the dictionary, so only generated lemmas can differ.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import stanza

# harakat, shadda, sukun, dagger alif and PUD's backtick for it: what the letters carry.
# Not workers.arabic.DIACRITICS: that one also drops tatweel, which PUD lemmas keep as a letter (الـ84, ـ)
DIACRITICS = re.compile("[\u064b-\u0652\u0670`]")


def letters(lemma: str) -> str:
    return DIACRITICS.sub("", lemma)


@dataclass(frozen=True)
class LemmaSpellings:
    best: dict[tuple[str, str], str]  # (letters, UPOS) → the lemma spelled most often

    @classmethod
    def count(cls, words: Iterable[tuple[str, str]]) -> LemmaSpellings:
        """From (lemma, UPOS) pairs of a treebank; ties go to the spelling seen first."""
        counts = Counter(words)
        best: dict[tuple[str, str], str] = {}
        for (lemma, upos), _ in counts.most_common():
            best.setdefault((letters(lemma), upos), lemma)
        return cls(best)

    @classmethod
    def read(cls, path: Path) -> LemmaSpellings:
        best = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            bare, upos, lemma = line.split("\t")
            best[(bare, upos)] = lemma
        return cls(best)

    def write(self, path: Path) -> None:
        path.write_text("".join(f"{bare}\t{upos}\t{lemma}\n" for (bare, upos), lemma in sorted(self.best.items())),
                        encoding="utf-8")

    def respell(self, docs: list[stanza.Document], lemmatizer: object) -> int:
        """Respell the lemmas `lemmatizer` (a Stanza lemma trainer) generated; returns how many changed."""
        words = [w for d in docs for s in d.sentences for w in s.words]
        in_dictionary = lemmatizer.skip_seq2seq([(w.text, w.upos) for w in words])  # type: ignore[attr-defined]
        changed = 0
        for word, known in zip(words, in_dictionary):
            if known or not word.lemma:
                continue
            spelled = self.best.get((letters(word.lemma), word.upos), word.lemma)
            changed += spelled != word.lemma
            word.lemma = spelled
        return changed


def vote(ballots: list[list[str]]) -> list[str]:
    """Per word, the lemma most lemmatizers give; the first lemmatizer's unless another has more votes."""
    elected = []
    for candidates in zip(*ballots, strict=True):
        votes = Counter(candidates)
        top, n = votes.most_common(1)[0]
        elected.append(top if n > votes[candidates[0]] else candidates[0])
    return elected
