"""Repairs to the tokenizer's clitic splits, shared by training and run time.

The tokenizer learned clitic splitting from 800 PUD sentences and over-splits news
words: الأمريك|ي، صبا|ح، و|زير. A split is undone when its second piece is no clitic
(the rare first-person ي included), or when the piece after a one-letter prefix is
no word of its own in news (a word frequency list from SaudiNewsNet) while the whole is, or
(after ب، ل، ك، ف، س and before no article) is more than twice as common (names: ل|يبرمان → ليبرمان),
or when the whole is a title word heading a definite noun (و|لي العهد → ولي العهد).
Two kinds of split it misses are made: the future prefix before a verb (سيموت → س|يموت)
and ب or و before a noun that news writes with the article while never the whole
(بتهمة → ب|تهمة, ورواج → و|رواج).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import stanza

from workers.arabic import norm

PREFIXES = {"و", "ف", "ب", "ل", "ك", "س"}
ARTICLE = "ال"
SUFFIXES = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "نا", "ني"}
MISREAD_PREPOSITIONS = {"ألي"}  # إلى is written with إ: ألي|نا is a name (ألينا), not إلي|نا
WORD = re.compile(r"\S+")


@lru_cache(maxsize=2)
def load_frequencies(path: Path) -> dict[str, int]:
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, _, count = line.partition("\t")
        out[word] = int(count)
    return out


@lru_cache(maxsize=1)
def title_heads() -> frozenset[str]:
    """Title words of the people lexicon (وزير، ولي، وكيل), normalised."""
    from workers.extraction.lexicon import people  # here, not above: the extraction imports this module

    return frozenset(people()["title_heads"])


def common(freq: dict[str, int], form: str) -> int:
    return freq.get(norm(form), 0)


LETTERS = r"[\u0621-\u064a\u0671-\u06d3]"
ARABIC_WORD = re.compile(LETTERS + "+")
NEXT_WORD = re.compile(r"\s*(\S+)")
GLUED = re.compile(LETTERS + "*")
NAME_LINK = " بن"  # frequency-list entries `word بن` count a word written before «بن»
RARE = 30  # a piece seen fewer times than this in news, alone, is no word
INDEFINITE_GENITIVES = {"عهد"}  # ولي عهد أبوظبي: a title's genitive without the article


def keep_split(piece_before: str, piece_after: str, freq: dict[str, int], next_word: str | None = None,
               tail: str = "") -> bool:
    """Should `piece_before|piece_after` (written as one word, before `next_word`, with `tail` glued after
    it) stay two tokens?"""
    if piece_before in MISREAD_PREPOSITIONS:
        return False  # ألي|نا: إلى is written with إ, so أليـ opens a name (ألينا)
    if norm(piece_after) in SUFFIXES:
        return True  # لها، بها، وصوله: a pronoun
    if piece_before == "ل" and piece_after.startswith("ل"):
        return True  # ل + لسلطة: the PUD convention for لل
    if norm(piece_before) in PREFIXES and len(piece_before) == 1:
        if next_word and norm(piece_before + piece_after) in title_heads() and (
                next_word.startswith("ال") or norm(next_word) in title_heads() | INDEFINITE_GENITIVES):
            return False  # و|لي العهد، و|لي ولي العهد، و|لي عهد أبوظبي: where both readings are words, a title heads its genitive
        if not freq:
            return True
        as_name = common(freq, piece_before + piece_after + NAME_LINK)
        rest_name = common(freq, piece_after + NAME_LINK)
        if as_name >= RARE and (rest_name * 10 <= as_name or (
                next_word is not None and norm(next_word) in ("بن", "ابن") and rest_name * 2 < as_name)):
            return False  # ف|يصل: a given name, before «بن» far more often than its rest; before «بن» itself, more
            # often (س|عيد بن محمد: سعيد, though عيد is a name too)
        rest, whole = common(freq, piece_after), common(freq, piece_before + piece_after)
        if rest < RARE <= whole:
            return False  # و|زير، ل|افروف: the rest alone is no word, the whole is one
        if tail and (rest_tail := common(freq, piece_after + tail)) < RARE \
                and common(freq, piece_before + piece_after + tail) > 2 * rest_tail:
            return False  # ل|قائ|هما: with its pronoun, the rest is rare in news and the whole (لقائهما) more common
        # ب|لغاريا، ل|يبرمان: both rare, but news writes the whole (a name) far more often than the rest.
        # Not after و, nor before the article: و|الضراء، ب|التدريج are rare words that news writes after them
        return not (rest < RARE and whole > 2 * rest and piece_before != "و" and not piece_after.startswith(ARTICLE))
    return False  # ي, ح, ـ … are no clitics in news text


def repair(text: str, tokens: list[tuple[str, int, int]], freq: dict[str, int]) -> list[tuple[str, int, int]]:
    """Merge back wrong splits; tokens are (text, start, end) with offsets into `text`."""
    out: list[tuple[str, int, int]] = []
    for tok in tokens:
        if out and out[-1][2] == tok[1] and tok[0].isalpha() and out[-1][0].isalpha():
            prev = out[-1]
            following = NEXT_WORD.match(text, tok[2])  # the next word as written, whatever its split
            tail = GLUED.match(text, tok[2])[0]  # the letters written on after the piece (a pronoun)
            if not keep_split(prev[0], tok[0], freq, following[1] if following else None, tail):
                out[-1] = (text[prev[1]:tok[2]], prev[1], tok[2])
                continue
        out.append(tok)
    return out


def _prefixed(text: str, prefixes: tuple[str, ...]) -> bool:
    """A word of letters only that starts with one of `prefixes` and has 3+ letters after it."""
    return len(text) >= 4 and text.startswith(prefixes) and text.isalpha()


def _first_letter_off(tok: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    text, start, end = tok
    return [(text[0], start, start + 1), (text[1:], start + 1, end)]


IMPERFECT = ("ي", "ت", "ن")  # a future verb's person prefix after س (not أ: سألت, سأم are words)


MARKS = ("؛", "؟", "،")  # Arabic marks the tokenizer may leave on the word before them (أبو راس؛)
OPENING = ("«", "“")  # quotation marks it may leave on the word they open or close (بنك «باركليز»)
CLOSING = ("»", "”")


def split_mark(tok: tuple[str, int, int]) -> list[tuple[str, int, int]]:
    text, start, end = tok
    before = []
    while len(text) > 1 and text.startswith(OPENING) and text[1].isalpha():
        before.append((text[0], start, start + 1))
        text, start = text[1:], start + 1
    after = []
    while len(text) > 1 and text.endswith(MARKS + CLOSING) and (text[-2].isalpha() or text[-2] in CLOSING):
        after.insert(0, (text[-1], end - 1, end))
        text, end = text[:-1], end - 1
    return [*before, (text, start, end), *after]


def split_future(tok: tuple[str, int, int], freq: dict[str, int]) -> list[tuple[str, int, int]]:
    """س|يموت: a word of س, a person prefix and more, whose rest is a word in news at least
    twice as common as the whole (سيدة, سياسة, سنوات stay whole: their rest is no word)."""
    text = tok[0]
    if not _prefixed(text, ("س",)) or not text.startswith(IMPERFECT, 1):
        return [tok]
    rest = common(freq, text[1:])
    return _first_letter_off(tok) if rest >= RARE and rest >= 2 * common(freq, text) else [tok]


# not ل nor ف: measured on PUD, they made more wrong splits than right ones (with ل, train words
# F1 fell from 98.49 to 97.52); nor ك: it cuts given names and places (كمال, كوفي, كابل in ANERcorp)
PROCLITICS = ("ب", "و")


def split_proclitic(tok: tuple[str, int, int], freq: dict[str, int]) -> list[tuple[str, int, int]]:
    """ب|تهمة: a word of ب or و and a rest of 3+ letters that news writes with the article
    (التهمة is common: the rest is a noun) while it never writes the whole so (بعيد, بطاقة,
    وزير take the article themselves and stay whole), and no more than twice as common as
    its rest (the verb وافق stays)."""
    text = tok[0]
    if not _prefixed(text, PROCLITICS) or text.startswith(ARTICLE, 1):
        return [tok]
    rest = common(freq, text[1:])
    if (rest >= RARE and common(freq, ARTICLE + text[1:]) >= RARE and common(freq, ARTICLE + text) < RARE
            and 2 * rest >= common(freq, text)):
        return _first_letter_off(tok)
    return [tok]


def tokenize(tokenizer: stanza.Pipeline, texts: list[str], freq: dict[str, int]) -> list[list[list[tuple[str, int, int]]]]:
    """Sentences of repaired (text, start, end) tokens for each text."""
    if not texts:
        return []
    docs = tokenizer.bulk_process([stanza.Document([], text=t) for t in texts])
    out = []
    for text, doc in zip(texts, docs):
        out.append([[piece for tok in repair(text, [(t.text, t.start_char, t.end_char) for t in sent.tokens], freq)
                     for bare in split_mark(tok) for future in split_future(bare, freq)
                     for piece in split_proclitic(future, freq)]
                    for sent in doc.sentences])
    return out


def count_words(texts: Iterable[str], top: int = 80000, min_count: int = 3) -> list[tuple[str, int]]:
    """The `top` commonest words, then the words written before «بن» as `word بن` entries: the
    given names (فيصل بن …) the repairs keep whole."""
    counts: Counter[str] = Counter()
    before_bin: Counter[str] = Counter()
    for text in texts:
        words = [norm(w) for w in ARABIC_WORD.findall(text)]
        counts.update(words)
        before_bin.update(a + NAME_LINK for a, b in itertools.pairwise(words) if b == "بن")
    return ([(w, c) for w, c in counts.most_common(top) if c >= min_count]
            + [(w, c) for w, c in before_bin.most_common() if c >= min_count])
