"""Entity labels carried to other mentions of the same words in nearby sentences.

NER tags each sentence alone, so it finds "وزير الخارجية حسن الاعرجي" and then misses
"الاعرجي" two sentences on. Here every entity found within WINDOW sentences (and the
surname, the last word, of every person named in full) labels the same words where NER
left them outside any entity. Measured out of fold on ANERcorp train+dev, which chose the
window, and on ANERcorp test (`python -m training.ner_window`; README, "NER").
"""

from __future__ import annotations

from collections import Counter

from stanza.models.ner.utils import decode_from_bioes

WINDOW = 5  # sentences either side
MIN_SURNAME = 3  # letters; a shorter last word (بن، أبو) is no surname to carry


def mentions(words: list[str], tags: list[str]) -> list[tuple[tuple[str, ...], str]]:
    """(words, type) of each entity in one sentence's BIOES tags, and a person's surname alone."""
    out = []
    for e in decode_from_bioes(tags):
        phrase = tuple(words[e["start"]:e["end"] + 1])
        out.append((phrase, e["type"]))
        if e["type"] == "PERS" and len(phrase) > 1 and len(phrase[-1]) >= MIN_SURNAME:
            out.append((phrase[-1:], "PERS"))
    return out


def propagate(sentences: list[list[str]], tags: list[list[str]], window: int = WINDOW) -> list[list[str]]:
    """BIOES tags of consecutive sentences of one text, with the labels of nearby entities
    given to the same words where they are tagged O; longest phrase first, and where nearby
    mentions disagree on the type, the most frequent type."""
    found = [mentions(w, t) for w, t in zip(sentences, tags)]
    out = []
    for i, (words, sent_tags) in enumerate(zip(sentences, tags)):
        votes = Counter(m for nearby in found[max(0, i - window):i + window + 1] for m in nearby)
        known: dict[tuple[str, ...], str] = {}
        for (phrase, label), _ in votes.most_common():
            known.setdefault(phrase, label)
        longest = max((len(p) for p in known), default=0)
        new, k = list(sent_tags), 0
        while k < len(words):
            for n in range(min(longest, len(words) - k), 0, -1):
                label = known.get(tuple(words[k:k + n]))
                if label and all(t == "O" for t in new[k:k + n]):
                    new[k:k + n] = [f"S-{label}"] if n == 1 else [f"B-{label}", *[f"I-{label}"] * (n - 2), f"E-{label}"]
                    k += n - 1
                    break
            k += 1
        out.append(new)
    return out
