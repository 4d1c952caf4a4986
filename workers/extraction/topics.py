"""What the parties took up: cue phrases per spec key, each extended to the phrase that names the subject."""

from __future__ import annotations

from schemas import Participant, Span, Topic, TopicKey
from workers.analysis import Analysis, norm
from workers.extraction.countries import countries_in, is_international
from workers.extraction.lexicon import topic_cues
from workers.extraction.mentions import is_punct

REGION_WORDS = {"اقليميه", "اقليمي", "دوليه", "منطقه", "ساحه", "عربيه", "جاريه", "عامه", "راهنه"}
COOPERATION = {TopicKey.bilateral_relations, TopicKey.security_cooperation, TopicKey.defense_military,
               TopicKey.economy_trade, TopicKey.energy, TopicKey.education_culture, TopicKey.health}
STOP_WORDS = {"حيث", "التي", "الذي", "بما", "مما", "كما", "وذلك", "ذلك", "اضافه", "الي", "خلال", "مع", "عن", "الا", "ان", "انه"}


def phrase_end(analysis: Analysis, i: int, last: int) -> int:
    """Extend a cue over its complement: adjectives, genitives, في/بين + place, و + adjective."""
    words = analysis.words
    j = i
    while j + 1 <= last and j - i < 8:
        nxt = words[j + 1]
        form = norm(nxt.text)
        if is_punct(nxt) or form in STOP_WORDS or nxt.upos in ("VERB", "AUX", "PRON", "SCONJ"):
            break
        if form in ("في", "بين", "ل", "على") and j + 2 <= last and not is_punct(words[j + 2]):
            j += 2
            continue
        if form == "و" and j + 2 <= last and words[j + 2].upos in ("ADJ", "NOUN", "PROPN") and not is_punct(words[j + 2]):
            j += 2
            continue
        if nxt.upos in ("NOUN", "ADJ", "PROPN", "NUM", "X", "DET"):
            j += 1
            continue
        break
    return j


def subject_end(analysis: Analysis, cue_last: int, end: int) -> int:
    """The subject's own words: up to a و that joins another noun (مستجدات الوضع اليمني | والجهود الأممية …),
    whose country or body is another subject's; places joined by و (في السودان ولبنان) stay."""
    words = analysis.words
    for j in range(cue_last + 1, end):
        if norm(words[j].text) == "و" and words[j + 1].upos == "NOUN":
            return j - 1
    return end


def has_place(analysis: Analysis, first: int, last: int) -> bool:
    return bool(countries_in(analysis, first, last)) or any(
        w.key in REGION_WORDS or w.ner[2:] == "LOC" for w in analysis.words[first:last + 1])


def sentence_topics(analysis: Analysis, sent: int, exclude: set[int] | frozenset[int] = frozenset()) -> list[Topic]:
    """exclude: words of the parties' names and titles (وزير النفط العراقي names no subject)."""
    s = analysis.sentences[sent]
    words = analysis.words
    forms = [w.key for w in words]
    out: list[Topic] = []
    used: set[int] = set(exclude)
    i = s.first
    while i <= s.last:
        match = None
        for cue, key, needs_place in topic_cues():
            n = len(cue)
            if i + n - 1 <= s.last and tuple(forms[i:i + n]) == cue and not used & set(range(i, i + n)):
                end = max(i + n - 1, phrase_end(analysis, i + n - 1, s.last))
                if needs_place and not has_place(analysis, i + n, end):
                    continue
                match = (key, end, n)
                break
        if match is None:
            i += 1
            continue
        key, end, cue_len = match
        core = subject_end(analysis, i + cue_len - 1, end)
        codes = list(dict.fromkeys(h.code for h in countries_in(analysis, i, core)))
        if is_international(analysis, i, core) or (len(codes) > 1 and (
                TopicKey(key) in COOPERATION or any(norm(w.text) == "بين" for w in words[i:core + 1]))):
            codes = []  # التعاون مع الاتحاد الأوروبي، الحرب بين روسيا وأوكرانيا: about no one country
        start_c, end_c = words[i].start, words[end].end
        evidence = Span(text=analysis.text[start_c:end_c], start=start_c, end=end_c)
        # الأوضاع في السودان ولبنان: one subject per country listed
        out += [Topic(key=TopicKey(key), country=code, evidence=evidence) for code in codes or [None]]
        used.update(range(i, i + cue_len))
        i += cue_len  # cues inside the phrase count too: سبل تعزيز التعاون الاقتصادي
    return out


def about_third_party(topic: Topic, participants: list[Participant]) -> Topic:
    """Cooperation between the parties (العلاقات بين المملكة وأمريكا) is about no third country."""
    if topic.key in COOPERATION and topic.country in {p.country for p in participants}:
        return topic.model_copy(update={"country": None})
    return topic


def merge(topics: list[Topic]) -> list[Topic]:
    """One entry per (key, country); the first evidence stands."""
    seen, out = set(), []
    for t in topics:
        if (t.key, t.country) not in seen:
            seen.add((t.key, t.country))
            out.append(t)
    return out
