"""Countries named in words: names, demonyms, capitals and cities, fixed titles → ISO 3166 alpha-2."""

from __future__ import annotations

from dataclasses import dataclass

from workers.analysis import Analysis, norm
from workers.extraction.lexicon import agencies, bare, countries, people

OCEANS = {"محيط", "محيطين"}
SHORT_NAME = 4  # a country name this short written with the article is likelier a word (المالي)
AMMAN_MARK = "مّ"  # the shadda that tells عمّان (Amman) from عُمان (Oman); norm() drops it


@dataclass
class CountryHit:
    code: str
    first: int
    last: int
    how: str  # name | demonym | capital | city | title | glued (و|ليبيا)


def match_at(analysis: Analysis, i: int, last: int | None = None) -> CountryHit | None:
    """The longest country phrase starting at word i (not past `last`)."""
    c = countries()
    words = analysis.words
    end = len(words) - 1 if last is None else last
    if words[i].key == "عمان" and (AMMAN_MARK in words[i].text or ((by := agency(analysis)) and by.code == "JO")):
        return CountryHit("JO", i, i, "capital")  # عمّان with its shadda, or bare in a Jordanian agency's report: Amman
    for n in range(min(c.max_len, end - i + 1), 0, -1):
        key = tuple(w.key for w in words[i:i + n])
        if key in c.ambiguous and (code := named_in_article(analysis, c.ambiguous[key])):
            return CountryHit(code, i, i + n - 1, "city")
        bare_word = norm(words[i].text) == words[i].key  # written without the article
        if key in c.with_article and key not in c.demonyms and bare_word:
            continue  # كاميرون is a surname; the country is الكاميرون
        if n == 1 and key in c.names and key not in c.demonyms and key not in c.with_article and len(key[0]) <= SHORT_NAME and (
                (not bare_word and words[i].text.startswith("ال") and words[i].ner == "O")
                or (words[i].upos == "ADJ" and words[i].ner == "O") or nisba_after_noun(analysis, i)):
            continue  # التعافي المالي، دعم مالي: financial, not Mali (written مالي, a noun); البيرو NER tags is Peru
        if n == 1 and key in c.demonyms and bare_word and key[0] in c.demonym_bases and given_name(analysis, i):
            continue  # الأمير تركي بن عبدالله: a given name; the demonym is التركي, تركية, أتراك
        if n == 1 and key in c.demonyms and i > 0 and words[i - 1].key in OCEANS:
            continue  # المحيط الهندي: an ocean, not India
        if key in c.by_phrase:
            how = ("name" if key in c.names else "demonym" if key in c.demonyms
                   else "capital" if key in c.capitals else "city")
            return CountryHit(c.by_phrase[key], i, i + n - 1, how)
    return state_form(analysis, i, end) or glued_name(analysis, i) or split_place(analysis, i, end)


# nouns a country's name follows in construct (رئيس مالي، شمال مالي); after any other indefinite noun a short
# name that ends like a nisba is the adjective (دعم مالي إضافي: financial)
GOVERNS_PLACE = {"شمال", "جنوب", "شرق", "غرب", "وسط", "عاصمه", "شعب", "حكومه", "جيش", "دوله", "جمهوريه", "اراضي",
                 "حدود", "سفاره", "سفير", "رئيس", "وزير", "ممثل", "مبعوث", "وفد", "قوات", "سلطات", "اقليم", "مدن", "شمالي",
                 "جنوبي", "منتخب", "سكان", "ازمه", "ملف", "استقرار", "امن"}


def nisba_after_noun(analysis: Analysis, i: int) -> bool:
    words = analysis.words
    w = words[i]
    if not w.key.endswith("ي") or norm(w.text) != w.key or i == 0:
        return False
    before = words[i - 1]
    return before.upos == "NOUN" and not before.text.startswith("ال") and before.key not in GOVERNS_PLACE \
        and before.sent == w.sent


STATE_FORMS = {"جمهوريه", "مملكه", "سلطنه", "اماره"}
STATE_EPITHETS = {"عربيه", "اسلاميه", "شعبيه", "ديمقراطيه", "اتحاديه", "فيدراليه", "هاشميه"}


def state_form(analysis: Analysis, i: int, end: int) -> CountryHit | None:
    """الجمهورية الفرنسية، الجمهورية الإسلامية الإيرانية، المملكة الأردنية الهاشمية: a definite state form and
    its demonym name the state."""
    words = analysis.words
    if words[i].key not in STATE_FORMS or not words[i].text.startswith("ال"):
        return None
    j = i + 1
    while j <= end and j - i <= 2 and words[j].key in STATE_EPITHETS:
        j += 1
    if j > end or not words[j].text.startswith("ال") or (hit := match_at(analysis, j, j)) is None or hit.how != "demonym":
        return None
    last = j
    while last + 1 <= end and last - j < 2 and words[last + 1].key in STATE_EPITHETS:
        last += 1  # الجمهورية الجزائرية الديمقراطية الشعبية
    return CountryHit(hit.code, i, last, "name")


DATELINE_MARKS = {"-", "–", "/", ":", "(", "،", ","}


def agency(analysis: Analysis) -> CountryHit | None:
    """The national news agency an article is filed by (المنامة - بنا، الرياض (واس)، … م واس): the country whose
    officials it reports; looked for after a mark in the first line or at the dateline's end."""
    if "agency" not in analysis.memo:
        analysis.memo["agency"] = find_agency(analysis)
    return analysis.memo["agency"]


def find_agency(analysis: Analysis) -> CountryHit | None:
    words = analysis.words
    first_line = [w for w in words[:16] if "\n" not in analysis.text[words[0].start:w.start]]
    names = agencies()
    for w in first_line:
        for key, code in names.items():
            n = len(key)
            if tuple(x.key for x in words[w.index:w.index + n]) == key and (
                    w.index > 0 and (words[w.index - 1].text in DATELINE_MARKS or words[w.index - 1].upos == "NUM"
                                     or w.index + n >= len(first_line))):
                return CountryHit(code, w.index, w.index + n - 1, "agency")
    return None


def named_in_article(analysis: Analysis, codes: set[str]) -> str | None:
    """طرابلس in an article that names Libya (ليبيا، الليبي) and not Lebanon is Tripoli of Libya."""
    if "named_states" not in analysis.memo:  # every state the article names by one word, read once
        c = countries()
        analysis.memo["named_states"] = frozenset(
            code for w in analysis.words if (code := c.names.get((w.key,)) or c.demonyms.get((w.key,))))
    named = analysis.memo["named_states"] & codes
    return next(iter(named)) if len(named) == 1 else None


def split_place(analysis: Analysis, i: int, end: int) -> CountryHit | None:
    """نجامي|نا: a place whose last letters the tokenizer took for a pronoun."""
    words = analysis.words
    if i + 1 > end or words[i + 1].upos != "PRON" or words[i + 1].start != words[i].end or words[i].freq:
        return None
    key = (bare(words[i].text + words[i + 1].text),)
    c = countries()
    if key in c.by_phrase and key not in c.demonyms:
        how = "name" if key in c.names else "capital" if key in c.capitals else "city"
        return CountryHit(c.by_phrase[key], i, i + 1, how)
    return None


CLITICS = ("و", "ب", "ل", "ف")


def glued_name(analysis: Analysis, i: int) -> CountryHit | None:
    """و|ليبيا، ب|مصر written as one word the tokenizer kept whole: a country's name after a clitic."""
    c = countries()
    form = norm(analysis.words[i].text)
    if len(form) < 4 or not form.startswith(CLITICS):
        return None
    rest = form[1:]
    key = (rest[2:],) if rest.startswith("ال") and len(rest) > 4 else (rest,)
    if key not in c.names or (key in c.with_article and not rest.startswith("ال")):
        return None  # في|من is no Yemen: اليمن takes the article
    return CountryHit(c.by_phrase[key], i, i, "glued")  # a subject's country, never a party nor a place


def given_name(analysis: Analysis, i: int) -> bool:
    """Is word i a given name: followed by بن / آل, or after an honorific (الأمير تركي)?"""
    words = analysis.words
    nxt = norm(words[i + 1].text) if i + 1 < len(words) else ""
    prev = words[i - 1].key if i > 0 else ""
    return nxt in ("بن", "ابن", "ال") or prev in people()["honorific_words"]


def fixed_title_at(analysis: Analysis, i: int, last: int) -> CountryHit | None:
    for key, code in people()["fixed_titles"].items():
        n = len(key)
        if i + n - 1 <= last and tuple(w.key for w in analysis.words[i:i + n]) == key:
            return CountryHit(code, i, i + n - 1, "title") if code else None
    return None


PORTFOLIOS = {"تعاون", "علاقات", "شؤون", "تجاره"}  # وزير التعاون الدولي الإيطالي: a national minister
INTERNATIONAL_ADJECTIVES = {("دولي",), ("دوليه",), ("اسيوي",), ("اسيويه",), ("قاري",), ("قاريه",)}


def is_international(analysis: Analysis, first: int, last: int) -> bool:
    forms = [w.key for w in analysis.words[first:last + 1]]
    for key in people()["international"]:
        n = len(key)
        if any(tuple(forms[j:j + n]) == key and not (key in INTERNATIONAL_ADJECTIVES and j > 0 and forms[j - 1] in PORTFOLIOS)
               for j in range(len(forms) - n + 1)):
            return True
    return False


def country_in(analysis: Analysis, first: int, last: int, capitals: bool = True) -> CountryHit | None:
    """The first country named between words first..last (fixed titles count), or None."""
    i = first
    while i <= last:
        hit = fixed_title_at(analysis, i, last) or match_at(analysis, i, last)
        if hit and (capitals or hit.how not in ("capital", "city")):
            return hit
        i = hit.last + 1 if hit else i + 1
    return None


def holder_country(analysis: Analysis, first: int, last: int, capitals: bool = True) -> CountryHit | None:
    """The country a title's holder belongs to: not the one after لدى or إلى (سفير المملكة لدى أستراليا، المبعوث
    الخاص إلى سوريا: sent there)."""
    to = next((i for i in range(first, last + 1) if norm(analysis.words[i].text) in ("لدي", "الي")), last + 1)
    return country_in(analysis, first, to - 1, capitals) if to > first else None


def countries_in(analysis: Analysis, first: int, last: int) -> list[CountryHit]:
    hits, i = [], first
    while i <= last:
        hit = match_at(analysis, i, last)
        if hit:
            hits.append(hit)
            i = hit.last + 1
        else:
            i += 1
    return hits
