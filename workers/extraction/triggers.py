"""Words that report a meeting, by lemma and form, with the checks that turn most false ones away.

Accepted: a meeting verb (استقبل، التقى، اجتمع مع، بحث مع، هاتف) or a meeting noun
carried by a support verb or a party phrase (عقد لقاء، أجرى محادثات مع، جرى اتصال
هاتفي بين). Turned away: sports (مباراة القمة), a venue or airport that receives, a
reception of crowds or for greetings and condolences, a body meeting alone,
meeting nouns used as back-reference (خلال اللقاء) and the adjective اجتماعي.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from schemas import Mode, Status
from workers.analysis import Analysis, Word, norm
from workers.extraction.lexicon import meeting_words, people
from workers.extraction.mentions import persons
from workers.extraction.word_classes import (
    COUNTERPART,
    SIGNED_DOCUMENTS,
    glued_pronoun,
    is_honorific_at,
    is_person_tag,
    is_punct,
    is_title_head,
)

DISCUSSED_BY = {"تناول", "ناقش", "بحث", "استعرض", "تطرق", "ركز", "اكد", "شدد", "اوضح", "عكس", "يعكس", "ابرز",
                "جاء", "وجاء", "ياتي", "اعتبر"}
BACK_REFERENCE = {"خلال", "ختام", "نهايه", "بدايه", "مستهل", "عقب", "بعد", "اثناء", "هامش"}
SUBJECT_OPENERS = {"حول", "بشان", "ازاء", "تجاه", "عن"}
PARTY_PREPS = {"مع", "ب", "بين"}
IMPERFECT_PREFIXES = ("ي", "ت", "ن")
CALL_NOUNS = {"اتصال", "مكالمه", "اجتماع", "لقاء", "تواصل"}  # before هاتفي / مرئي they name the mode
SET_OFF = 3  # words a phrase set off by commas may add, per comma, between a verb and its party


@dataclass
class Trigger:
    word: int
    sent: int
    kind: str  # receive | received (خلال استقباله) | meet | gather | discuss | phone | receive_call | visit | noun
    first: int
    last: int
    mode: Mode = Mode.in_person
    status: Status = Status.held


def window(analysis: Analysis, i: int, before: int, after: int) -> list[Word]:
    s = analysis.sentences[analysis.words[i].sent]
    return analysis.words[max(s.first, i - before):min(s.last, i + after) + 1]


def sentence_text(analysis: Analysis, sent: int) -> str:
    s = analysis.sentences[sent]
    return " ".join(norm(analysis.text[s.start:s.end]).split())


def person_like(analysis: Analysis, i: int, limit: int) -> bool:
    """A person named from word i on: an honorific, a title, or an NER person within a few words."""
    words = analysis.words
    for j in range(i, min(limit, i + 3) + 1):
        w = words[j]
        if is_honorific_at(words, j) or is_title_head(w) or is_person_tag(w):
            return True
        if is_punct(w):
            return False
    return False


PARTAKE = {"شارك", "شاركت", "يشارك", "تشارك", "سيشارك", "ستشارك"}


def mode_phrase() -> set[str]:
    """Words of «عبر تقنية الاتصال المرئي»، «هاتفيا»: they say how, not who, between a meeting noun and مع."""
    mw = meeting_words()
    return mw["phone_words"] | mw["video_words"] | {"عبر", "تقنيه", "بتقنيه", "الاتصال", "دائره", "تلفزيونيه"}


def party_follows(analysis: Analysis, i: int, limit: int, span: int = 4) -> bool:
    """مع / بين … (or الجانبان) within `span` words after i; a name (بحث الشيخ محمد بن عبدالرحمن بن جاسم
    آل ثاني …) counts for none, and a phrase set off by commas (، خلال اتصال مرئي اليوم،) adds to the span."""
    words = analysis.words
    counted = 0
    for j in range(i + 1, limit + 1):
        if words[j].text in ("،", ","):
            span += SET_OFF
            continue
        if is_punct(words[j]):
            return False
        counted += not (words[j].upos == "PROPN" or words[j].ner[2:] in ("PERS", "PER") or norm(words[j].text) in mode_phrase())
        if counted > span:
            return False
        if norm(words[j].text) in PARTY_PREPS or norm(words[j].text) in people()["collective"]:
            return True
    return False


NOUN_TOO = {"حادث"}  # حادَث (spoke with by phone) is written as حادِث (an incident): a verb only where tagged one


def verb_kind(w: Word) -> str | None:
    mw = meeting_words()
    form = norm(w.text)
    if form in NOUN_TOO and w.upos != "VERB":
        return None  # في حادث التفجير
    if form in mw["verb_forms"]:
        return mw["verb_forms"][form]
    if form.startswith("س") and len(form) > 3:  # سيلتقي، سأحادث: future of a known form
        for stem in (form[1:], "ي" + form[2:]):
            if stem in mw["verb_forms"]:
                return mw["verb_forms"][stem]
    if w.upos == "VERB":
        return mw["verb_lemmas"].get(norm(w.lemma))
    return None


def planned(analysis: Analysis, t: Trigger) -> bool:
    mw = meeting_words()
    words = analysis.words
    s = analysis.sentences[t.sent]
    w = words[t.word]
    before = words[max(s.first, t.first - 5):t.first]
    if any(norm(x.text) in ("س", "سوف") for x in before[-2:]) or any(norm(x.text) in mw["future_markers"] for x in before):
        return True
    head = words[t.first]
    form = norm(head.text)
    if form.startswith(("سي", "ست", "سن", "سا")) and len(form) > 4 and verb_kind(head):
        return True
    imperfect = form.startswith(IMPERFECT_PREFIXES) and (head.upos in ("VERB", "AUX") or w is head)
    sentence = [norm(x.text) for x in words[s.first:s.last + 1]]
    during = t.first + 1 <= s.last and norm(words[t.first + 1].text) in ("خلال", "خلالها")
    # يلتقي خلالها (during the visit): the meetings a visit will hold
    return imperfect and (any(x in mw["future_markers"] for x in sentence) or during)


ANOTHER = {"اخر", "ثانيا", "مماثلا"}


def earlier_call(analysis: Analysis, i: int) -> Mode | None:
    """اتصالا آخر: the mode of the call the article told before (اتصالا هاتفيا), if it told one."""
    words, mw = analysis.words, meeting_words()
    if i + 1 >= len(words) or norm(words[i + 1].text) not in ANOTHER:
        return None
    for w, nxt in itertools.pairwise(words[:i]):
        if w.key.startswith("اتصال") and norm(nxt.text) in mw["phone_words"] | mw["video_words"]:
            return Mode.phone if norm(nxt.text) in mw["phone_words"] else Mode.video
    return None


def mode_of(analysis: Analysis, t: Trigger) -> Mode:
    mw = meeting_words()
    if again := earlier_call(analysis, t.word):
        return again
    near = [norm(w.text) for w in window(analysis, t.word, 3, 4)]
    if t.kind in ("phone", "receive_call") or any(x in mw["phone_words"] for x in near):
        return Mode.phone
    pairs = list(itertools.pairwise(near))
    video = mw["video_words"] - {"بعد"}
    if any(x in video for x in near) or ("عن", "بعد") in pairs:
        return Mode.video
    if analysis.words[t.word].key.startswith("مكالم"):
        return Mode.phone  # مكالمة مع …: a call, and no video word says it was seen
    # بحث وزير الخارجية التركي هاكان فيدان هاتفيا مع …: the adverb after the subject, before the party
    clause = list(itertools.takewhile(lambda x: x not in PARTY_PREPS, [norm(w.text) for w in window(analysis, t.word, 0, 15)]))
    if any(x in mw["phone_words"] for x in clause):
        return Mode.phone
    if any(x in video for x in clause):
        return Mode.video
    # بحث الوزير، خلال اتصال مرئي، مع …: the call named further on in the clause
    later = [norm(w.text) for w in window(analysis, t.word, 0, 25)]
    for noun, nxt in itertools.pairwise(later):
        if noun.removeprefix("ال") in CALL_NOUNS and nxt in video:
            return Mode.video
        if noun.removeprefix("ال") in CALL_NOUNS and nxt in mw["phone_words"]:
            return Mode.phone
    return Mode.in_person


# verbs that report talks (بحث، تناول، استعراض …), read here and by the meeting's scope
TALK_VERBS = {"بحث", "بحثا", "ناقش", "ناقشا", "تناول", "تناولا", "استعرض", "استعراض", "استعرضا", "تطرق", "تطرقا"}
TALK_WORDS = TALK_VERBS | {"مناقشه"}  # a greetings call that also took up subjects is a meeting


def sentence_rejects(analysis: Analysis, sent: int) -> set[str]:
    """Which trigger kinds this sentence rules out: sports, greetings, crowds."""
    mw = meeting_words()
    words = analysis.sentence_words(sent)
    # الهلال الأحمر is the Red Crescent, not the club
    forms = {norm(w.text) for k, w in enumerate(words) if not (k + 1 < len(words) and words[k + 1].key == "احمر")}
    out = set()
    if forms & mw["not_meeting_context"]:
        out |= {"noun", "meet"}
    if any(p in sentence_text(analysis, sent) for p in mw["greeting_purpose"]):
        out |= {"receive", "meet", "noun", "visit"}
        talk = [s for s in (sent, sent + 1) if s < len(analysis.sentences)
                and {norm(w.text) for w in analysis.sentence_words(s)} & TALK_WORDS]
        if not talk:
            out |= {"phone", "receive_call"}  # تبادلا خلاله التهاني بعيد الفطر: a call for greetings alone
    return out


def background(analysis: Analysis, i: int) -> bool:
    """وكان الرئيس قد التقى …، سبق أن التقى: a meeting told as background, not as news."""
    s = analysis.sentences[analysis.words[i].sent]
    before = [norm(w.text) for w in analysis.words[max(s.first, i - 10):i]]
    if "قد" in before[-3:] and any(x in ("كان", "كانت", "وكان", "وكانت") for x in before):
        return True
    return any(a == "سبق" and b == "ان" for a, b in itertools.pairwise(before[-4:]))


NEGATIONS = {"لم", "لن", "لا", "ولم", "ولن", "ولا", "عدم", "دون", "بدون"}


def negated(analysis: Analysis, i: int) -> bool:
    """لن يلتقي، لم يجتمع، دون أن يلتقي، عدم لقاء: a meeting said not to happen."""
    s = analysis.sentences[analysis.words[i].sent]
    before = [norm(w.text) for w in analysis.words[max(s.first, i - 2):i]]
    return bool(before) and (before[-1] in NEGATIONS or (before[-1] == "ان" and len(before) > 1 and before[-2] in NEGATIONS))


CONDITIONS = {"اذا", "واذا", "لو", "ولو"}
CASE = {"حال", "حاله"}  # في حال / في حالة


def conditional(analysis: Analysis, i: int) -> bool:
    """في حال عقد لقاء …، إذا التقى …: a meeting supposed, neither held nor planned."""
    s = analysis.sentences[analysis.words[i].sent]
    before = [norm(w.text) for w in analysis.words[max(s.first, i - 3):i]]
    return any(x in CONDITIONS for x in before[-2:]) or (
        len(before) >= 2 and before[-2] in ("في", "وفي") and before[-1] in CASE)  # not في حال فشلت المفاوضات الجارية


def find(analysis: Analysis) -> list[Trigger]:
    words = analysis.words
    found: list[Trigger] = []
    for s in analysis.sentences:
        rejected = sentence_rejects(analysis, s.index)
        for i in range(s.first, s.last + 1):
            t = candidate(analysis, words[i], s.last) or (None if found else own_noun(analysis, words[i], s.last))
            if t is None or t.kind in rejected or background(analysis, t.first) or negated(analysis, t.first) \
                    or conditional(analysis, t.first):
                continue
            if found and t.kind in ("gather", "discuss") and i + 1 <= s.last \
                    and norm(words[i + 1].text) in people()["collective"]:
                continue  # وبحث الجانبان …: the sides of the meeting reported before, now what they took up
            if t.kind == "discuss" and any(o.sent == t.sent for o in found) and norm(words[i].text).endswith("ا"):
                continue  # استقبل X وزير الخارجية الإيراني و|بحثا …: the two of the meeting just told
            t.mode, t.status = mode_of(analysis, t), Status.planned if planned(analysis, t) else Status.held
            if any(o.sent == t.sent and o.first <= t.word <= o.last for o in found):
                continue
            found.append(t)
    return found


PLURAL_PRONOUNS = {"هما", "هم"}  # لقائ|هما: the meeting of those named before
OWN_NOUNS = {"استقبال": "received", "لقاء": "noun", "اجتماع": "noun", "مباحثات": "noun", "محادثات": "noun"}


def own_noun(analysis: Analysis, w: Word, sent_last: int) -> Trigger | None:
    """أكد الرئيس خلال استقباله وزير الخارجية …، تسلم رسالة … خلال استقباله: where no meeting was reported
    before, the meeting a statement was made at, told by its noun with the subject's pronoun."""
    words = analysis.words
    i = w.index
    if w.key not in OWN_NOUNS or not glued_pronoun(words, i):
        return None
    before = {norm(x.text) for x in words[max(analysis.sentences[w.sent].first, i - 2):i]}
    if not before & (BACK_REFERENCE | {"لدي"}):
        return None
    kind = OWN_NOUNS[w.key]
    pair = norm(words[i + 1].text) in PLURAL_PRONOUNS and len([m for m in persons(analysis, w.sent) if m.last < i]) >= 2
    if kind == "noun" and not party_follows(analysis, i + 1, sent_last) and not pair:
        return None  # خلال لقائه مع …: the other party is named; خلال لقائهما: both were, before it
    if {norm(x.text) for x in words[i + 2:min(sent_last, i + 12) + 1]} & meeting_words()["crowds"]:
        return None  # خلال استقباله المهنئين بالعيد
    return Trigger(i, w.sent, kind, i, i + 1)


def candidate(analysis: Analysis, w: Word, sent_last: int) -> Trigger | None:
    mw = meeting_words()
    words = analysis.words
    i = w.index
    kind = verb_kind(w)
    if kind == "receive":
        sent_first = analysis.sentences[w.sent].first
        if i + 1 <= sent_last and words[i + 1].key in people()["eponym_heads"] and not is_title_head(words[i + 1]):
            return None  # استقبل مستشفى الملك سعود 8 حالات، استقبلت كلية الملك فهد 1500 طالب: a place takes people in
        named = any(i < m.first <= i + 3 for m in persons(analysis, w.sent))
        if named or person_like(analysis, i + 1, sent_last) or (
                i > sent_first and person_like(analysis, max(sent_first, i - 3), i - 1)):
            obj = [norm(x.text) for x in words[i + 1:min(sent_last, i + 12) + 1]]
            if not set(obj) & mw["crowds"]:
                return Trigger(i, w.sent, kind, i, i)
        return None
    if kind == "meet" and any(norm(x.text).startswith(("منتخب", "المنتخب")) for x in words[i + 1:min(sent_last, i + 3) + 1]):
        return None  # ويلتقي منتخبنا مع نظيره البحريني، يلتقي منتخبا قطر والكويت: a match, not a meeting
    if kind == "meet" and i + 1 <= sent_last and words[i + 1].key in mw["converging"]:
        return None  # وتلتقي المساعي الروسية مع التوجهات الأميركية: aims that agree, not people who meet
    if kind == "meet" and i + 1 <= sent_last and (words[i + 1].key in PRESS or (
            words[i + 1].key == "وكاله" and i + 2 <= sent_last and words[i + 2].key == "انباء")):
        return None  # والتقت وكالة الأنباء السعودية أستاذ علم الآثار …: an interview, not a meeting
    if kind == "meet" and vague_relative(analysis, i, sent_last):
        return None  # والأشخاص الذين التقى بهم: those he met, left unnamed
    if kind in ("meet", "phone"):
        return Trigger(i, w.sent, kind, i, i)
    if kind == "visit":  # زار السفير … رئيس الحكومة …: a visit paid to a person, not to a place
        ms = [m for m in persons(analysis, w.sent) if m.title or m.last > m.first]
        return Trigger(i, w.sent, kind, i, i) if len([m for m in ms if m.first > i]) >= 2 or (
            any(m.last < i for m in ms) and any(m.first > i for m in ms)) else None
    if kind == "receive_call":  # تلقى صاحب السمو … اتصالا: a long honorific name may stand between
        nxt = [norm(x.text) for x in words[i + 1:min(sent_last, i + 20) + 1]]
        if any(x.startswith("اتصال") for x in nxt):
            return Trigger(i, w.sent, "phone", i, i)
        return None
    if kind in ("gather", "discuss"):
        if i + 1 <= sent_last and words[i + 1].text.startswith("ال") and words[i + 1].key in mw["nouns"]:
            return None  # وناقش الاجتماع …: the meeting reported, now what it took up
        if party_follows(analysis, i, sent_last, span=12) or norm(w.text).endswith("ا") or during_talks(analysis, i, sent_last):
            return Trigger(i, w.sent, kind, i, i)
        return None
    if kind == "sign":
        near = {x.key for x in words[i + 1:min(sent_last, i + 25) + 1]}
        return Trigger(i, w.sent, kind, i, i) if near & SIGNED_DOCUMENTS else None
    if w.key in mw["nouns"] and w.upos != "ADJ":
        return noun_trigger(analysis, w, sent_last)
    return None


RELATIVES = {"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"}


def vague_relative(analysis: Analysis, i: int, sent_last: int) -> bool:
    """والأشخاص الذين التقى بهم: a meeting verb in a relative clause whose antecedent is its object (ب + its
    pronoun), where the antecedent names no one: a common noun, neither a title nor a person."""
    words = analysis.words
    sent_first = analysis.sentences[words[i].sent].first
    if i - 2 < sent_first or i + 2 > sent_last or norm(words[i - 1].text) not in RELATIVES:
        return False
    if not (words[i + 1].text == "ب" and words[i + 2].upos == "PRON"):
        return False
    before = words[i - 2]
    return before.upos == "NOUN" and not is_title_head(before) and not is_person_tag(before) \
        and not any(m.first <= i - 2 <= m.last for m in persons(analysis, words[i].sent))


OBJECT_NOUNS = {"لقاء", "استقبال"}
PRESS = {"صحيفه", "جريده", "مجله", "قناه", "مراسل", "مراسله", "محرر"}  # who meet a person to interview (and وكالة الأنباء)


def meets_object(analysis: Analysis, i: int, sent_last: int) -> bool:
    """ب|لقاء and then the other party (نظيره، a title, an honorific): meeting someone, not a meeting referred
    to (not ل|لقاء: يتطلع للقاء …، توجه إلى الدوحة للقاء …, a purpose, as often hoped for as held)."""
    words = analysis.words
    if words[i].key not in OBJECT_NOUNS or i == 0 or norm(words[i - 1].text) != "ب" \
            or words[i - 1].end != words[i].start or i + 1 > sent_last:
        return False
    nxt = words[i + 1]
    return nxt.key in COUNTERPART or is_title_head(nxt) or bool(is_honorific_at(words, i + 1))


def during_talks(analysis: Analysis, i: int, sent_last: int) -> bool:
    """بحث A وB، خلال اتصال هاتفي اليوم، …: the parties joined by و, the call or meeting named after them."""
    words = analysis.words
    return any(norm(words[j - 1].text) == "خلال" and words[j].key.removesuffix("ا") in CALL_NOUNS | {"مباحثات", "محادثات"}
               for j in range(i + 2, min(sent_last, i + 25) + 1))


def verb_before(analysis: Analysis, i: int) -> int | None:
    """The support verb that opens the clause of the noun at i, with no other verb between them."""
    words = analysis.words
    for j in range(i - 1, analysis.sentences[words[i].sent].first - 1, -1):
        form = norm(words[j].text)
        if (form in meeting_words()["support_verbs"] and form != "تم") or form in PARTAKE:
            return j  # شارك في اجتماع … مع: with the party named, taking part is holding the meeting
        if words[j].upos in ("VERB", "AUX") or (is_punct(words[j]) and words[j].text not in ("،", ",")) \
                or form in SUBJECT_OPENERS:
            return None  # تم خلال المقابلة تبادل وجهات النظر حول … والمفاوضات مع …: a subject, not a meeting
    return None


def noun_trigger(analysis: Analysis, w: Word, sent_last: int) -> Trigger | None:
    mw = meeting_words()
    words = analysis.words
    i = w.index
    s = analysis.sentences[w.sent]
    prev = [norm(x.text) for x in words[max(s.first, i - 3):i]]
    closed = i - 2 >= s.first and glued_pronoun(words, i - 2)  # يجري خلال|ها محادثات: the pronoun is the visit
    if prev and (set(prev[-1:] if closed else prev[-2:]) & BACK_REFERENCE):
        return None
    if w.text.startswith("ال") and prev and prev[-1] in DISCUSSED_BY:
        return None  # تناول اللقاء …: the meeting already reported, now its content
    if w.key.startswith("اتصال"):
        nxt = [norm(x.text) for x in words[i + 1:min(sent_last, i + 2) + 1]]
        if not set(nxt) & mw["phone_words"] and not set(nxt) & mw["video_words"] and earlier_call(analysis, i) is None:
            return None
    supported = None
    # أجرى وزير الخارجية المصري سامح شكري محادثات: the verb up to 9 words back, 2 more for each comma
    # (أجرى الرئيس تبون، مساء أمس الأحد، مكالمة: a time or title set off by commas), never past 15
    # the names and titles of the parties count for nothing (عقد الرئيس … والملك … عاهل الأردن والرئيس
    # الفلسطيني محمود عباس قمة ثلاثية)
    span, counted = 9, 0
    named = {k for m in persons(analysis, w.sent) for k in range(m.extent[0], m.extent[1] + 1)}
    for j in range(i - 1, max(s.first, i - 40) - 1, -1):
        if words[j].text in ("،", ","):
            span += 2
            continue
        counted += j not in named and norm(words[j].text) != "و"
        if is_punct(words[j]) or counted > span or (i - j > 15 and j not in named and counted > 6):
            break
        if norm(words[j].text) in mw["support_verbs"]:
            supported = j
            break
    if supported is None and party_follows(analysis, i, sent_last):
        supported = verb_before(analysis, i)  # أجرى <a title of 11 words>، <name>، <time>، مباحثات مع
    if supported is None and meets_object(analysis, i, sent_last):
        return Trigger(i, w.sent, "noun", i, i)  # استهلها بلقاء نظيره …: the noun takes the party as its object
    if supported is None and not party_follows(analysis, i, sent_last):
        return None
    if supported is None and not any(norm(words[j].text) == "بين" for j in range(i + 1, min(sent_last, i + 4) + 1)):
        # "لقاء مع X" alone, without a verb, is as often a title or a reference as a report
        return None
    first = supported if supported is not None else i
    return Trigger(i, w.sent, "noun", first, i)
