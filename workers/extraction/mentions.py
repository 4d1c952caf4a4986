"""People, bodies and states named in a sentence, each with its title and country.

A person is a name core (an NER person, or proper nouns after an honorific or a
title), stripped of honorifics and extended over family links (بن، آل). Its title
is the apposition chain beside it (وزير الدفاع الأمريكي اشتون كارتر / سمير جعجع،
رئيس حزب القوات اللبنانية); its country comes from that chain: a demonym, a
country, a capital or a fixed title (خادم الحرمين الشريفين → SA), and is null
when the chain names an international body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from schemas import Kind
from workers.analysis import Analysis, Word, norm
from workers.extraction.countries import CountryHit, country_in, holder_country, is_international, match_at
from workers.extraction.lexicon import meeting_words, people
from workers.extraction.names import (
    BODY_HEADS,
    name_cores,
    named_after,
    nisba_surname,
    plain_cores,
    regnal_end,
    surnames,
    surnames_before,
    verb_follows_nisba,
)
from workers.extraction.titles import PLURAL_HEADS, left_title, right_title, shared_title
from workers.extraction.word_classes import (
    CHAIN_POS,
    COUNTERPART,
    chain_ok,
    honorific_before,
    is_person_tag,
    is_time_word,
    is_title_head,
)


@dataclass
class Mention:
    kind: Kind
    first: int  # name words, inclusive
    last: int
    sent: int
    title: tuple[int, int] | None = None
    country: CountryHit | None = None
    international: bool = False
    listing: bool = False  # a group that lists its states (سفراء كل من الصين وروسيا): it stands for them

    def name(self, analysis: Analysis) -> str:
        return analysis.span_text(self.first, self.last)

    @property
    def extent(self) -> tuple[int, int]:
        lo, hi = self.first, self.last
        if self.title:
            lo, hi = min(lo, self.title[0]), max(hi, self.title[1])
        return lo, hi


def persons(analysis: Analysis, sent: int) -> list[Mention]:
    """The persons named in a sentence, each with its title and country; read by the triggers, the
    parties and the article's titled mentions alike, so found once per sentence."""
    if ("persons", sent) not in analysis.memo:
        analysis.memo[("persons", sent)] = find_persons(analysis, sent)
    return list(analysis.memo[("persons", sent)])


def find_persons(analysis: Analysis, sent: int) -> list[Mention]:
    s = analysis.sentences[sent]
    known = surnames_before(analysis, sent)
    cores = name_cores(analysis, sent, known)
    if new := surnames(analysis, cores) - known:  # named in full earlier in this sentence (… ليون، يحث السيد ليون)
        cores = name_cores(analysis, sent, known | new)
    cores = [(first, last) for first, last in cores if not named_after(analysis, first)]
    cores = [part for core in cores for part in two_named(analysis, sent, core)]
    taken = {i for a, b in cores for i in range(a, b + 1)}
    lefts = {}
    for first, _last in cores:  # a title right before a name is that name's (وزير التجارة الهندي بيوش غويال)
        left = left_title(analysis, first, s.first, taken)
        if left:
            lefts[first] = left
            taken.update(range(left[0], left[1] + 1))
    out = []
    for first, last in cores:
        left = lefts.get(first)
        if (end := regnal_end(analysis, first, last, s)) > last:
            last = end  # الملك عبدالله الثاني عاهل الأردن: the title follows the ordinal
            taken.update(range(first, end + 1))
        right = right_title(analysis, last, s.last, taken)
        if left and right and (other_state(analysis, left, right) or bare_office(analysis, *right)):
            right = None  # استقبل الرئيس التركي أردوغان رئيس الوزراء العراقي، رئيس الحكومة عزيز أخنوش الوزير
            # الموريتاني: the title after is the one received
        chains = [c for c in (left, right) if c]
        title = max(chains, key=lambda c: c[1] - c[0]) if chains else None
        if left and analysis.words[left[0]].key in COUNTERPART:
            title = right  # بنظيره التركي إبراهيم قالن: the counterpart word is no title
        m = Mention(Kind.person, first, last, sent, title=title)
        if title is None and (shared := shared_title(analysis, first, s.first, cores)):
            m.title, m.country = shared  # وزراء خارجية مصر X والأردن Y
        for a, b in chains:
            taken.update(range(a, b + 1))
            m.international = m.international or is_international(analysis, a, b)
            if not m.international and m.country is None:
                m.country = holder_country(analysis, a, b)
        if m.country is None and not m.international and (joined := joined_demonym(analysis, first, s.first)):
            m.country = joined  # نظيريه الأمريكي جون كيري والسعودي عادل الجبير
        if not right and ((left and nisba_surname(analysis, last, s.last)) or (not left and verb_follows_nisba(analysis, last, s.last))):
            m.last += 1
            taken.add(m.last)
        out.append(m)
    return out


def earlier_names(analysis: Analysis, sent: int) -> list[tuple[str, ...]]:
    """The keys of the names of two words or more in the sentences before `sent`."""
    if ("earlier_names", sent) not in analysis.memo:
        analysis.memo[("earlier_names", sent)] = [] if sent == 0 else earlier_names(analysis, sent - 1) + [
            tuple(w.key for w in analysis.words[a:b + 1]) for a, b in plain_cores(analysis, sent - 1) if b > a]
    return analysis.memo[("earlier_names", sent)]


def two_named(analysis: Analysis, sent: int, core: tuple[int, int]) -> list[tuple[int, int]]:
    """واستقبل بوتين أردوغان: two words the tagger read as one name, each the short name of a different person
    named in full before (the first by either end of the name, the second by its surname), are two persons."""
    a, b = core
    if b != a + 1:
        return [core]
    first, second = analysis.words[a].key, analysis.words[b].key
    names = earlier_names(analysis, sent)
    if any(n[k:k + 2] == (first, second) for n in names for k in range(len(n) - 1)) \
            or not any(first in (n[0], n[-1]) for n in names) or not any(n[-1] == second for n in names):
        return [core]
    return [(a, a), (b, b)]


def other_state(analysis: Analysis, left: tuple[int, int], right: tuple[int, int]) -> bool:
    """The titles before and after a name name two states: they are two persons' (no one serves two)."""
    a, b = holder_country(analysis, *left), holder_country(analysis, *right)
    return a is not None and b is not None and a.code != b.code and not is_international(analysis, *left) \
        and not is_international(analysis, *right)


def bare_office(analysis: Analysis, first: int, last: int) -> bool:
    """A definite office and its demonym alone (الوزير الموريتاني): a person of its own, never a named one's
    second title."""
    words = analysis.words
    return last == first + 1 and words[first].text.startswith("ال") and is_title_head(words[first]) \
        and (hit := match_at(analysis, last, last)) is not None and hit.how == "demonym"


def joined_demonym(analysis: Analysis, first: int, sent_first: int) -> CountryHit | None:
    """A demonym after و right before a name, the next in a list of counterparts."""
    if first - 2 < sent_first or norm(analysis.words[first - 2].text) != "و":
        return None
    hit = match_at(analysis, first - 1, first - 1)
    return hit if hit is not None and hit.how == "demonym" else None


def plural_officials(analysis: Analysis, i: int, sent_first: int) -> bool:
    """عقد وزراء خارجية دول مجلس التعاون اجتماعا: officials in the plural, unnamed, heading their phrase
    (not مجلس الوزراء، رئيس الوزراء, a genitive)."""
    w = analysis.words[i]
    before = analysis.words[i - 1] if i > sent_first else None  # في الدوحة اليوم وزراء …: a time word is no head
    return w.key in PLURAL_HEADS and not w.text.startswith(("ال", "لل")) and (
        before is None or before.upos not in ("NOUN", "PROPN", "ADJ", "X", "PRON") or is_time_word(before)
        or after_honorific(analysis.words, i, sent_first))


def after_honorific(words: list[Word], i: int, sent_first: int) -> bool:
    """An honorific ends right before word i (أصحاب المعالي وزراء …، أصحاب السمو و|المعالي وزراء …)."""
    end = i
    if i - 2 >= sent_first and words[i - 1].key in people()["honorific_words"] and words[i - 2].text == "و":
        end = i - 2  # a second honorific word joined by و
    return honorific_before(words, end, sent_first)


def listed_states(analysis: Analysis, i: int, last: int) -> int | None:
    """The last word of a list of states joined by و / ، from word i (الصين وروسيا والبرازيل), or None."""
    end, k = None, i
    while k <= last and (hit := match_at(analysis, k, last)) and hit.how in ("name", "glued"):
        end, k = hit.last, hit.last + 1
        if k <= last and analysis.words[k].text in ("و", "،", ","):
            k += 1
    return end


def opens_phrase(w: Word, nxt: Word) -> bool:
    """An indefinite noun or adjective after a definite word: no adjective nor genitive of it."""
    return w.text.startswith("ال") and nxt.upos in ("NOUN", "ADJ") and not nxt.text.startswith("ال") \
        and nxt.ner == "O" and w.start != nxt.start and nxt.start > w.end


def purpose_after(words: list[Word], i: int, last: int) -> bool:
    """ل|إجراء مراجعة، ب|شكل رسمي: ل or ب and an indefinite noun that names nothing (not ل|لإغاثة, PUD's
    split of للإغاثة)."""
    return i + 1 <= last and words[i].text in ("ل", "ب") and words[i + 1].upos == "NOUN" \
        and not words[i + 1].text.startswith(("ال", "ل")) \
        and all(w.ner == "O" for w in words[i + 1:min(last, i + 3) + 1])


def groups(analysis: Analysis, sent: int, taken: set[int]) -> list[Mention]:
    """Unnamed parties: مسؤولين روس كبار، وفد من صندوق النقد الدولي، الأطراف الرئيسية."""
    s = analysis.sentences[sent]
    words, heads = analysis.words, people()["groups"]
    out = []
    for i in range(s.first, s.last + 1):
        if i in taken or (words[i].key not in heads and not plural_officials(analysis, i, s.first)):
            continue
        j = i
        listing = i + 2 <= s.last and norm(words[i + 1].text) == "كل" and norm(words[i + 2].text) == "من" \
            and (end := listed_states(analysis, i + 3, s.last)) is not None
        if listing:
            j = end  # سفراء كل من الصين وروسيا والبرازيل
        while not listing and j + 1 <= s.last and j + 1 - i < 6 and chain_ok(words[j + 1]) and (
                words[j + 1].upos in CHAIN_POS | {"ADP"}
                or (j == i and words[j + 1].upos == "PRON" and words[j + 1].start == words[j].end)):  # نظراء|ه في …
            if opens_phrase(words[j], words[j + 1]) or (
                    purpose_after(words, j + 1, s.last) and not is_international(analysis, j + 2, min(s.last, j + 4))):
                break  # المسؤولين الإيرانيين | متواصلة، ممثلو الاتحاد | جلسة، الطرفين | ل|إجراء مراجعة (not ب|دول مجلس التعاون)
            j += 1
            if (hit := match_at(analysis, j, j)) and hit.how == "demonym" and j + 1 <= s.last and words[j + 1].upos != "ADJ":
                break  # الوفد الكوري | فرص الاستثمار: the demonym ends the group (not اللجنة الكويتية العليا)
        while j > i and words[j].upos == "ADP":
            j -= 1
        hit = None if listing else country_in(analysis, i, j)
        out.append(Mention(Kind.group, i, j, sent, country=hit, international=is_international(analysis, i, j),
                           listing=listing))
    return out


EVENTS = {"قمه", "مؤتمر", "منتدي", "ملتقي", "دوره", "هامش", "اعمال"}  # على هامش اجتماع رابطة …: the event's body


def bodies(analysis: Analysis, sent: int, taken: set[int], within: frozenset[int] = frozenset()) -> list[Mention]:
    """Organisations (NER; the lexicon's international bodies, not within a group nor naming an event) and
    states named as parties."""
    s = analysis.sentences[sent]
    out = []
    spans = [(e.first, e.last) for e in analysis.entities if e.type == "ORG" and s.first <= e.first <= s.last and e.first not in taken]
    orgs = {k for first, last in spans for k in range(first, last + 1)}
    for i in range(s.first, s.last + 1):
        if i not in orgs | taken | within and (end := untagged_party(analysis, i)) is not None:
            tagged_rest = next((k for k, (first, _) in enumerate(spans) if first == i + 1), None)
            if tagged_rest is not None:  # شركة | هيونداي، حركة | طالبان: the tagger's body, without its head word
                spans[tagged_rest] = (i, spans[tagged_rest][1])
            elif not orgs & set(range(i, end + 1)):
                spans.append((i, end))
    for first, last in sorted(spans):
        if event_body(analysis, first, nouns=False):
            continue  # (not مباحثات الاتحاد الأوروبي وإيران: a body the tagger found may hold the talks named before it)
        if analysis.words[first].key in BODY_HEADS:
            last = party_end(analysis, first, max(last, first + 1), s.last)  # حزب العدالة | والتنمية التركي
        if last < s.last and (hit := match_at(analysis, last + 1, last + 1)) and hit.how == "demonym":
            last += 1  # الكونغرس الأمريكي: the tagger left the demonym out of the body's name
        out.append(Mention(Kind.organization, first, last, sent, country=country_in(analysis, first, last),
                           international=is_international(analysis, first, last)))
    tagged = {k for m in out for k in range(m.first, m.last + 1)} | taken | within
    for first, last in known_bodies(analysis, sent):  # a well-known body the tagger left out (بعثة صندوق النقد الدولي)
        if not tagged & set(range(first, last + 1)) and not event_body(analysis, first):
            out.append(Mention(Kind.organization, first, last, sent, international=True))
            tagged.update(range(first, last + 1))
    i = s.first
    while i <= s.last:
        hit = match_at(analysis, i, s.last)
        if hit and hit.how == "name" and i not in taken and not is_person_tag(analysis.words[i]) \
                and not any(m.first <= i <= m.last for m in out if m.kind == Kind.organization):  # حزب نداء تونس
            out.append(Mention(Kind.country, hit.first, hit.last, sent, country=hit))
        i = hit.last + 1 if hit else i + 1
    return out


# heads that, bare and before a name, start one (not تنظيم، مجموعة: تنظيم كرنفال is organising a carnival)
PARTY_HEADS = {"حزب", "حركه", "جبهه", "تيار", "ائتلاف", "جماعه", "شركه"}


def event_body(analysis: Analysis, first: int, nouns: bool = True) -> bool:
    """اجتماع رابطة آسيان، على هامش أعمال الجمعية العامة ل|لأمم المتحدة: the body whose meeting or event it is,
    named right after the meeting's noun or within a few words of the event's, not a party to talks."""
    words = analysis.words
    sent_first = analysis.sentences[words[first].sent].first
    if nouns and first > sent_first and words[first - 1].key in meeting_words()["nouns"]:
        return True
    for k in range(first - 1, max(sent_first, first - 4) - 1, -1):
        if words[k].key in EVENTS:
            return True
        if not chain_ok(words[k]) and words[k].text != "ل":
            return False  # مع، في …: another phrase
    return False


def untagged_party(analysis: Analysis, i: int) -> int | None:
    """حزب نداء تونس، حركة فتح: a party or movement the tagger left out, its head word without the article
    and a name after it (a proper noun, or a word and a state); where it ends."""
    words = analysis.words
    s = analysis.sentences[words[i].sent]
    if words[i].key not in PARTY_HEADS or words[i].text.startswith("ال") or i + 1 > s.last or is_person_tag(words[i + 1]):
        return None
    if not words[i + 1].text.isalpha() or words[i + 1].upos == "ADJ" or match_at(analysis, i + 1, i + 1) is not None:
        return None  # شركة «…»، تنظيم كروي، حزب تونسي: a quote, an adjective, a demonym
    if words[i + 1].upos in ("PROPN", "X") or words[i + 1].ner != "O":
        return i + 1
    if words[i + 1].upos == "NOUN" and not words[i + 1].text.startswith("ال") and i + 2 <= s.last \
            and (hit := match_at(analysis, i + 2, s.last)) is not None and hit.how == "name":
        return hit.last
    return None


def party_end(analysis: Analysis, first: int, last: int, sent_last: int) -> int:
    """The end of a party's name: its words and «و» + a definite word (حزب العدالة والتنمية), up to five."""
    words = analysis.words
    j = min(last, sent_last)
    while j + 2 <= sent_last and j + 2 - first < 5 and norm(words[j + 1].text) == "و" \
            and words[j + 2].text.startswith("ال") and words[j + 2].upos == "NOUN" and match_at(analysis, j + 2, j + 2) is None:
        j += 2
    return j


def known_bodies(analysis: Analysis, sent: int) -> list[tuple[int, int]]:
    """Word spans of the international bodies of the lexicon in a sentence (found once per analysis)."""
    if ("bodies", sent) not in analysis.memo:
        analysis.memo[("bodies", sent)] = find_known_bodies(analysis, sent)
    return analysis.memo[("bodies", sent)]


def find_known_bodies(analysis: Analysis, sent: int) -> list[tuple[int, int]]:
    """Matched on the written letters, so that the tokenizer's splits (ل|لأمم المتحدة) do not matter; after ل
    the article's alef drops (للأمم المتحدة)."""
    text, owner = "", []
    for w in analysis.sentence_words(sent):
        if text and w.start > analysis.words[w.index - 1].end:
            text += " "
            owner.append(-1)
        form = norm(w.text)
        text += form
        owner += [w.index] * len(form)
    spans: list[tuple[int, int]] = []
    for body in people()["international_bodies"]:
        for form in {body, "ل" + body[1:] if body.startswith("ال") else body}:
            for hit in re.finditer(re.escape(form), text):
                a, b = hit.start(), hit.end()
                if (a > 0 and owner[a - 1] == owner[a]) or (b < len(text) and owner[b] == owner[b - 1]):
                    continue  # inside a word
                first, last = owner[a], owner[b - 1]
                if first < last and analysis.words[first].text in ("ل", "ب", "و"):
                    first += 1
                if not any(a0 <= last and first <= b0 for a0, b0 in spans):
                    spans.append((first, last))
    return spans


def sentence_mentions(analysis: Analysis, sent: int) -> list[Mention]:
    people_ = persons(analysis, sent)
    taken = {i for m in people_ for i in range(m.extent[0], m.extent[1] + 1)}
    groups_ = groups(analysis, sent, taken)
    within = frozenset(i for m in groups_ for i in range(m.first, m.last + 1))  # وزراء خارجية دول مجلس التعاون
    return sorted(people_ + groups_ + bodies(analysis, sent, taken, within), key=lambda m: m.first)
