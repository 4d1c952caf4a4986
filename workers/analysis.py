"""Stanza's Document flattened into plain data the extraction stages read.

Every word carries character offsets into the submitted text, so every extracted
field can point back at its words. With multi-word tokens (official models) the
words of one token share that token's span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import stanza

DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
ALEF = re.compile("[أإآٱ]")


def norm(text: str) -> str:
    """Arabic surface form for matching: no diacritics or tatweel, unified alef, yaa and taa marbuta."""
    text = DIACRITICS.sub("", text)
    text = ALEF.sub("ا", text)
    return text.replace("ى", "ي").replace("ة", "ه")


@dataclass
class Word:
    index: int  # position in the document's word list
    sent: int
    text: str
    lemma: str
    upos: str
    feats: str
    head: int  # document index of the head, -1 for the root
    deprel: str
    start: int
    end: int
    ner: str = "O"  # BIOES tag, as Stanza gives it

    @property
    def n(self) -> str:
        return norm(self.text)

    @property
    def nlemma(self) -> str:
        return norm(self.lemma or self.text)


@dataclass
class Entity:
    type: str  # PERS, LOC, ORG, MISC
    first: int  # word indices, inclusive
    last: int


@dataclass
class Sentence:
    index: int
    first: int  # word indices, inclusive
    last: int
    start: int
    end: int


@dataclass
class Analysis:
    text: str
    words: list[Word]
    sentences: list[Sentence]
    entities: list[Entity] = field(default_factory=list)

    def sentence_words(self, sent: int) -> list[Word]:
        s = self.sentences[sent]
        return self.words[s.first:s.last + 1]

    def span_text(self, first: int, last: int) -> str:
        return self.text[self.words[first].start:self.words[last].end]


def from_stanza(doc: stanza.Document, text: str) -> Analysis:
    words: list[Word] = []
    sentences: list[Sentence] = []
    for si, sent in enumerate(doc.sentences):
        base = len(words)
        for token in sent.tokens:
            for w in token.words:
                start = w.start_char if w.start_char is not None else token.start_char
                end = w.end_char if w.end_char is not None else token.end_char
                words.append(Word(index=len(words), sent=si, text=w.text, lemma=w.lemma or w.text,
                                  upos=w.upos or "X", feats=w.feats or "", head=-1, deprel=w.deprel or "dep",
                                  start=start, end=end, ner=token.ner or "O"))
        for offset, w in enumerate(sent.words):
            words[base + offset].head = base + w.head - 1 if w.head else -1
        sentences.append(Sentence(si, base, len(words) - 1, words[base].start, words[-1].end))
    entities = []
    for ent in doc.entities:
        inside = [w.index for w in words if w.start >= ent.start_char and w.end <= ent.end_char]
        if inside:
            entities.append(Entity(ent.type, inside[0], inside[-1]))
    return Analysis(text=text, words=words, sentences=sentences, entities=entities)


LINE = re.compile(r"[^\n]+")


def analyse(nlp: stanza.Pipeline, text: str) -> Analysis:
    """Each line is analysed on its own (a headline without a full stop is its own sentence);
    offsets are shifted back into the whole text."""
    lines = [m for m in LINE.finditer(text) if m.group().strip()]
    docs = nlp.bulk_process([stanza.Document([], text=m.group()) for m in lines]) if lines else []
    merged = Analysis(text=text, words=[], sentences=[], entities=[])
    for m, doc in zip(lines, docs):
        part = from_stanza(doc, m.group())
        base_w, base_s, off = len(merged.words), len(merged.sentences), m.start()
        for w in part.words:
            w.index += base_w
            w.sent += base_s
            w.head = w.head + base_w if w.head >= 0 else -1
            w.start += off
            w.end += off
        for s in part.sentences:
            merged.sentences.append(Sentence(s.index + base_s, s.first + base_w, s.last + base_w, s.start + off, s.end + off))
        merged.words.extend(part.words)
        merged.entities.extend(Entity(e.type, e.first + base_w, e.last + base_w) for e in part.entities)
    return merged
