"""Stanza's Document flattened into plain data the extraction stages read.

Every word carries character offsets into the submitted text, so every extracted
field can point back at its words. With multi-word tokens (official models) the
words of one token share that token's span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import stanza

from workers.arabic import norm
from workers.ner_context import propagate
from workers.nlp import NLP
from workers.segmentation import RARE, tokenize

__all__ = ["Analysis", "Entity", "Sentence", "Word", "analyse", "norm"]


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

    key: str = ""  # bare form for lexicon matching, set by `keys`
    freq: int = 0  # how common the word is in news (SaudiNewsNet), where the pack has the list

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
    counted: bool = False  # the words carry news frequencies (the pack has the list)
    # what the extraction derives from a finished analysis and reads many times (a sentence's persons)
    memo: dict = field(default_factory=dict, repr=False, compare=False)

    def sentence_words(self, sent: int) -> list[Word]:
        s = self.sentences[sent]
        return self.words[s.first:s.last + 1]

    def span_text(self, first: int, last: int) -> str:
        return self.text[self.words[first].start:self.words[last].end]

    def word_indices(self, start: int, end: int) -> list[int]:
        """Indices of the words that begin within text[start:end]."""
        return [w.index for w in self.words if start <= w.start < end]


def from_stanza(doc: stanza.Document, text: str, offsets: list[list[tuple[int, int]]] | None = None) -> Analysis:
    """offsets: each token's (start, end) in `text`, where the document was built from pre-split tokens."""
    words: list[Word] = []
    sentences: list[Sentence] = []
    for si, sent in enumerate(doc.sentences):
        base = len(words)
        for ti, token in enumerate(sent.tokens):
            t_start, t_end = offsets[si][ti] if offsets else (token.start_char, token.end_char)
            for w in token.words:
                single = len(token.words) == 1 and offsets
                start = t_start if single or w.start_char is None else w.start_char
                end = t_end if single or w.end_char is None else w.end_char
                words.append(Word(index=len(words), sent=si, text=w.text, lemma=w.lemma or w.text,
                                  upos=w.upos or "X", feats=w.feats or "", head=-1, deprel=w.deprel or "dep",
                                  start=start, end=end, ner=token.ner or "O"))
        for offset, w in enumerate(sent.words):
            words[base + offset].head = base + w.head - 1 if w.head else -1
        sentences.append(Sentence(si, base, len(words) - 1, words[base].start, words[-1].end))
    return Analysis(text=text, words=words, sentences=sentences)  # entities: finish() reads them


def _entities(words: list[Word]) -> list[Entity]:
    """Entity spans from the words' BIOES tags."""
    out: list[Entity] = []
    current: Entity | None = None
    for w in words:
        tag, _, label = w.ner.partition("-")
        if tag in ("B", "S") or (tag in ("I", "E") and (current is None or current.type != label)):
            current = Entity(label, w.index, w.index)
            out.append(current)
        elif tag in ("I", "E") and current is not None:
            current.last = w.index
        if tag in ("E", "S", "O"):
            current = None
    return out


def starts_with_lam(rest: str, freq: dict[str, int] | None) -> bool:
    """After ل, is `rest` a word that begins with ل (ل|لقاء، للجنة: the article's ل written once) rather
    than the article's ل and a noun (ل|لسلطة، للأمم)? News writes the article before the reading that is."""
    if not freq:
        return False
    as_word, as_noun = (freq.get(norm("ال" + x), 0) for x in (rest, rest[1:]))
    if max(as_word, as_noun) >= RARE:  # twice as common: لأزمة normalises as لازمة, and news writes اللازمة too
        return as_word > 2 * as_noun
    return freq.get(norm(rest), 0) > max(RARE, freq.get(norm(rest[1:]), 0))  # لبنان: a name, never with the article


def keys(words: list[Word], freq: dict[str, int] | None = None) -> None:
    """Bare forms: normalised, without the article; ل + لسلطة (PUD's split of للسلطة) keys as سلطة,
    ل + لقاء as لقاء (the news frequencies tell which; without them, the article)."""
    for i, w in enumerate(words):
        n, raw = norm(w.text), w.text
        if i > 0 and words[i - 1].text == "ل" and words[i - 1].end == w.start and raw.startswith("ل") and len(n) > 2:
            n, raw = ("ال" + n, "ال" + raw) if starts_with_lam(raw, freq) else ("ا" + n, "ا" + raw)
        elif raw.startswith("لل") and len(n) > 4:
            # للأمم → الأمم، للقاء → اللقاء
            n, raw = ("ا" + n, "ا" + raw) if starts_with_lam(raw[1:], freq) else ("ا" + n[1:], "ا" + raw[1:])
        if n.endswith(("ئ", "ؤ")) and i + 1 < len(words) and words[i + 1].upos == "PRON" and words[i + 1].start == w.end:
            n = n[:-1] + "ء"  # لقائ|ه، لقاؤ|هما: the hamza's seat moves before a pronoun, the word is لقاء
        w.key = n[2:] if raw.startswith("ال") and len(n) > 4 else n


def carry_entities(analysis: Analysis) -> None:
    """Give the labels of the article's entities to their other mentions (workers.ner_context),
    then read the entities sentence by sentence."""
    spans = [analysis.sentence_words(s.index) for s in analysis.sentences]
    for words, tags in zip(spans, propagate([[w.text for w in ws] for ws in spans], [[w.ner for w in ws] for ws in spans])):
        for w, tag in zip(words, tags):
            w.ner = tag
    analysis.entities = [e for words in spans for e in _entities(words)]


LINE = re.compile(r"[^\n]+")
# the Persian yaa and kaf some sites type in Arabic (الايرانی، فی): the models learned the Arabic letters;
# one letter for one, so every offset into the text stays true
ARABIC_LETTERS = str.maketrans({"ی": "ي", "ک": "ك"})


def analyse(nlp: NLP, text: str) -> Analysis:
    return analyse_many(nlp, [text])[0]


def analyse_many(nlp: NLP, texts: list[str]) -> list[Analysis]:
    """Analyse several articles in one pass of each Stanza processor (larger batches).

    Each line is analysed on its own (a headline without a full stop is its own sentence);
    offsets are shifted back into each whole text."""
    lines = [[m for m in LINE.finditer(text) if m.group().strip()] for text in texts]
    flat = [m.group().translate(ARABIC_LETTERS) for article in lines for m in article]
    if nlp.tokenizer is not None:
        tokenized = tokenize(nlp.tokenizer, flat, nlp.frequencies or {})
        docs = nlp.tag([stanza.Document([], text=[[t for t, _, _ in s] for s in sents])
                        for sents in tokenized]) if flat else []
        offsets = [[[(a, b) for _, a, b in s] for s in sents] for sents in tokenized]
    else:
        docs = nlp.tag([stanza.Document([], text=t) for t in flat]) if flat else []
        offsets = [None] * len(docs)
    parts = iter(zip(docs, offsets))
    return [_merge(nlp, text, [(m, *next(parts)) for m in article]) for text, article in zip(texts, lines)]


def _merge(nlp: NLP, text: str, lines: list) -> Analysis:
    merged = Analysis(text=text, words=[], sentences=[], entities=[])
    for m, doc, offs in lines:
        part = from_stanza(doc, m.group(), offs)
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
    finish(nlp, merged)
    return merged


def finish(nlp: NLP, analysis: Analysis) -> None:
    """What the extraction reads beyond Stanza's output: the article's entities (with labels
    carried to other mentions), the words' bare forms and corpus frequencies."""
    carry_entities(analysis)
    keys(analysis.words, nlp.frequencies)
    if nlp.frequencies:
        analysis.counted = True
        for w in analysis.words:
            w.freq = nlp.frequencies.get(norm(w.text), 0)
