"""What the parties took up: cue phrases per spec key, each extended to the phrase that names the subject."""

from __future__ import annotations

from schemas import Participant, Span, Topic, TopicKey
from workers.analysis import Analysis, norm
from workers.extraction.countries import countries_in, is_international, match_at
from workers.extraction.lexicon import cue_at, cue_matches, topic_cues
from workers.extraction.mentions import sentence_mentions
from workers.extraction.word_classes import is_punct

REGION_WORDS = {"اقليميه", "اقليمي", "دوليه", "منطقه", "ساحه", "عربيه", "جاريه", "عامه", "راهنه"}
COOPERATION = {TopicKey.bilateral_relations, TopicKey.security_cooperation, TopicKey.defense_military,
               TopicKey.economy_trade, TopicKey.energy, TopicKey.education_culture, TopicKey.health}
INSTITUTIONS = {"مجلس", "وزاره", "لجنه", "هيئه", "صندوق", "بنك", "جهاز", "منظمه", "مكتب", "شركه",
                "وزير", "وزيره", "وزراء"}  # مجلس الأمن، وزراء الصحة: a name or an office, no subject
STOP_WORDS = {"حيث", "التي", "الذي", "بما", "مما", "كما", "وذلك", "ذلك", "اضافه", "الي", "خلال", "مع", "عن", "الا", "ان", "انه"}


FRAMES = {"ضوء", "ظل", "اطار", "سياق", "اعقاب"}  # في ضوء، في ظل، في إطار، في سياق، في أعقاب


def phrase_end(analysis: Analysis, i: int, last: int) -> int:
    """Extend a cue over its complement: adjectives, genitives, في/بين + place, و + adjective."""
    words = analysis.words
    j = i
    while j + 1 <= last and j - i < 8:
        nxt = words[j + 1]
        form = norm(nxt.text)
        if is_punct(nxt) or form in STOP_WORDS or nxt.upos in ("VERB", "AUX", "PRON", "SCONJ"):
            break
        if form == "في" and j + 2 <= last and norm(words[j + 2].text) in FRAMES:
            break  # المستجدات السياسية | في ضوء …: what frames the subject, not its place
        if form in ("في", "بين", "ل", "علي") and j + 2 <= last and not is_punct(words[j + 2]):
            j += 2
            continue
        if form == "و" and j + 2 <= last and words[j + 2].upos in ("ADJ", "NOUN", "PROPN") and not is_punct(words[j + 2]):
            j += 2
            continue
        if nxt.upos in ("NOUN", "ADJ", "PROPN", "NUM", "X", "DET"):
            j += 1
            continue
        break
    if j - i >= 8 and j + 1 <= last and norm(words[j - 1].text) == "و" and words[j + 1].upos in ("NOUN", "ADJ"):
        j -= 2  # … وقطاع غزة | وجهود إعادة الإعمار: the word limit cut a second subject after its first word
    return j


def subject_end(analysis: Analysis, cue_last: int, end: int) -> int:
    """The subject's own words: up to a و that joins another noun (مستجدات الوضع اليمني | والجهود الأممية …),
    whose country or body is another subject's; places joined by و (في السودان ولبنان) stay."""
    words = analysis.words
    for j in range(cue_last + 1, end):
        if norm(words[j].text) == "و" and words[j + 1].upos == "NOUN" and not match_at(analysis, j + 1, end):
            return j - 1  # not الوضع في منطقة الساحل و|ليبيا, a place the tagger reads as a noun
    return end


def listed_countries(analysis: Analysis, first: int, last: int) -> list[str]:
    """The first country of the subject, and those listed with it (في السودان ولبنان); not one named
    later for another reason (محادثات السلام بليبيا في 10 أغسطس في جنيف: where the talks are held)."""
    hits = countries_in(analysis, first, last)
    if len(hits) > 1 and hits[0].how == "demonym" and hits[1].how != "demonym" \
            and [norm(w.text) for w in analysis.words[hits[0].last + 1:hits[1].first]] in (["علي"], ["في"], ["ضد"]):
        hits = hits[1:]  # الاعتداءات الإسرائيلية على لبنان: about the country attacked
    out = hits[:1]
    for hit in hits[1:]:
        between = analysis.words[out[-1].last + 1:hit.first]
        if any(norm(w.text) not in ("و", "،", ",") for w in between):
            break
        out.append(hit)
    return list(dict.fromkeys(h.code for h in out))


STRENGTHEN = {("سبل", "تعزيز")}
TRADE = {TopicKey.economy_trade, TopicKey.energy}
RELATIONS = {"علاقات", "علاقه", "تعاون", "روابط", "شراكه"}
ADJECTIVE_SENSE = {("منتخب",)}  # رئيس جديد منتخب: elected, not a national team
NAMED_EVENTS = {"مؤتمر", "منتدي", "ملتقي", "معرض", "مهرجان", "اسبوع"}  # مؤتمر ميونيخ للأمن: a name


def in_event_name(analysis: Analysis, i: int, sent_first: int) -> bool:
    """مؤتمر ميونيخ ل|لأمن، منتدى الدوحة للطاقة: after an event and its place, the ل opens the event's name,
    not a subject (مؤتمر دولي لإعادة الإعمار is one)."""
    words = analysis.words
    return i - 3 >= sent_first and words[i - 1].key == "ل" and words[i - 3].key in NAMED_EVENTS \
        and (words[i - 2].ner != "O" or match_at(analysis, i - 2, i - 2) is not None)


def own_end(analysis: Analysis, forms: list[str], first: int, end: int, key: str) -> int:
    """الطاقة | والعمالة والأمن الغذائي: a subject ends before a و that opens another key's subject."""
    for j in range(first, end):
        if norm(analysis.words[j].text) == "و" and any((hit := cue_at(forms, k, end)) and hit[1] != key
                                                       for k in range(j + 1, min(j + 4, end) + 1)):
            return j - 1  # … | والتعاون في مجال الطاقة: another key's cue within the next few words
    return end


def names_theme(forms: list[str], first: int, last: int) -> bool:
    """A specific subject inside a situation phrase (أوضاع اللاجئين، الأزمة الإنسانية في السودان)."""
    return any((hit := cue_at(forms, j, last)) and hit[1] not in (TopicKey.regional_situation, TopicKey.bilateral_relations)
               for j in range(first, last + 1))


def has_place(analysis: Analysis, first: int, last: int) -> bool:
    return bool(countries_in(analysis, first, last)) or any(
        w.key in REGION_WORDS or w.ner[2:] == "LOC" for w in analysis.words[first:last + 1])


def sentence_topics(analysis: Analysis, sent: int, exclude: set[int] | frozenset[int] = frozenset()) -> list[Topic]:
    """exclude: words of the parties' names and titles (وزير النفط العراقي names no subject)."""
    s = analysis.sentences[sent]
    words = analysis.words
    forms = [w.key for w in words]
    out: list[Topic] = []
    # no subject in anyone's title (مساعد وزير الدفاع لشؤون الأمن الدولي), party or not
    titles = {j for m in sentence_mentions(analysis, sent) if m.title for j in range(m.title[0], m.title[1] + 1)}
    # nor in a body's name (الوكالة الدولية للطاقة الذرية names no energy subject)
    named = {j for e in analysis.entities if e.type == "ORG" and s.first <= e.first <= s.last for j in range(e.first, e.last + 1)}
    used: set[int] = set(exclude) | titles | named
    i = s.first
    while i <= s.last:
        match = None
        for cue, key, needs_place in topic_cues():
            n = len(cue)
            if i + n - 1 <= s.last and cue_matches(forms, i, cue) and not used & set(range(i, i + n)) \
                    and not (i > s.first and forms[i - 1] in INSTITUTIONS) \
                    and not in_event_name(analysis, i, s.first) \
                    and not (cue in ADJECTIVE_SENSE and words[i].upos == "ADJ"):
                # not in a name (بمجلس الأمن، مؤتمر ميونيخ للأمن)
                end = max(i + n - 1, phrase_end(analysis, i + n - 1, s.last))
                if needs_place and not has_place(analysis, i + n, end):
                    continue
                if needs_place and names_theme(forms, i + n, subject_end(analysis, i + n - 1, end)):
                    continue  # the spec's key is the theme's, with the place's country, not the situation
                if cue in STRENGTHEN and names_theme(forms, i + n, end) \
                        and not any(forms[j] in RELATIONS for j in range(i + n, end + 1)):
                    continue  # سبل تعزيز الاستجابة الإنسانية: the theme strengthened, not the relations
                if cue == ("مفاوضات",) and any((hit := cue_at(forms, j, end)) and hit[1] in TRADE
                                               for j in range(i + n, end + 1)):
                    continue  # مفاوضات اتفاقية التجارة الحرة: trade talks, no political settlement
                match = (key, end, n)
                break
        if match is None:
            i += 1
            continue
        key, end, cue_len = match
        end = own_end(analysis, forms, i + cue_len, end, key)
        core = subject_end(analysis, i + cue_len - 1, end)
        codes = listed_countries(analysis, i, core)
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


def about_third_party(analysis: Analysis, topic: Topic, participants: list[Participant]) -> Topic:
    """Cooperation between the parties (العلاقات بين المملكة وأمريكا) is about no third country; a state of
    affairs in a party's land (الأوضاع الصحية في قطاع غزة) is about that land."""
    if topic.key in COOPERATION and topic.country in {p.country for p in participants} and not (
            topic.key != TopicKey.bilateral_relations and placed_in(analysis, topic)):
        return topic.model_copy(update={"country": None})
    return topic


def placed_in(analysis: Analysis, topic: Topic) -> bool:
    """Does the subject's evidence name its country's land after في (not a demonym nor بين)?"""
    idx = analysis.word_indices(topic.evidence.start, topic.evidence.end)
    return any(norm(analysis.words[h.first - 1].text) == "في" and h.how in ("name", "capital", "city")
               for h in countries_in(analysis, idx[0], idx[-1]) if h.code == topic.country and h.first > idx[0]) if idx else False


def merge(topics: list[Topic]) -> list[Topic]:
    """One entry per (key, country); the first evidence stands. A subject named again without its
    place (الحرب في غزة … وقف الحرب) is the same subject; the region at large (الأوضاع الإقليمية) is not
    the situation in one country."""
    seen, out = set(), []
    placed = {t.key for t in topics if t.country and t.key != TopicKey.regional_situation}
    for t in topics:
        if t.country is None and t.key in placed:
            continue
        if (t.key, t.country) not in seen:
            seen.add((t.key, t.country))
            out.append(t)
    return out
