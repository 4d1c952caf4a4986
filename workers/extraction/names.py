"""Where a person's name starts and ends: NER persons, proper nouns after an honorific or a title, the head
of a delegation, and the repairs for words the tokenizer or the tagger cut (عبدالل|ه، ف|يليبو، ستيف و|يتكوف),
family links (بن، آل، ولد), regnal numbers and nisba family names."""

from __future__ import annotations

from workers.analysis import Analysis, Sentence, Word, norm
from workers.extraction.countries import match_at
from workers.extraction.lexicon import cue_at, meeting_words, people
from workers.extraction.titles import epithet_at, left_title, right_title
from workers.extraction.word_classes import (
    ACTING,
    COUNTERPART,
    NAMING,
    ORDINALS,
    TIME_WORDS,
    chain_ok,
    definite,
    glued_pronoun,
    headed_by,
    honorific_before,
    in_honorific,
    is_honorific_at,
    is_person_tag,
    is_punct,
    is_time_word,
    is_title_head,
    not_name,
    nunated,
    rare_proper,
    time_of_day_at,
    unlikely_name,
    verb_of_call,
)
from workers.ner_context import MIN_SURNAME
from workers.segmentation import RARE

# regnal numbers (الملك عبدالله الثاني، البابا بنديكت السادس عشر) belong to the name after a royal title
TITLE_NAMES = {"امير", "سلطان", "خليفه", "مرشد"}  # title words that are given names too
GOVERNORS = {"محافظ"}  # a head whose genitive is a place the lexicons may not know (محافظ وادي الدواسر)
UNCOMMON = 500  # a word seen less often than this in news may be a name's rest after a glued letter
# a name's last word the tokenizer cut after its first letter, and how rare its rest must be: rarer after
# ل, which before a rare name is more often "to" (قال ماكرون لفرانس)
GLUED_NAME_LETTERS = {"ب": UNCOMMON, "ل": RARE}
# nouns that head what is discussed (بحث … مع الشيخ صباح خالد الحمد الصباح | سبل تعزيز التعاون)
SUBJECT_HEADS = {"سبل", "اوجه", "افاق", "مجالات", "علاقات", "مستجدات", "تطورات", "قضايا", "ملفات", "جهود"}
NAME_PARTICLES = {"لو", "لا", "دو", "فان", "فون"}  # Le, La, Du, Van, Von (دي and دا NER keeps itself)
BODY_HEADS = {"حزب", "حركه", "منظمه", "جبهه", "تنظيم", "جماعه", "تيار", "ائتلاف", "تحالف", "شركه", "مجموعه"}
# heads of an institution whose own name follows (هيئة قناة السويس، جامعة هارفارد): inside a title, not a person
INSTITUTION_HEADS = BODY_HEADS | {"هيئه", "مؤسسه", "وكاله", "سلطه", "مصلحه", "جامعه", "صندوق", "بنك", "مجلس",
                                  "اتحاد", "نادي", "مركز", "قناه", "صحيفه", "مجمع", "معهد"}
TEAM_RANKS = {"فريق"}  # a rank that is also a common noun (the team): a name must follow
RANK_GRADES = {"اول", "ركن"}
ROYAL = {"ملك", "ملكه", "عاهل", "سلطان", "امير", "اميره", "بابا", "امبراطور", "شاه", "بطريرك"}


def trim(analysis: Analysis, first: int, last: int) -> tuple[int, int] | None:
    """An NER person span without the title or demonym the tagger took in (الروسي سيرجي، محمد … ولي العهد)."""
    words = analysis.words
    given = given_name_first(analysis, first, last)
    titled = is_title_head(words[first]) and not given
    while first <= last and not given and (is_title_head(words[first]) or is_honorific_at(words, first) or is_punct(words[first])
                             or match_at(analysis, first, first) or norm(words[first].text) in TIME_WORDS
                             or words[first].key in people()["not_names"] or norm(words[first].text) in ORDINALS
                             or words[first].key in COUNTERPART or in_construct(words, first) or norm(words[first].text) in ACTING):
        first += 1  # the label NER carried from الملك عبدالله الثاني to النائب الثاني is no name
    if titled and all(w.text.startswith("ال") and w.upos != "PROPN" for w in words[first:last + 1]):
        return None  # شيخ الأزهر الشريف: a title and its genitive, no name
    if first == last and words[first].text.startswith("ال") and title_genitive(analysis, words[first].key):
        return None  # شيخ الأزهر, then «بين الأزهر و…»: the label NER carried from the title is no surname
    if first <= last and (place := match_at(analysis, first, last)) and place.how in ("capital", "city", "name"):
        first = place.last + 1  # أديس أبابا: a place of two words the tagger read as a person
    if first <= last and norm(words[first].text) in people()["name_links"] and first > 0 \
            and not not_name(analysis, first - 1) and not unlikely_name(words[first - 1]) \
            and words[first - 1].key not in people()["eponym_heads"]:
        first -= 1  # خالد بن محمد where the tagger began at بن (not دوري عبد اللطيف جميل: the league)
    for j in range(first + 1, last + 1):
        w = analysis.words[j]
        if norm(words[j - 1].text) in people()["name_links"] and not is_punct(w):
            continue  # محمد ولد الشيخ الغزواني: a word after a family link is the name's, title or not
        if w.key in TITLE_NAMES and not definite(words, j) and j < last and not definite(words, j + 1) \
                and not is_title_head(words[j + 1]) and not match_at(analysis, j + 1, j + 1):
            continue  # حسين أمير عبد اللهيان: a title word that is also a given name, inside the name
        if w.key in TITLE_NAMES and j == last and not definite(words, j) and is_person_tag(w) \
                and words[j - 1].upos != "ADJ" and not (j + 1 < len(words) and match_at(analysis, j + 1, j + 1)):
            continue  # الناشط محمد سلطان: the tagger's last word, a family name (not سلطان عمان)
        if is_title_head(w) or is_punct(w) or norm(w.text) in TIME_WORDS or w.key in meeting_words()["nouns"] \
                or (j == last and is_honorific_at(words, j) and opens_person(words, j + 1)) \
                or norm(w.text) in meeting_words()["verb_forms"] or w.key in people()["not_names"] \
                or norm(w.text) in meeting_words()["absent_parties"] or epithet_at(words, j):
            # بوتين تحيات …: what he is sent; فهد رحمه الله: a prayer
            last = j - 1
            break
    return (first, last) if first <= last else None


def indefinite_after_title(words: list[Word], i: int) -> bool:
    """A definite title and a common indefinite noun (إلقاء الرئيس كلمة): its object, not its genitive."""
    nxt = words[i + 1]
    return words[i].text.startswith("ال") and nxt.upos == "NOUN" and nxt.ner == "O" \
        and not nxt.text.startswith(("ال", "ل")) and nxt.freq >= RARE


def given_name_first(analysis: Analysis, first: int, last: int) -> bool:
    """الدكتور سلطان الشايع: after an honorific, a title word that is also a given name opens the name."""
    words = analysis.words
    return words[first].key in TITLE_NAMES and not definite(words, first) and first < last and first > 0 \
        and (is_honorific_at(words, first - 1) == 1 or in_honorific(words, first - 1)) and not is_title_head(words[first + 1]) \
        and words[first + 1].key not in people()["not_names"] and match_at(analysis, first + 1, first + 1) is None


def in_construct(words: list[Word], i: int) -> bool:
    """ولي عهد أبو ظبي: a word right after a title without the article is its genitive, not a name."""
    before = words[i - 1] if i > 0 else None
    return before is not None and is_title_head(before) and not definite(words, i - 1) and before.key not in TITLE_NAMES


def title_genitive(analysis: Analysis, key: str) -> bool:
    """The word follows a title without the article somewhere in the text (شيخ الأزهر، رئيس الوزراء):
    the title's genitive, where a name would follow a title with it (الرئيس السيسي)."""
    words = analysis.words
    return any(w.key == key and k > 0 and is_title_head(words[k - 1]) and not words[k - 1].text.startswith(("ال", "لل"))
               for k, w in enumerate(words))


def proper_run(analysis: Analysis, i: int, last: int) -> int | None:
    """End of a run of proper nouns starting at i that can be a name, or None."""
    words = analysis.words
    if words[i].upos not in ("PROPN", "X", "NOUN") or not_name(analysis, i) or unlikely_name(words[i]) \
            or words[i].key in people()["eponym_heads"]:
        return None  # مستشفى أملج: an institution, which the tagger may call proper
    if words[i].upos == "NOUN" and words[i].ner == "O":
        return None
    j = i
    while j + 1 <= last and words[j + 1].upos in ("PROPN", "X") and not not_name(analysis, j + 1) \
            and words[j + 1].key not in people()["not_names"]:
        j += 1
    return j


FUNCTION_WORDS = {"في", "من", "علي", "الي", "عن", "مع", "و", "ب", "ل", "ك", "ف", "ان", "الذي", "التي", "خلال", "لدي"}


def honored_run(analysis: Analysis, i: int, last: int, trust_verbs: bool = True) -> int | None:
    """After an honorific the name follows whatever the tagger calls it (الشيخ صباح الخالد الحمد الصباح),
    unless NER marks where a person's name ends (السيد X دعم …)."""
    words = analysis.words
    if i <= last and words[i].upos == "PRON":
        return None  # معالي|ه، سمو|ه: the honorific stands for a person named before
    if i <= last and words[i].ner.startswith("S-") and is_person_tag(words[i]):
        return i
    if i <= last and words[i].key in people()["not_names"]:
        return None  # أمير منطقة الرياض: an institution word after the honorific, no name
    if i <= last and words[i].upos == "ADJ" and words[i].ner == "O" and words[i].text.startswith("ال"):
        return None  # المستشار الدبلوماسي ل…: an adjective makes the honorific a title
    j = i - 1
    while j + 1 <= last and j + 1 - i < 5:
        w = words[j + 1]
        if j >= i and ends_person(words, j) and w.ner == "O" and w.upos not in ("PROPN", "X") \
                and (w.upos in ("VERB", "PART", "AUX", "ADP", "SCONJ") or w.text.startswith("و") or w.key in SUBJECT_HEADS
                     or opens_topic(words, j + 1, last) or described(analysis, j + 1, last)):
            break  # هولاند جدد، البلوي قد، الدخيل نحو، السيسي وعدداً، الصباح سبل، كوريلا التعاون العسكري، ديمبسي
            # الحكومة العراقية: NER's name, then a verb, a particle, what is discussed, a noun and its demonym …
        if (is_title_head(w) or is_honorific_at(words, j + 1) or is_punct(w) or is_time_word(w) or time_of_day_at(words, j + 1)
                or nunated(w)
                or norm(w.text) in FUNCTION_WORDS or match_at(analysis, j + 1, j + 1) or (trust_verbs and w.upos == "VERB")
                or norm(w.text) in meeting_words()["verb_forms"] or w.key in meeting_words()["nouns"]
                or norm(w.text) in meeting_words()["phone_words"] | meeting_words()["video_words"]  # فيدان هاتفيا
                or norm(w.text) in meeting_words()["absent_parties"]):  # الغزواني رسالة خطية
            break
        j += 1
    return j if j >= i else None


def described(analysis: Analysis, i: int, last: int) -> bool:
    """A common noun with the article that a demonym describes (الحكومة العراقية): a phrase, not a name's end."""
    words = analysis.words
    return words[i].upos == "NOUN" and words[i].text.startswith("ال") and i + 1 <= last \
        and (hit := match_at(analysis, i + 1, i + 1)) is not None and hit.how == "demonym"


def opens_topic(words: list[Word], i: int, last: int) -> bool:
    """A subject of talks of two words or more starts at word i (التعاون العسكري، الملف النووي)."""
    forms = [w.key for w in words[i:last + 1]]
    return (hit := cue_at(forms, 0, len(forms) - 1)) is not None and hit[0] > 1


def opens_person(words: list[Word], j: int) -> bool:
    """NER starts a person at word j (أنور إبراهيم البرفسور | كلاوس شواب: the honorific before it is the next one's)."""
    return j < len(words) and words[j].ner[:2] in ("B-", "S-") and is_person_tag(words[j])


def ends_person(words: list[Word], j: int) -> bool:
    return words[j].ner[:2] in ("E-", "S-") and is_person_tag(words[j])


OPENERS = {"«", "(", "“", '"', "["}
FUNCTION_TAGS = {"PART", "AUX", "SCONJ", "CCONJ", "PRON", "DET"}  # no name starts with one
BOUNDARY = {"في", "ب", "و", "خلال", "الذي", "التي", "علي", "الي", "مع", "من", "لدي"}


def after_demonym(analysis: Analysis, head: int, last: int) -> tuple[int, int] | None:
    """TITLE … DEMONYM NAME: two or three words after a title that ends in a demonym (or in لدى + the
    country an envoy is sent to), then a boundary."""
    words = analysis.words
    j, accredited = head + 1, False
    while j <= last and j - head <= 6 and chain_ok(words[j]) and not (
            (hit := match_at(analysis, j, j)) and hit.how == "demonym"):
        if norm(words[j].text) == "لدي" and j + 1 <= last:  # سفير جمهورية الصين الشعبية لدى المملكة تشن …
            place = match_at(analysis, j + 1, last)
            j, accredited = (place.last if place else j + 1), True
            break
        j += 1
    if j > last or (not accredited and (j - head > 6 or not match_at(analysis, j, j))):
        return None
    if j + 1 <= last and words[j + 1].text in ("،", ","):
        j += 1  # كبير مستشاري الرئيس الأمريكي، مسعد بولس،
    if j + 2 <= last and norm(words[j + 1].text) in NAMING:
        j += 1  # مستشار مالي ألماني يدعى كارل شميت: the name follows "called"
    if j + 1 <= last and words[j + 1].upos in FUNCTION_TAGS:
        return None  # وكان وزير الدفاع الأميركي قد وصل، … العراقي لم يكن: the title is the subject, no name follows
    end = honored_run(analysis, j + 1, last, trust_verbs=False)  # تمام سلام: names the tagger reads as verbs
    if end is None or not (1 <= end - j - 1 <= 2 or (end == j + 1 and rare_proper(words[end]))):
        return None  # two or three words; one where it is a rare proper noun (نظيرتها الإندونيسية سوجيونو)
    after = words[end + 1] if end + 1 <= last else None
    if after is not None and not (is_punct(after) or norm(after.text) in BOUNDARY | TIME_WORDS):
        return None
    if any(w.text.startswith(("ال", "لل")) for w in words[j + 1:end]) and words[j + 1].ner == "O":
        return None  # المبعوث الأمريكي للشرق الأوسط: only a surname has the article
    return j + 1, end


def after_comma(analysis: Analysis, head: int, j: int, last: int) -> tuple[int, int] | None:
    """محافظ عدن، نائف البكري و…: a title set off by a comma, then a name of two or three words up to a
    boundary, whatever the tagger calls them."""
    words = analysis.words
    if j > last or j - head > 8 or words[j].text not in ("،", ",") or j + 1 > last:
        return None
    first = words[j + 1]
    if not (first.upos in ("PROPN", "X", "NOUN") or is_person_tag(first)) or first.text.startswith("ال") \
            or not_name(analysis, j + 1) or unlikely_name(first):
        return None
    end = honored_run(analysis, j + 1, last, trust_verbs=False)
    if end is None or not 1 <= end - j - 1 <= 2:
        return None
    after = words[end + 1] if end + 1 <= last else None
    if after is not None and not (is_punct(after) or norm(after.text) in BOUNDARY | TIME_WORDS):
        return None
    return j + 1, end


def name_cores(analysis: Analysis, sent: int, surnames: set[str] | None = None) -> list[tuple[int, int]]:
    """Word spans of person names: NER persons, proper nouns right after an honorific or a title chain,
    and the surname alone of a person named in full earlier in the article (كما استقبل الخصاونة)."""
    s = analysis.sentences[sent]
    words = analysis.words
    spans = [(w.index, w.index) for w in words[s.first:s.last + 1] if surnames and w.key in surnames
             and not time_of_day_at(words, w.index)  # الصباح, then صباح اليوم: a time
             and norm(w.text) not in ORDINALS  # آل ثاني, then يومي الثاني: the ordinal
             and not (w.deprel == "amod" and match_at(analysis, w.index, w.index))]  # السوداني, then الجيش السوداني
    for e in analysis.entities:
        if e.type in ("PERS", "PER") and s.first <= e.first <= s.last:
            trimmed = trim(analysis, e.first, e.last)
            if trimmed:
                spans.append(trimmed)
    i = s.first
    while i <= s.last:
        n = is_honorific_at(words, i)
        if n and words[i].key in TEAM_RANKS and i + n <= s.last and not (
                is_person_tag(words[i + n]) or words[i + n].upos == "PROPN" or norm(words[i + n].text) in RANK_GRADES):
            n = 0  # للفريق تحضيرا: the team, not the rank (الفريق أول البرهان، الفريق خليفة حفتر)
        if n and words[i].key == "اصحاب":
            n = 0  # أصحاب الفضيلة قضاة …: a plural honorific comes before officials, not before a name
        if n and i + n <= s.last:
            end = honored_run(analysis, i + n, s.last)
            if end is not None:
                spans.append((i + n, end))
        elif (is_title_head(words[i]) or words[i].key in COUNTERPART) and (end := after_demonym(analysis, i, s.last)) is not None:
            spans.append(end)  # رئيس مجلس الوزراء اللبناني تمام سلام في …، نظيرتها الإندونيسية سوجيونو
        elif is_title_head(words[i]):
            j = i + 1  # الرئيس هولاند
            while j <= s.last and j - i <= 12 and chain_ok(words[j]) and words[j].key not in meeting_words()["nouns"] \
                    and words[j].key not in people()["groups"] \
                    and not (j == i + 1 and indefinite_after_title(words, i)):  # الرئيس | كلمة لدى استقباله
                if hit := match_at(analysis, j, s.last):
                    j = hit.last + 1  # سفير المملكة المتحدة لدى …: a country of two words is no name
                    continue
                if j == i + 1 and words[i].key in GOVERNORS and not definite(words, i):
                    j += 1  # محافظ أملج: the governorate, which the lexicons may not know
                    continue
                if j == i + 1 and in_construct(words, j) and not is_person_tag(words[j]):
                    j += 1  # وزير أوروبا والشؤون الخارجية: a proper noun after a bare title is its genitive
                    continue
                if words[j - 1].key in INSTITUTION_HEADS and not is_person_tag(words[j]):
                    j += 1  # رئيس حركة حماس، رئيس شركة أرامكو: the body's own name, not the person's
                    continue
                if words[j].upos in ("PROPN", "X") and not not_name(analysis, j) \
                        and not (words[j].key in people()["not_names"] and match_at(analysis, j + 1, s.last)) \
                        and not (  # وزير خارجية جمهورية بنين: the state's form before its name is the title's
                        words[j].text.startswith("ال") and not is_person_tag(words[j])):
                    break  # لشؤون الأمن الدولي أليسا …: a definite proper noun inside the title is the title's
                j += 1
            # beyond 8 words of title (المبعوث الخاص للاتحاد الأوروبي لمنطقة الخليج ل|ويجي دي مايو), a rare name
            # only, which may have lost its first letter to the preposition ل
            cut = j <= s.last and words[j - 1].end == words[j].start and rare_proper(words[j]) and (
                words[j - 1].text == "ل" or (  # رئيس جمهورية السنغال ب|اسيرو ديوماي فاي: after the state, a name
                    words[j - 1].text == "ب" and j - 2 > i
                    and (match_at(analysis, j - 2, j - 2) is not None or words[j - 2].key == "بلاد")  # لدى البلاد ب|ليندا
                    and match_at(analysis, j, j) is None))
            if j <= s.last and (j - i <= 8 or rare_proper(words[j])) and words[j].upos in ("PROPN", "X") \
                    and (words[j - 1].upos != "ADP" or cut) and (
                    # وزير الخارجية ب|ديوان الوزارة: a proper noun after a preposition is a place
                    not words[j].text.startswith("ال") or (words[j].ner[:2] in ("B-", "S-") and is_person_tag(words[j]))):
                # a definite word inside an NER person (ولي العهد after the name) is the title's, not a name
                end = proper_run(analysis, j, s.last)
                # ومدير تحلية أملج المهندس …: a proper noun right before an honorific ends the title, the name follows
                if end is not None and not (end == j and verb_of_call(analysis, j)) \
                        and not (end < s.last and is_honorific_at(words, end + 1)):
                    spans.append((j - cut, end))
            elif (apposed := after_comma(analysis, i, j, s.last)) is not None:
                spans.append(apposed)
            elif j - 2 >= i + 2 and (pair := family_pair(analysis, j - 2, s.last)) is not None:
                spans.append(pair)
        elif headed_by(analysis, i) and (head := delegation_head(analysis, i, s.last)) is not None:
            spans.append(head)
        elif words[i].upos == "PROPN" and (end := proper_run(analysis, i, s.last)) is not None and end > i \
                and right_title(analysis, end, s.last, set()) and not match_at(analysis, i, end):  # not أديس أبابا
            spans.append((i, end))  # سمير جعجع، رئيس حزب …: a proper-noun pair with a title after it
            i = end
        i += max(n, 1)
    return merge_and_extend(analysis, spans, s.last)


def family_pair(analysis: Analysis, j: int, last: int) -> tuple[int, int] | None:
    """وزير الخارجية شائع الزنداني.: after a whole title, a word and a rare definite family name in -ي that
    end the clause are a name, whatever the tagger calls them."""
    words = analysis.words
    if j + 1 > last or (j + 2 <= last and not is_punct(words[j + 2]) and norm(words[j + 2].text) not in BOUNDARY):
        return None
    given, family = words[j], words[j + 1]
    if given.text.startswith("ال") or not given.text.isalpha() or len(given.text) < 3 or given.upos not in ("NOUN", "ADJ", "PROPN", "X") \
            or not family.text.startswith("ال") or not family.text.endswith("ي") or family.freq >= RARE_FAMILY \
            or is_title_head(given) or match_at(analysis, j, j + 1) or match_at(analysis, j + 1, j + 1):
        return None
    return j, j + 1


RARE_FAMILY = 100  # a definite nisba news writes less often than this is a family's name (الزنداني), not an adjective


def feminine_stem(w: Word) -> bool:
    """A word ending in ت, the form a noun in ة takes before a pronoun (جولت|ه، زوجت|ه)."""
    return w.text.endswith("ت")


def unseen_surname(analysis: Analysis, first: int, i: int) -> bool:
    w = analysis.words[i]
    return (analysis.counted and w.freq == 0 and i - first <= 3 and w.text.isalpha() and not w.text.startswith("ال")
            and not (feminine_stem(w) and glued_pronoun(analysis.words, i))  # جولت|ه: his tour
            and len(w.text) >= MIN_SURNAME and w.upos in ("VERB", "NOUN", "ADJ", "PROPN", "X")
            and (w.upos == "VERB" or not not_name(analysis, i)) and not is_title_head(w)
            and norm(w.text) not in meeting_words()["verb_forms"])


def delegation_head(analysis: Analysis, i: int, last: int) -> tuple[int, int] | None:
    """وفد … برئاسة نائب رئيس البنك لمنطقة غرب ووسط أفريقيا أوسمان دياغانا: after «برئاسة» and a title of
    up to 14 words, the first rare proper noun that is no place starts the head's name."""
    words = analysis.words
    j = i + 1
    while j <= last and is_honorific_at(words, j):
        j += is_honorific_at(words, j)
    if j <= last and (words[j].upos in ("PROPN", "NOUN", "X") or is_person_tag(words[j])) \
            and not words[j].text.startswith("ال") and not not_name(analysis, j) and not unlikely_name(words[j]):
        end = honored_run(analysis, j, last, trust_verbs=False)  # برئاسة خليل الحية: the name right away
        return (j, end) if end is not None else None
    for j in range(i + 1, min(last, i + 14) + 1):
        w = words[j]
        if is_punct(w) or w.upos == "VERB":
            return None
        if (rare_proper(w) or (is_person_tag(w) and w.ner[:2] in ("B-", "S-"))) and not not_name(analysis, j):
            end = proper_run(analysis, j, last) or j
            return j, end
    return None


def merge_and_extend(analysis: Analysis, spans: list[tuple[int, int]], sent_last: int) -> list[tuple[int, int]]:
    words, links = analysis.words, people()["name_links"]
    out: list[tuple[int, int]] = []
    for first, last in sorted(spans):
        while first <= last and (is_honorific_at(words, first) or in_honorific(words, first)):
            first += is_honorific_at(words, first) or 1  # NER may take الأمير into the name
        if first > last or epithet_at(words, first):
            continue  # رحم|ه الله, which the tagger may read as a person
        sent_first = analysis.sentences[words[first].sent].first
        while first - 1 >= sent_first and words[first - 1].upos == "PROPN" and not not_name(analysis, first - 1) \
                and not unlikely_name(words[first - 1]) \
                and not (first - 2 >= sent_first and words[first - 2].key in people()["not_names"]) \
                and not in_construct(words, first - 1) and words[first - 1].key not in people()["eponym_heads"]:
            first -= 1  # رمضان أحمد قاديروف where NER found only أحمد قاديروف; not إقليم كردستان, محافظ أملج, مستشفى
        if first - 2 >= sent_first and words[first - 1].text in ("و", "ب", "ل", "ك") \
                and words[first - 1].end == words[first].start \
                and (words[first].freq < RARE or (  # الرئيس ب|شار الأسد: a less common rest NER starts a person at
                    words[first].freq < UNCOMMON and words[first].ner[:2] == "B-" and is_person_tag(words[first])
                    and definite(words, first - 2))) \
                and not is_person_tag(words[first - 2]) and (
                    is_title_head(words[first - 2]) or match_at(analysis, first - 2, first - 2)):
            first -= 1  # السفير و|ودرو ويلسون، الرئيس الإندونيسي ب|رابوو: a bare title takes no conjunction nor preposition
        if first - 2 >= sent_first and words[first - 1].text in ("و", "ب", "ل", "ك", "ف") \
                and words[first - 1].end == words[first].start and is_person_tag(words[first]) \
                and honorific_before(words, first - 1, sent_first):
            first -= 1  # معالي ل|انا نسيبة: an honorific is followed by a name, never by a preposition
        if first - 1 >= sent_first and words[first - 1].text in ("ف", "س") and words[first - 1].end == words[first].start \
                and words[first].freq < RARE and is_person_tag(words[first]):
            first -= 1  # ف|يليبو غراندي، س|يلفيو: no conjunction nor future prefix comes before a name
        if first - 3 >= sent_first and words[first - 1].text in ("ل", "ب") and words[first - 1].end == words[first].start \
                and (demonym := match_at(analysis, first - 3, first - 3)) and demonym.how == "demonym" \
                and words[first - 2].upos in ("NOUN", "PROPN", "X") and not not_name(analysis, first - 2) \
                and not unlikely_name(words[first - 2]):
            first -= 2  # وزيرة الخارجية البلجيكية حجة ل|حبيب: a given name after the demonym, the family name cut
        if first - 3 >= sent_first and words[first - 1].text == "ه" and words[first - 2].end == words[first - 1].start \
                and words[first - 2].freq < RARE and words[first - 2].upos != "VERB" and not feminine_stem(words[first - 2]) \
                and not is_title_head(words[first - 2]) \
                and (is_title_head(words[first - 3]) or honorific_before(words, first - 2, sent_first)):
            first -= 2  # الرئيس عبدرب|ه منصور هادي: a given name ending in ه, cut as if it carried a pronoun
        given = first - 1
        if given - 1 >= sent_first and words[given].upos == "PRON" and words[given].start == words[given - 1].end:
            given -= 1  # ميت|ه فريدريكسن: a given name the tokenizer cut as if it ended in a pronoun
        if given - 1 >= sent_first and (words[given].ner == "S-LOC" or words[given].upos in ("NOUN", "ADJ", "X")) \
                and not match_at(analysis, given, given) and not not_name(analysis, given) \
                and not unlikely_name(words[given]) and (
                    ((country := match_at(analysis, given - 1, given - 1))
                     and country.how in ("name", "demonym", "capital", "city")
                     and any(is_title_head(words[k]) for k in range(max(sent_first, given - 6), given - 1)))
                    or (given - 2 >= sent_first and is_title_head(words[given - 2]) and definite(words, given - 1)
                        and not definite(words, given) and words[given].upos != "ADJ" and words[first].ner[:2] == "B-")):
            first = given  # سفير المملكة المتحدة لدى اليمن عبدة شريف، رئيسة وزراء الدنمارك ميته فريدريكسن: a title's
            # country or city (محافظ تعز فضل …), then a word the tagger left out, then the name: that word is the given name; so after a
            # title's one definite genitive, which an indefinite word cannot go on (محافظ الضالع فضل محمد الجعدي)
        if first == last and first - 2 >= sent_first and (hit := match_at(analysis, first - 1, first - 1)) \
                and hit.how == "name" and match_at(analysis, first - 2, first - 2) and norm(words[first - 1].text) != "و":
            first -= 1  # رئيسة وزراء إيطاليا جورجيا ميلوني: a title names one country; the second starts the name
        # family parts: بن X، آل X, and proper nouns the tagger did not join
        while last + 1 <= sent_last:
            nxt = words[last + 1]
            if nxt.text == "ه" and nxt.start == words[last].end and (words[last].freq < RARE or (
                    last + 2 <= sent_last and is_person_tag(words[last + 2]) and not is_punct(words[last + 2]))):
                last += 1  # عبدالل|ه، نبي|ه بري: the tokenizer cut a name ending in ه (no word, or a name goes on)
            elif norm(nxt.text) in ("و", "ف", "س") and last + 2 <= sent_last and nxt.end == words[last + 2].start \
                    and (after := words[last + 2]).freq < RARE and after.ner == "O" and after.upos != "PROPN" \
                    and not is_title_head(after) \
                    and not after.text.startswith("ال") and after.text.isalpha() and not after.text.endswith("وا") \
                    and not (after.upos == "VERB" and after.text.endswith("ا")):
                last += 2  # ستيف و|يتكوف، كاسبار ف|يلدكامب، سانتوس س|يماو: a rare word the tagger read as a verb
                # (not و|أجابوا، و|ناقشا: a verb in the plural or the dual)
            elif nxt.text in GLUED_NAME_LETTERS and last + 2 <= sent_last and nxt.end == words[last + 2].start \
                    and words[last + 2].freq < GLUED_NAME_LETTERS[nxt.text] and words[last + 2].ner in ("O", "S-LOC") \
                    and words[last + 2].text.isalpha() \
                    and (not words[last + 2].text.startswith("ال") or not words[last + 2].freq) \
                    and not (nxt.text == "ل" and words[last + 2].text.startswith("ل")) \
                    and not match_at(analysis, last + 2, last + 2) \
                    and (last + 3 > sent_last or (is_punct(words[last + 3]) and words[last + 3].text not in OPENERS)):
                last += 2  # شيرلي أيوركور ب|وتشواي.، مارتن ل|ونغدن،: an uncommon last word, no known place
                # (not before an opening quote: المطوع ب|تكريم «الفائزين», the noun governs what is quoted;
                # not ل|ل: للموهبة, the article after ل)
            elif norm(nxt.text) in NAME_PARTICLES and last + 2 <= sent_last and words[last + 2].text.isalpha() \
                    and words[last + 2].freq < RARE and not words[last + 2].text.startswith("ال") \
                    and is_person_tag(words[last]):
                last += 2  # ستيفان لو فول، جان إيف لو دريان: a particle of a European name, then a rare word
            elif norm(nxt.text) in links and last + 2 <= sent_last and not is_punct(words[last + 2]) \
                    and words[last + 2].upos not in ("ADP", "VERB", "CCONJ", "PART", "SCONJ"):
                last += 2  # not محمد ولد في …: born in
            elif nxt.upos == "PROPN" and not not_name(analysis, last + 1):
                last += 1
            elif (end := regnal_end(analysis, first, last, analysis.sentences[nxt.sent])) > last \
                    and end + 1 <= sent_last and norm(words[end + 1].text) in ("بن", "ابن"):
                last = end  # الملك عبدالله الثاني بن الحسين: the father's name follows the regnal number
            elif is_honorific_at(words, last + 1) == 1 and nxt.text.startswith("ال") and (
                    last + 2 > sent_last or is_punct(words[last + 2])
                    or words[last + 2].upos in ("ADP", "VERB", "CCONJ", "SCONJ", "PART")):
                last += 1  # الدكتور عبدالمنعم الشيخ، …: an honorific no name follows is the family name
            elif unseen_surname(analysis, first, last + 1):
                last += 1  # عبد المجيد تبون: a word news never wrote, after a name, is the name's (the tagger said verb)
            else:
                break
        if praise := next((j for j in range(first + 1, last + 1) if epithet_at(words, j)), None):
            last = praise - 1  # السلطان هيثم بن طارق المعظم، فهد رحمه الله: praise or a prayer is no part of a name
        if first == last and last + 1 <= sent_last and (fam := words[last + 1]).text.startswith("ال") \
                and fam.freq < UNCOMMON and fam.upos in ("ADJ", "NOUN", "PROPN", "X") and not is_title_head(fam) \
                and not epithet_at(words, last + 1) and not match_at(analysis, last + 1, last + 1) \
                and (last + 2 > sent_last or is_punct(words[last + 2])) and words[first].upos == "PROPN":
            last += 1  # … في غزة خليل الحية.: a given name alone, then a rare definite word ending the clause
        if out and first <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], last))
        else:
            out.append((first, last))
    return [governed(analysis, first, last) for first, last in out]


def governed(analysis: Analysis, first: int, last: int) -> tuple[int, int]:
    """محافظ وادي الدواسر أحمد بن دخيل: after محافظ, the words before the given name that «بن» follows
    are the governorate, which the lexicons may not know."""
    words = analysis.words
    link = next((b for b in range(first + 2, last + 1) if norm(words[b].text) in ("بن", "ابن")), None)
    if first > 0 and words[first - 1].key in GOVERNORS and link is not None and words[link - 1].upos != "PRON":
        return link - 1, last
    return first, last


def named_after(analysis: Analysis, first: int) -> bool:
    """The name is part of a place or institution named after its bearer (مستشفى الملك فهد)."""
    words, i = analysis.words, first - 1
    sent_first = analysis.sentences[words[first].sent].first
    if i > sent_first and norm(words[i].text) in ("ابن", "ابو"):
        i -= 1  # مدارس ابن رشد: NER may leave ابن out of the name
    while i >= sent_first and first - i <= 3 and (is_title_head(words[i]) or words[i].key in people()["honorific_words"]):
        i -= 1
    # a head with the article takes no name after it (رئيس المركز الدكتور X is the center's head, X)
    return i >= sent_first and words[i].key in people()["eponym_heads"] and not definite(words, i)


def nisba_surname(analysis: Analysis, last: int, sent_last: int, untitled: bool = False) -> bool:
    """A demonym right after a titled name is the family name (رئيس الوزراء محمد شياع السوداني),
    where the tagger ended the name before it: Arabic puts a title's demonym before the name."""
    words = analysis.words
    nxt = last + 1
    if nxt > sent_last or not (hit := match_at(analysis, nxt, nxt)) or hit.how != "demonym":
        return False
    after = words[nxt + 1] if nxt + 1 <= sent_last else None
    return after is None or is_punct(after) or norm(after.text) in BOUNDARY | TIME_WORDS or (untitled and after.upos == "VERB")


def verb_follows_nisba(analysis: Analysis, last: int, sent_last: int) -> bool:
    """بأن محمد شياع السوداني استقبل …: with no title, a demonym between a name and its verb is the family name."""
    return last + 2 <= sent_last and analysis.words[last + 2].upos == "VERB" \
        and nisba_surname(analysis, last, sent_last, untitled=True)


def surnames(analysis: Analysis, cores: list[tuple[int, int]]) -> set[str]:
    """Last names of persons named with two words or more; a last name that is also a place
    (برناردينو ليون) counts where the tagger reads it as part of a person's name."""
    words = analysis.words
    return {words[last].key for first, last in cores
            if last > first and len(words[last].key) >= MIN_SURNAME  # not the ه the tokenizer cut off عبدالله
            and norm(words[last].text) not in people()["name_links"]  # نصر الله: not the الله of حزب الله
            and norm(words[last].text) not in ORDINALS  # الملك عبدالله الثاني, then النائب الثاني
            and (not not_name(analysis, last) or is_person_tag(words[last]))}


def plain_cores(analysis: Analysis, sent: int) -> list[tuple[int, int]]:
    """A sentence's name cores without the surnames told before it, found once per analysis: what the
    sentences after it read of it (their surnames, their full names)."""
    if ("plain_cores", sent) not in analysis.memo:
        analysis.memo[("plain_cores", sent)] = name_cores(analysis, sent)
    return analysis.memo[("plain_cores", sent)]


def surnames_before(analysis: Analysis, sent: int) -> set[str]:
    """Surnames of the persons named in the sentences before `sent` (each sentence read once per analysis)."""
    memo = analysis.memo
    known = next((k for k in range(sent, 0, -1) if ("surnames_before", k) in memo), 0)
    keys: set[str] = set(memo[("surnames_before", known)]) if known else set()
    for earlier in range(known, sent):
        cores = plain_cores(analysis, earlier)
        keys |= surnames(analysis, cores) | nisba_surnames(analysis, earlier, cores)
        memo[("surnames_before", earlier + 1)] = frozenset(keys)
    return keys


def nisba_surnames(analysis: Analysis, sent: int, cores: list[tuple[int, int]]) -> set[str]:
    """رئيس الوزراء محمد شياع السوداني، then «استقبل السوداني»: a demonym family name, read as the persons
    reading reads it (after a titled name, or before its verb)."""
    s = analysis.sentences[sent]
    return {analysis.words[last + 1].key for first, last in cores
            if (left_title(analysis, first, s.first, set()) and nisba_surname(analysis, last, s.last))
            or verb_follows_nisba(analysis, last, s.last)}


def regnal_end(analysis: Analysis, first: int, last: int, s: Sentence) -> int:
    """The last word of a royal name with its regnal number (الملك عبدالله الثاني، الثالث عشر)."""
    words = analysis.words
    if last + 1 > s.last or norm(words[last + 1].text) not in ORDINALS:
        return last
    if not any(w.key in ROYAL for w in words[max(s.first, first - 3):first]):
        return last  # نائب الرئيس الأول: an ordinal after a plain name is not part of it
    return last + 2 if last + 2 <= s.last and norm(words[last + 2].text) == "عشر" else last + 1
