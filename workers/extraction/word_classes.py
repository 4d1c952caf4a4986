"""What one word is to the extraction: punctuation, an honorific, a title word, a time word, a word that
can or cannot be part of a person's name."""

from __future__ import annotations

from workers.analysis import Analysis, Word, norm
from workers.extraction.countries import match_at
from workers.extraction.dates import WEEKDAYS
from workers.extraction.lexicon import meeting_words, people
from workers.segmentation import RARE

CHAIN_POS = {"NOUN", "ADJ", "PROPN", "DET", "NUM", "X"}
# not صباح / مساء: صباح is a name too; آنذاك after a former office (ولي العهد آنذاك) is no name
# words that open what a meeting took up (… لبحث العلاقات، حول الأوضاع)
TOPIC_OPENERS = {"لبحث", "بحث", "لمناقشه", "مناقشه", "حول", "بشان", "لبحثه", "تناول", "استعراض", "بهدف", "لتعزيز",
                 "ناقش", "ناقشا", "بحثا", "تناولا", "تناولت", "استعرض", "استعرضا", "تباحثا"}
SIGNED_DOCUMENTS = {"مذكره", "مذكرتي", "مذكرات", "اتفاقيه", "اتفاقيات", "اتفاق", "بروتوكول", "اعلان", "معاهده"}
TIME_WORDS = {"اليوم", "امس", "البارحه", "غدا", "الليله", "انذاك", "حينذاك", "حينئذ", "مؤخرا", "حاليا", "لاحقا",
              "يوم", "يومي", "يومين", "يوما"}  # يومي الثاني والثالث من أغسطس
VENUES = {"قصر", "مقر", "مكتب", "السراي", "قاعه", "فندق", "مبني", "ديوان", "مركز", "منتجع", "البيت", "الكرملين", "الاليزيه", "دار"}
DAY_NAMES = {norm(day) for day in WEEKDAYS}
COUNTERPART = {"نظير", "نظيره", "نظيرته", "نظيرها", "نظيرهم", "نظيريه", "نظيرت", "نظيرتي", "نظيري"}  # نظيري|ه: pronoun split


def is_punct(w: Word) -> bool:
    return w.upos == "PUNCT" or not any(ch.isalnum() for ch in w.text)


def is_honorific_at(words: list[Word], i: int) -> int:
    """Length of the honorific phrase starting at i (0 if none)."""
    hon = people()["honorifics"]
    if words[i].key == "دوله" and i > 0 and is_title_head(words[i - 1]):
        return 0  # وزير دولة، رئيس دولة الإمارات: a title's genitive, no honorific
    if words[i].key == "دوله" and i + 1 < len(words) and (words[i + 1].ner[2:] == "LOC" or not (
            is_title_head(words[i + 1]) or words[i + 1].upos == "PROPN" or words[i + 1].ner != "O"
            or (words[i + 1].key,) in people()["honorifics"])):
        return 0  # زيارة دولة تدوم يومين، بدولة الإمارات: a state; دولة الرئيس، دولة نجيب ميقاتي are honorifics
    for n in (3, 2, 1):
        if i + n <= len(words) and (key := tuple(w.key for w in words[i:i + n])) in hon:
            if n == 1 and words[i].text.startswith("ال") and words[i].key in people()["indefinite_honorifics"]:
                return 0  # رئيس الدولة: دولة is an honorific only without the article (دولة رئيس الوزراء)
            if key in people()["definite_honorifics"] and not definite(words, i):
                continue  # مستشار الأمن القومي، أمير البلاد: without the article, a title heading its genitive
            return n
    return 0


def definite(words: list[Word], i: int) -> bool:
    """Written with the article: الأمير، للأمير، ل|لأمير."""
    return words[i].text.startswith(("ال", "لل")) or (
        i > 0 and words[i - 1].text == "ل" and words[i - 1].end == words[i].start and words[i].text.startswith("ل"))


def honorific_before(words: list[Word], i: int, first: int) -> bool:
    """An honorific phrase (3 words at most) ends right before word i, none starting before word `first`."""
    return any(is_honorific_at(words, k) == i - k for k in range(max(first, i - 3), i))


def glued_pronoun(words: list[Word], i: int) -> bool:
    """Word i carries a pronoun the tokenizer split off (استقبل|ه، لقائ|هما)."""
    return i + 1 < len(words) and words[i + 1].upos == "PRON" and words[i + 1].start == words[i].end


def in_honorific(words: list[Word], i: int) -> bool:
    """Word i ends an honorific phrase begun before it (الفريق أول ركن: NER may start the name at ركن)."""
    return any(i - k >= 0 and is_honorific_at(words, i - k) > k for k in (1, 2))


def is_time_word(w: Word) -> bool:
    return norm(w.text) in TIME_WORDS or norm(w.text) in DAY_NAMES


TIMES_OF_DAY = {"صباح", "مساء", "ظهر", "عصر", "فجر", "ليل"}


def time_of_day_at(words: list[Word], i: int) -> bool:
    """صباح اليوم، مساء الأحد: صباح is a name too, but not before a day."""
    return norm(words[i].text) in TIMES_OF_DAY and i + 1 < len(words) and (
        is_time_word(words[i + 1]) or norm(words[i + 1].text) == "يوم")  # صباح يوم أمس


def is_title_head(w: Word) -> bool:
    return w.key in people()["title_heads"]


def is_person_tag(w: Word) -> bool:
    """NER tags the word as (part of) a person: PERS in ANERcorp, PER in Stanza's official models."""
    return w.ner[2:] in ("PERS", "PER")


def is_name_word(w: Word) -> bool:
    return w.upos in ("PROPN", "X") or (w.ner != "O" and w.ner[2:] == "PERS")


ORDINALS = {"الاول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع", "الثامن", "التاسع", "العاشر"}


ACTING = {"بالانابه", "بالوكاله", "بالنيابه"}  # المبعوثة الأممية بالإنابة: the title's, before the name


def nunated(w: Word) -> bool:
    """الحارثي عدداً: the accusative's nunation, never written on a name."""
    return w.text.endswith(("ً", "ًا"))


def accusative_title(w: Word) -> bool:
    """تعيين الملا أختر منصور زعيما، انتخاب سليم الجبوري رئيسا: an office in the accusative, written with its
    alif (the nunation's mark left off), says what a person was made; never part of a name."""
    text = norm(w.text)
    return len(text) > 3 and text.endswith("ا") and text[:-1] in people()["title_heads"]


OPEN_QUOTES = ("«", "“", '"')  # marks that open a quotation (a straight quote may open one too)
NAMING = {"يدعي", "تدعي", "يسمي", "تسمي", "المدعو", "المدعوه", "ويدعي", "وتدعي"}  # خبير ألماني يدعى …: "called"


def not_name(analysis: Analysis, i: int) -> bool:
    """Words that never start or end a person's name: titles, honorifics, places, demonyms, time words."""
    w = analysis.words[i]
    return (is_title_head(w) or bool(is_honorific_at(analysis.words, i)) or w.key in COUNTERPART or is_punct(w)
            or w.key == "نظراء"  # جون كيري نظراء|ه: his counterparts
            or w.key in people()["groups"]  # يحيى السنوار وفدا أمنيا: the delegation received, which the tagger may call proper
            or norm(w.text) in ORDINALS  # ولي ولي العهد النائب الثاني: a regnal number only after a ruler's name
            or time_of_day_at(analysis.words, i)
            or norm(w.text) in TIME_WORDS or (norm(w.text) in DAY_NAMES and not is_person_tag(w))  # الخميس: a surname too
            or match_at(analysis, i, i) is not None or w.upos in ("ADP", "VERB", "CCONJ")
            or norm(w.text) in meeting_words()["verb_forms"] or w.key in meeting_words()["nouns"]
            or norm(w.text) in meeting_words()["absent_parties"]  # الغزواني رسالة خطية
            or norm(w.text) in meeting_words()["phone_words"] or norm(w.text) in meeting_words()["video_words"]  # اتصالا هاتفيا
            or (len(w.text) > 4 and norm(w.text).startswith(("فسي", "فست", "فسن")))  # ويتكوف فسيكون: ف, the future, a verb
            or nunated(w) or norm(w.text) in ACTING or norm(w.text) in NAMING or accusative_title(w))


COMMON = 5000  # a word this frequent in news is a name only where the tagger says person


def unlikely_name(w: Word) -> bool:
    """Institution words the tagger calls proper (مجلس، جمهورية), words with the article, very common words."""
    return w.key in people()["not_names"] or (not is_person_tag(w) and (w.text.startswith(("ال", "لل")) or w.freq > COMMON))


def rare_proper(w: Word) -> bool:
    return (w.upos == "PROPN" or is_person_tag(w)) and w.freq < RARE and not w.text.startswith("ال")


HEADED_BY = {"برئاسه", "يراسه", "يتراسه", "تتراسه", "تراسه"}


def headed_by(analysis: Analysis, i: int) -> int:
    """Words of «برئاسة» ending at word i (2 where the tokenizer cut ب|رئاسة), or 0."""
    words = analysis.words
    if norm(words[i].text) in HEADED_BY:
        return 1
    return 2 if i > 0 and words[i].key == "رئاسه" and norm(words[i - 1].text) == "ب" else 0


CHAIN_STOPS = {"مع", "من", "عن", "علي", "الي", "بين", "خلال", "حول", "بعد", "قبل", "منذ", "ان", "التي", "الذي", "وسط",
               "اخيه", "واخيه", "اخوه", "شقيقه", "وشقيقه", "اخي", "شقيق",  # خادم الحرمين الشريفين | وأخي|ه جلالة الملك …
               "ف", "قد", "فقد", "لقد"}  # … وزير الداخلية | ف|قد استعدت: the clause goes on


def supervises(words: list[Word], j: int) -> bool:
    """The على of المشرف (العام) على مركز …: inside the title."""
    return norm(words[j].text) == "علي" and j >= 1 and (
        words[j - 1].key == "مشرف" or (j >= 2 and words[j - 1].key == "عام" and words[j - 2].key == "مشرف"))


def verb_of_call(analysis: Analysis, j: int) -> bool:
    """… بدولة الكويت أدان فيه التفجير: a word followed by فيه / خلاله is the verb of what was said in the
    call or meeting, not a name, whatever the tagger calls it."""
    words = analysis.words
    return j + 2 < len(words) and norm(words[j + 1].text) in ("في", "خلال") and words[j + 2].upos == "PRON" \
        and words[j + 2].start == words[j + 1].end


def chain_ok(w: Word) -> bool:
    """A word that can sit inside a title chain (رئيس جهاز المخابرات العامة المصرية)."""
    return not is_punct(w) and w.upos != "VERB" and norm(w.text) not in TIME_WORDS | CHAIN_STOPS
