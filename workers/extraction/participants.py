"""Who sat at the table for one trigger: the parties of its sentence, with their roles.

Persons come first; bodies, groups and states stand in only where fewer than two
persons are named. Officials named only as present (حضر الاستقبال …, بحضور …) and
people named as senders of greetings (نقل تحيات …) are left out.
"""

from __future__ import annotations

from dataclasses import replace

from schemas import Kind, Participant, Role, Span
from workers.analysis import Analysis, norm
from workers.extraction.countries import holder_country, is_international, match_at
from workers.extraction.dates import SOURCE_TAGS
from workers.extraction.lexicon import meeting_words, people
from workers.extraction.mentions import Mention, sentence_mentions
from workers.extraction.titles import PLURAL_HEADS, right_title
from workers.extraction.triggers import PLURAL_PRONOUNS, Trigger
from workers.extraction.word_classes import (
    OPEN_QUOTES,
    ORDINALS,
    TOPIC_OPENERS,
    glued_pronoun,
    is_honorific_at,
    is_time_word,
    is_title_head,
)

LOCATIVE = {"في", "ب", "الي", "من", "ل", "عن", "داخل", "خارج", "لدي",  # لدى: the state an envoy is sent to
            "بشان", "شان", "حول", "بخصوص", "خصوص"}  # جلسة بشأن اليمن: the subject, not a party
VISITED = {"زار", "يزور", "زارت", "تزور", "وصل", "غادر", "زيارته", "زياره"}
ESCORT = {"المرافق", "المرافقه", "المرافقين"}
# a title standing alone for a person named before (والتقى المسؤول الأممي …): keys, without ال
ANAPHORS = {"مسؤول", "مسئول", "وزير", "رئيس", "مبعوث", "منسق", "ضيف", "سفير", "امير", "ملك", "مستشار", "قائد",
            "زعيم", "موفد", "مندوب", "وفد"}


DELIVERED = {"سلمها", "سلمه", "سلمهما", "نقلها", "نقله", "حملها", "قدمها"}  # رسالة من X، سلمها له Y: Y is there
DELIVERING = {"سلم", "نقل", "حمل", "قدم"}  # the same verbs, where the tokenizer split the pronoun off (سلم|ها)


def excluded_from(analysis: Analysis, sent: int) -> int | None:
    """Index of the first word of an attendance or greeting clause: parties after it do not count."""
    mw = meeting_words()
    s = analysis.sentences[sent]
    for w in analysis.words[s.first:s.last + 1]:
        if (norm(w.text) in mw["attendance"] or norm(w.text) in mw["absent_parties"]) \
                and not is_honorific_at(analysis.words, w.index):  # حضرة صاحب الجلالة, not حضره (attended it)
            return w.index
    return None


def resumed_at(analysis: Analysis, stop: int | None) -> int | None:
    """After a letter's sender, the one who delivered it (سلمها له وزير الدولة …) is a party again."""
    if stop is None:
        return None
    s = analysis.sentences[analysis.words[stop].sent]
    words = analysis.words
    return next((w.index for w in words[stop:s.last] if norm(w.text) in DELIVERED or (
        norm(w.text) in DELIVERING and words[w.index + 1].upos == "PRON" and words[w.index + 1].start == w.end)), None)


def absent_before(analysis: Analysis, first: int, trigger: int) -> set[int]:
    """Words naming those not at a meeting the sentence reports after them: who sent greetings, up to «إلى»
    (the addressee was there: نقل سموه تحيات الملك … إلى أخيه الرئيس …، وجرى بحث), or on whose behalf
    (نيابة عن الوزير استقبل الوكيل …)."""
    out: set[int] = set()
    absent = meeting_words()["absent_parties"]
    for w in analysis.words[first:trigger]:
        if norm(w.text) in absent and not is_honorific_at(analysis.words, w.index):
            end = next((x.index for x in analysis.words[w.index:trigger] if norm(x.text) == "الي"), trigger)
            out.update(range(w.index + 1, end))
    return out


def placed_state(analysis: Analysis, first: int) -> bool:
    """Is the state named from word `first` a place: after في or a visit verb, or joined by و to one that is?"""
    words = analysis.words
    prev = norm(words[first - 1].text) if first > 0 else ""
    if prev == "في" and any(w.key in PLURAL_HEADS for w in words[max(0, first - 5):first - 1]):
        return False  # وزراء الري في مصر والسودان: the states the ministers serve
    if prev in LOCATIVE or prev in VISITED:
        return True
    before = next((h for a in range(max(0, first - 4), first - 1)
                   if (h := match_at(analysis, a, first - 2)) is not None and h.last == first - 2 and h.how == "name"), None)
    return prev == "و" and before is not None and placed_state(analysis, before.first)


def usable(analysis: Analysis, m: Mention, stop: int | None, resume: int | None = None) -> bool:
    if stop is not None and m.first > stop and not (resume is not None and m.first > resume):
        return False
    words = analysis.words
    if m.kind == Kind.country and placed_state(analysis, m.first):
        return False  # a place (في مصر، زار روسيا، في سوريا واليمن), not a party
    if m.kind == Kind.group and (m.last < len(words) - 1 and norm(words[m.first + 1].text) in ESCORT):
        return False  # والوفد المرافق له: the delegation comes with a named party
    if m.kind != Kind.person and opposed(analysis, m.first):
        return False  # تعاونهما في المعركة ضد «بوكو حرام»: what they work against, not who met
    if m.kind != Kind.person and told_to(analysis, m.first):
        return False  # أعلن مسؤول يمني لـ«الشرق الأوسط»، يدعو لـ«الجهاد»: a paper told, a word quoted, not a party
    return True


def told_to(analysis: Analysis, first: int) -> bool:
    """A quoted name right after ل (and the tatweel of لـ): a paper spoken to or a word called for."""
    words = analysis.words
    k = first - 1
    if k < 1 or words[k].text not in OPEN_QUOTES:
        return False
    k -= 1
    while k > 0 and not norm(words[k].text):
        k -= 1  # the tatweel of لـ, a token of its own
    return norm(words[k].text) == "ل"


AGAINST = {"ضد", "لمواجهه", "مواجهه", "لمحاربه", "محاربه", "لمكافحه", "مكافحه", "لقتال", "قتال"}
ARMED_GROUP_HEADS = {"تنظيم", "جماعه", "حركه"}  # ضد تنظيم «داعش»: the head the tagger may leave out of the body


def opposed(analysis: Analysis, first: int) -> bool:
    """A body or state right after «ضد» or «لمواجهة» (past its opening quote or article-less head)."""
    words = analysis.words
    k = first - 1
    while k >= 0 and (words[k].text in (*OPEN_QUOTES, "(") or norm(words[k].text) in ARMED_GROUP_HEADS):
        k -= 1
    return k >= 0 and norm(words[k].text) in AGAINST


def reporter(analysis: Analysis, t: Trigger, m: Mention) -> bool:
    """وأضاف السفير يوسف أن الرئيس السيسي التقى …: who tells of the meeting, before «أن», is not at it."""
    return m.last < t.first and any(norm(w.text) in ("ان", "بان") for w in analysis.words[m.last + 1:t.first])


QUOTES = "«»\"“”'"


def unquoted(analysis: Analysis, start: int, end: int) -> Span:
    """The span without the quotation marks the tokenizer left on its edges («فارس، «مدن»)."""
    while end - start > 1 and analysis.text[start] in QUOTES:
        start += 1
    while end - start > 1 and analysis.text[end - 1] in QUOTES:
        end -= 1
    return Span(text=analysis.text[start:end], start=start, end=end)


def to_participant(analysis: Analysis, m: Mention, role: Role) -> Participant:
    words = analysis.words
    name_span = unquoted(analysis, words[m.first].start, words[m.last].end)
    title = title_span = None
    if m.title:
        a, b = m.title
        title_span = Span(text=analysis.span_text(a, b), start=words[a].start, end=words[b].end)
        glued = a > 0 and words[a - 1].text == "ل" and words[a - 1].end == words[a].start and title_span.text.startswith("ل")
        title = "ا" + title_span.text if glued else title_span.text  # ل|لرئيس الفرنسي: the article's alif, which ل takes
    country = country_span = None
    if m.country and not m.international:
        country = m.country.code
        a, b = m.country.first, m.country.last
        country_span = Span(text=analysis.span_text(a, b), start=words[a].start, end=words[b].end)
    return Participant(name=name_span.text, title=title, kind=m.kind, country=country, role=role,
                       name_evidence=name_span, title_evidence=title_span, country_evidence=country_span)


def titled_anaphor(analysis: Analysis, t: Trigger, mentions: list[Mention]) -> Mention | None:
    """The trigger's subject is a definite title with no name (والتقى المسؤول الأممي …): the titled
    person the nearest earlier sentence is about (its first one), if any."""
    words = analysis.words
    after = (t.first if t.kind == "noun" else t.word) + 1
    s = analysis.sentences[t.sent]
    # the subject after the verb (والتقى المسؤول الأممي …), or opening the sentence (ثم انتقل الوزير السعودي
    # إلى السراي حيث التقى …)
    spots = [after] + [j for j in range(s.first, min(t.first, s.first + 4))]
    i = next((j for j in spots if j < len(words) and words[j].sent == t.sent and norm(words[j].text).startswith("ال")
              and words[j].key in ANAPHORS and not any(m.extent[0] - 1 <= j <= m.extent[1] for m in mentions)), None)
    if i is None:  # none, or the title of a named person (الوزير فلان, الأمير فلان: an honorific right before the name)
        return same_office_before(analysis, t, mentions, after)
    demonym = match_at(analysis, i + 1, i + 1) if i + 1 <= s.last else None
    for sent in range(t.sent - 1, max(-1, t.sent - 3), -1):
        earlier = [m for m in sentence_mentions(analysis, sent) if m.kind == Kind.person and m.title]
        if demonym is not None and demonym.how == "demonym":  # الوزير السعودي: the Saudi one named before
            earlier = [m for m in earlier if m.country and m.country.code == demonym.code] or earlier
        if earlier:
            return earlier[0]
    return None


def same_office_before(analysis: Analysis, t: Trigger, mentions: list[Mention], after: int) -> Mention | None:
    """كما تلقى نائب خادم الحرمين الشريفين اتصالا …: an office with no name as the subject is the person the
    article named before with that very title."""
    words = analysis.words
    if after > analysis.sentences[t.sent].last or not is_title_head(words[after]) \
            or any(m.extent[0] <= after <= m.extent[1] for m in mentions):
        return None
    chain = right_title(analysis, after - 1, analysis.sentences[t.sent].last, set())
    return office_holder(analysis, t.sent, keys_of(analysis, chain), whole=True) if chain else None


def keys_of(analysis: Analysis, span: tuple[int, int]) -> list[str]:
    """The bare forms of words first..last (a title, an office)."""
    return [w.key for w in analysis.words[span[0]:span[1] + 1]]


def convened(analysis: Analysis, t: Trigger, chosen: list[Mention]) -> list[Mention]:
    """Talks an organiser holds or hosts (ستنظم الأمم المتحدة جولة من المحادثات …) name their
    parties in the next sentence: those parties, or the organiser with them when only one is named."""
    if t.kind != "noun" or norm(analysis.words[t.first].text) not in meeting_words()["organiser_verbs"]:
        return chosen
    if t.sent + 1 >= len(analysis.sentences):
        return chosen
    nxt = [m for m in sentence_mentions(analysis, t.sent + 1) if m.kind != Kind.country and usable(analysis, m, None)]
    return nxt if len(nxt) >= 2 else chosen + nxt


def name_words(name: str) -> list[str]:
    """A name's words, normalised, «عبد» joined to the word after it (عبد الله and عبدالله are one name)."""
    out: list[str] = []
    for word in norm(name).split():
        if out and out[-1] == "عبد":
            out[-1] += word
        else:
            out.append(word)
    return out


def same_person(analysis: Analysis, a: Mention, b: Mention) -> bool:
    """The same name; one the other's surname alone (برناردينو ليون … أكد ليون) — not a patronymic
    (الملك سلمان is not محمد بن سلمان); or the shorter the longer's first words, where those are two or
    more (فيصل بن خالد … فيصل بن خالد بن عبدالعزيز) or all that comes after is a regnal number
    (عبد الله … عبدالله الثاني)."""
    if a.name(analysis) == b.name(analysis):
        return True
    if a.kind == b.kind == Kind.person:
        short_words, full_words = sorted((name_words(a.name(analysis)), name_words(b.name(analysis))), key=len)
        rest = full_words[len(short_words):]
        if full_words[:len(short_words)] == short_words and (
                len(short_words) >= 2 or (rest and all(w in ORDINALS for w in rest))):
            return True
    keys = [[w.key for w in analysis.words[m.first:m.last + 1]] for m in (a, b)]
    if a.kind == b.kind == Kind.organization and keys[0] == keys[1]:
        return True  # الأمم المتحدة and ل|لأمم المتحدة: one body
    if a.kind != Kind.person or b.kind != Kind.person:
        return False
    short, full = sorted((a.name(analysis).split(), b.name(analysis).split()), key=len)
    if len(short) != 1 or len(full) < 2 or norm(full[-2]) in people()["name_links"]:
        return False
    # by the words' bare forms: السيسى and ل|لسيسي (PUD's split of للسيسي) are one surname
    short_keys, full_keys = sorted(keys, key=len)
    return norm(short[0]) == norm(full[-1]) or short_keys[-1] == full_keys[-1]


def distinct(analysis: Analysis, mentions: list[Mention]) -> list[Mention]:
    """Each party once: of mentions of the same person or group, the longest name stays."""
    longest_first = sorted(mentions, key=lambda m: -len(m.name(analysis).split()))
    return [m for m in mentions if not any(same_person(analysis, m, n) or same_group(analysis, m, n)
                                           for n in longest_first[:longest_first.index(m)])]


def same_group(analysis: Analysis, a: Mention, b: Mention) -> bool:
    """وزراء خارجية دول مجلس التعاون and later وزراء خارجية دول مجلس التعاون الخليجي: one group, told again."""
    if a.kind != Kind.group or b.kind != Kind.group or a is b:
        return False
    ka, kb = keys_of(analysis, (a.first, a.last)), keys_of(analysis, (b.first, b.last))
    shorter, longer = sorted((ka, kb), key=len)
    return len(shorter) >= 3 and longer[:len(shorter)] == shorter


def talked_about(analysis: Analysis, t: Trigger, m: Mention) -> bool:
    """لبحث … ومكافحة حزب العمال الكردستاني: a body or state after the words that open the subjects."""
    words = analysis.words
    purpose = t.word > 0 and norm(words[t.word - 1].text) == "ل" and words[t.word - 1].end == words[t.word].start \
        and m.first > t.word  # مجلس وزراء طارئا ل|بحث … الحدود مع سوريا: the trigger itself opens the subjects
    return m.kind in (Kind.organization, Kind.country) and (purpose or any(
        norm(w.text) in TOPIC_OPENERS for w in words[t.word + 1:m.first]))


def unnamed_officials(analysis: Analysis, t: Trigger, mentions: list[Mention], stop: int | None) -> list[Mention]:
    """التقى البرهان المبعوث الأمريكي الخاص للسودان: an official the text names by office alone, whose office
    names a state or an international body, stands in for the name; only where no second party is named.
    An office a person named earlier holds (استقبل ولي العهد) is that person."""
    words = analysis.words
    s = analysis.sentences[t.sent]
    # every person the sentence names, party or not (a teller before «أن» too), is nobody's unnamed office
    named = mentions + [m for m in sentence_mentions(analysis, t.sent) if m.kind == Kind.person]
    used = {i for m in named for i in range(m.extent[0], m.extent[1] + 1)} | {t.first, t.word}  # not the subject between
    i = s.first
    while i <= s.last:
        # an indefinite head (رئيس الوزراء اللبناني) only where it opens a phrase: after the verb, a comma, the day
        # or the place (استقبل … اليوم وزير …، في مسقط وزير …), or a name its own title came before (the one received)
        opens = words[i].text.startswith(("ال", "لل")) or i - 1 == t.word or words[i - 1].upos == "VERB" \
            or words[i - 1].text in ("،", ",") or is_time_word(words[i - 1]) or after_place(analysis, i) or any(
                m.last == i - 1 and m.title is not None and m.title[1] < m.first for m in named)
        if i in used or (stop is not None and i >= stop) or not is_title_head(words[i]) or not opens:
            i += 1
            continue
        chain = right_title(analysis, i - 1, s.last, used)
        if chain is None or chain[1] == chain[0] or used & set(range(chain[0], chain[1] + 1)):
            i += 1
            continue
        a, b = chain
        office = keys_of(analysis, chain)
        if any(m.title and keys_of(analysis, m.title) == office for m in mentions) or any(m.first == b + 1 for m in named) \
                or any(m.title and m.title[0] == b + 2 and words[b + 1].text in ("،", ",") for m in named):
            i = b + 1
            continue  # the office of a party named before (نائب خادم الحرمين الشريفين … الأمير محمد بن نايف) or after it
            # (وزير العدل السابق، رئيس جمعية … مرشد العرشاني: his first office, then a comma and his second)
        if later := next((m for m in named if m.first > b and m.title
                          and keys_of(analysis, m.title) == office[:m.title[1] - m.title[0] + 1]), None):
            # عقد الرئيس المصري اجتماعا مع سموه … الرئيس عبدالفتاح السيسي: named further on, the office's state his
            return [later if later.country else replace(later, country=holder_country(analysis, a, b, capitals=False))]
        if holder := office_holder(analysis, t.sent, office):
            if any(same_person(analysis, holder, m) for m in mentions):
                i = b + 1
                continue  # a party named here, whose office was told in full before
            return [holder]
        country = holder_country(analysis, a, b, capitals=False)
        international = is_international(analysis, a, b)
        if country or international:
            return [Mention(Kind.person, a, b, t.sent, title=(a, b), country=country, international=international)]
        i = b + 1
    return []


def after_place(analysis: Analysis, i: int) -> bool:
    """استقبل … في القاهرة وزير …: word i follows a place named after في or ب, a phrase of its own."""
    words = analysis.words
    for k in range(i - 1, max(0, i - 3), -1):
        if norm(words[k - 1].text) in ("في", "ب") and (hit := match_at(analysis, k, i - 1)) is not None \
                and hit.last == i - 1 and hit.how in ("name", "capital", "city"):
            return True
    return False


def office_holder(analysis: Analysis, sent: int, office: list[str], whole: bool = False) -> Mention | None:
    """الذي استقبل ولي ولي العهد, after «الأمير محمد بن سلمان ولي ولي العهد النائب الثاني …» earlier in the
    article: the nearest person named before whose title is that office (whole) or begins with it (an
    office of two words or more)."""
    if not whole and len(office) < 2:
        return None
    for earlier in range(sent - 1, -1, -1):
        for m in sentence_mentions(analysis, earlier):
            title = keys_of(analysis, m.title) if m.kind == Kind.person and m.title else []
            if title and (title == office if whole else title[:len(office)] == office):
                return m
    return None


def pronoun_party(analysis: Analysis, t: Trigger) -> bool:
    """مع|ه، مع سمو|ه after the trigger: the other party is a person named before."""
    words = analysis.words
    last = analysis.sentences[t.sent].last
    return any(norm(w.text) == "مع" and k + 1 <= last and (
        words[k + 1].upos == "PRON" or norm(words[k + 1].text) in HONORED_PRONOUNS
        or (k + 2 <= last and is_honorific_at(words, k + 1) and words[k + 2].upos == "PRON"))
        for k, w in enumerate(words[t.word + 1:last + 1], start=t.word + 1))


# an honorific and its pronoun written as one word, where the tokenizer left it whole
HONORED_PRONOUNS = {"سموه", "سموها", "معاليه", "معاليها", "فخامته", "جلالته", "سعادته", "سماحته", "دولته", "فضيلته"}


def after_honored_pronoun(analysis: Analysis, m: Mention) -> bool:
    """كما التقى سموه وزيرة خارجية أستراليا …: one named after a subject told by its pronoun is the object,
    not whom a later sentence leaves out."""
    words, k = analysis.words, m.extent[0] - 1
    if k < analysis.sentences[m.sent].first:
        return False
    return norm(words[k].text) in HONORED_PRONOUNS or (
        k - 1 >= 0 and glued_pronoun(words, k - 1) and bool(is_honorific_at(words, k - 1)))


def their_meeting(analysis: Analysis, t: Trigger) -> bool:
    """A meeting noun with a dual or plural pronoun (خلال لقائهما): the meeting of those named before it."""
    return t.kind == "noun" and glued_pronoun(analysis.words, t.word) and norm(analysis.words[t.word + 1].text) in PLURAL_PRONOUNS


def titled_object(analysis: Analysis, m: Mention) -> bool:
    """A definite office with no name right after the person (… السيسي الوزير الأمريكي): the verb's object,
    one named before, so the person is the subject."""
    words = analysis.words
    i = m.extent[1] + 1
    while i <= analysis.sentences[m.sent].last and is_time_word(words[i]):
        i += 1  # … السيسي أمس الوزير الأمريكي
    return i <= analysis.sentences[m.sent].last and words[i].text.startswith("ال") and is_title_head(words[i])


def receives_after(analysis: Analysis, t: Trigger) -> bool:
    """خلال / لدى استقباله (one person's pronoun) later in the sentence of a talk verb: its subject hosted."""
    words = analysis.words
    last = analysis.sentences[t.sent].last
    return any(w.key == "استقبال" and w.index + 1 <= last and words[w.index + 1].start == w.end
               and norm(words[w.index + 1].text) in ("ه", "ها") for w in words[t.word + 1:last + 1])


CLAUSE_OPENERS = {"كما"}  # not ثم: the subject of the clause before goes on (ومن ثم اجتمع مع …)


def own_clause(analysis: Analysis, t: Trigger, mentions: list[Mention]) -> list[Mention]:
    """… لجلالة الملك عبدالله الثاني، كما تلقى خادم الحرمين … اتصالا من الملك حمد: a meeting told after «كما»
    is a clause of its own, and the one told before it ends there, each where it names two persons itself
    (not كما التقى سموه X, whose subject was named before it)."""
    opener, closer = clause_of(analysis, t, sources=True)
    own = [m for m in mentions if (opener is None or m.first > opener) and (closer is None or m.last < closer)]
    return own if sum(m.kind == Kind.person for m in own) >= 2 else mentions


def clause_of(analysis: Analysis, t: Trigger, sources: bool = False) -> tuple[int | None, int | None]:
    """The «كما» that opens the trigger's clause, and the one that opens another meeting's after it; with
    `sources`, the tag of the report's source ends it too (… وفق ما أعلن المتحدث جون كيربي: no party)."""
    words = analysis.words
    s = analysis.sentences[t.sent]
    opener = next((k for k in range(t.first - 1, max(s.first, t.first - 2) - 1, -1) if norm(words[k].text) in CLAUSE_OPENERS), None)
    closer = next((k for k in range(t.word + 1, s.last) if (norm(words[k].text) in CLAUSE_OPENERS
                   and norm(words[k + 1].text) in meeting_words()["verb_forms"])
                   or (sources and norm(words[k].text) in SOURCE_TAGS)), None)
    return opener, closer


def for_trigger(analysis: Analysis, t: Trigger) -> list[Participant]:
    stop = excluded_from(analysis, t.sent)
    resume = resumed_at(analysis, stop)
    absent: set[int] = set()
    if stop is not None and stop < t.first and resume is None:
        # a greeting sender before the trigger (نقل تحيات …) does not cut the parties after it, but is not one
        # of them; attendance does
        if not any(norm(w.text) in meeting_words()["attendance"] for w in analysis.words[stop:t.first]):
            absent, stop = absent_before(analysis, stop, t.first), None
    theirs = their_meeting(analysis, t)  # أكد X لنظيره Y أن … بعد لقائهما: the tellers are the parties
    mentions = [m for m in sentence_mentions(analysis, t.sent) if usable(analysis, m, stop, resume) and m.last != t.word
                and not talked_about(analysis, t, m) and (theirs or not reporter(analysis, t, m)) and m.first not in absent]
    mentions = own_clause(analysis, t, mentions)
    persons = [m for m in mentions if m.kind == Kind.person]
    chosen = persons if len(persons) >= 2 else persons + [m for m in mentions if m.kind != Kind.person]
    chosen = sorted(chosen, key=lambda m: m.first)
    bodies = [m for m in chosen if m.kind in (Kind.organization, Kind.country)]
    # وفدا حركة حماس وإسرائيل: the delegations are the bodies they come from, named within them or right after
    # (not وزراء الخارجية الذين يزورون قطر: a clause between)
    chosen = [m for m in chosen if m.kind != Kind.group or m.listing or not any(
        m.first < b.first <= m.last + 3 and not any(w.upos in ("VERB", "PRON") for w in analysis.words[m.last + 1:b.first])
        for b in bodies)]
    chosen = [m for m in chosen if not any(g.listing and g is not m and g.first <= m.first <= g.last for g in chosen)]
    chosen = distinct(analysis, chosen)
    host = subject = None
    dropped = titled_anaphor(analysis, t, mentions)
    if dropped is not None and not any(same_person(analysis, m, dropped) for m in chosen):
        chosen = [dropped, *chosen]
    elif len(chosen) == 1 and t.sent > 0 and t.first - analysis.sentences[t.sent].first <= 1 \
            and not (t.first < chosen[0].first < t.word and not pronoun_party(analysis, t)):
        # وعقد رون ديرمر لقاءات مع مجموعة …: the subject is named, and the other no one before (not مع سمو|ه)
        # والتقى رئيس دولة الإمارات …: the subject left out is the person the sentence before was about
        # (كما أجرى سموه اتصالا آخر …, after a sentence on what the first call took up: the nearest one naming someone)
        dropped = next((m for sent in range(t.sent - 1, max(-1, t.sent - 4), -1)
                        if any(w.upos == "VERB" for w in analysis.sentence_words(sent))  # not a byline (حسن عسيري- عين اليوم)
                        for m in sentence_mentions(analysis, sent)
                        if m.kind == Kind.person and not same_person(analysis, m, chosen[0])
                        and not after_honored_pronoun(analysis, m)), None)
        if dropped is not None:  # (not the one named here: عقد الملك عبد الله اجتماعا مع سمو|ه)
            chosen = [dropped, *chosen]
            if t.kind == "receive" and titled_object(analysis, chosen[1]):
                subject = chosen[1]  # واستقبل الرئيس المصري X الوزير الأمريكي: the one named is the host
    if len(chosen) < 2:
        chosen = distinct(analysis, convened(analysis, t, chosen))
    if len(chosen) == 1:
        chosen = sorted(chosen + unnamed_officials(analysis, t, mentions + chosen, stop), key=lambda m: m.first)
    if len(chosen) < 2:
        return []
    out = []
    if subject is not None:
        host = subject
    elif t.kind == "received":
        host = chosen[0]  # the subject whose pronoun the noun carries: أكد الرئيس خلال استقباله …
    elif t.kind == "receive" and dropped is not None:
        host = dropped
    elif t.kind == "visit":
        host = chosen[1]  # زار X Y / X زار Y: the one visited received the visitor
    elif t.kind in ("discuss", "meet") and receives_after(analysis, t):
        host = chosen[0]  # بحث X مع Y خلال استقباله له: X received Y
    elif t.kind == "receive":
        before = [m for m in chosen if m.last < t.word]
        after = next((m for m in chosen if m.first > t.word), None)
        # حيث استقبله الرئيس …: the verb carries its object, so the one named after it is the host
        host = after if after is not None and glued_pronoun(analysis.words, t.word) else before[-1] if before else after
    for m in chosen:
        role = Role.peer if host is None else (Role.host if m is host else Role.visitor)
        out.append(to_participant(analysis, m, role))
    # the spec: a state is a party only where no person of theirs is named (استقبل أمير دولة قطر … قطر)
    represented = {p.country for p in out if p.kind == Kind.person and p.country}
    out = [p for p in out if not (p.kind == Kind.country and p.country in represented)]
    states = [p for p in out if p.kind == Kind.country]  # الجزائر … الجمهورية الجزائرية: one state, the longest name
    out = [p for p in out if p.kind != Kind.country or p is max(
        (q for q in states if q.country == p.country), key=lambda q: len(q.name))]
    return out if len(out) >= 2 else []
