"""The extraction stages in order: triggers → participants → scope → date, place, topics, outcomes."""

from __future__ import annotations

import datetime as dt
import itertools

from schemas import Location, Meeting, Mode, Outcome, Participant, Role, Span, Topic
from workers.analysis import Analysis, norm
from workers.extraction import outcomes, participants, places, topics, triggers
from workers.extraction.countries import CountryHit, agency, country_in, fixed_title_at, is_international, match_at
from workers.extraction.dates import SOURCE_TAGS, meeting_date
from workers.extraction.lexicon import bare, meeting_words, people
from workers.extraction.mentions import sentence_mentions
from workers.extraction.word_classes import COUNTERPART, headed_by

REFERENCE_WORDS = {"لقاء", "اجتماع", "مباحثات", "محادثات", "اتصال", "قمه", "استقبال", "زياره", "مشاورات", "جلسه"}


def name_words(name: str) -> list[str]:
    hon = people()["honorific_words"]
    return [bare(w) for w in name.split() if bare(w) not in hon]


def name_tokens(name: str) -> set[str]:
    return set(name_words(name))


def same_party(a: Participant, b: Participant) -> bool:
    """One name within the other, starting with the same given name (محمد بن سلمان، محمد بن سلمان بن عبدالعزيز)
    or the surname alone (الجبير); not a father's name inside his son's (سلمان بن عبدالعزيز in محمد بن سلمان
    بن عبدالعزيز)."""
    short, full = sorted((name_words(a.name), name_words(b.name)), key=len)
    if not short or not set(short) <= set(full):
        return False
    return short[0] == full[0] or (len(short) == 1 and short[0] == full[-1])


def office_of(a: Participant, b: Participant) -> bool:
    """«وزير الخارجية الروسي», named by office alone, and a party of his state whose title, if told, is that
    office's kind (نظيره الروسي سيرغي لافروف, وزير الخارجية سيرغي لافروف): the same person, told again."""
    office, other = (a, b) if a.name == a.title else (b, a)
    if office.name != office.title or other.name == other.title or not office.country or office.country != other.country:
        return False
    return other.title is None or name_words(other.title)[:1] == name_words(office.name)[:1]


RANKS = {"سمو", "جلاله", "فخامه", "معالي", "دوله"}  # a state's honorifics: not السيد، الدكتور، nor الأمير alone


def official(analysis: Analysis, ps: list[Participant]) -> bool:
    """A meeting in the news sense: at least one party holds a title or a rank (جلالة الملك عبدالله الثاني،
    سمو الأمير …), or is a body or state."""
    return any(p.title or p.kind.value != "person" or ranked(analysis, p) for p in ps)


def ranked(analysis: Analysis, p: Participant) -> bool:
    """جلالة الملك X، سمو الأمير X، صاحب السمو الملكي الأمير X: a state's honorific within the three words
    before the name."""
    idx = words_in(analysis, p.name_evidence)
    return bool(idx) and any(analysis.words[k].key in RANKS for k in range(max(0, idx[0] - 3), idx[0]))


def refers(analysis: Analysis, sent: int, ps: list[Participant]) -> bool:
    """Does the sentence speak of the meeting (اللقاء، الجانبان) or of a party (by full name, surname or title)?"""
    forms = {w.key for w in analysis.sentence_words(sent)}
    collective = {bare(w) for w in people()["collective"]}
    surnames = {bare(p.name.split()[-1]) for p in ps if p.kind.value == "person"}
    names = [name_tokens(p.name) for p in ps] + [{bare(w) for w in p.title.split()} for p in ps if p.title and len(p.title.split()) > 1]
    return bool(forms & REFERENCE_WORDS or forms & collective or forms & surnames or any(n and n <= forms for n in names))


# openers that turn to another story: على صعيد آخر، من جهة أخرى، في سياق آخر، في شأن آخر
OTHER = {"اخر", "اخري"}
FRONTS = {"صعيد", "جهه", "سياق", "شان", "جانب", "ناحيه"}


def shifts_topic(words: list) -> bool:
    keys = [w.key for w in words[:5] if w.key not in ("و", "ف")]
    return any(a in FRONTS and b in OTHER for a, b in itertools.pairwise(keys))


def scope(analysis: Analysis, t: triggers.Trigger, next_sent: int, ps: list[Participant]) -> list[int]:
    """Sentences that report this meeting: its own, and later ones that refer to it or its parties."""
    mw = meeting_words()
    out = [t.sent]
    for s in range(t.sent + 1, next_sent):
        words = analysis.sentence_words(s)
        if shifts_topic(words) and not refers(analysis, s, ps):
            break  # على صعيد آخر، وصل …: another story, and the rest of the article with it
        opening = [norm(w.text) for w in words[:3] if norm(w.text) not in ("و", "ف")]
        if opening and opening[0] in mw["attendance"]:
            continue
        if refers(analysis, s, ps) or reports_talks(analysis, s):
            out.append(s)
    return out


TALK_WORDS = triggers.TALK_VERBS | {"تبادل", "التاكيد", "تناولت", "تم", "اطلع", "اطلعه", "اطلعهم", "تبادلت",
                                    "تبادلا", "تبادلتا", "بحثت", "بحثتا", "ناقشت", "ناقشتا", "استعرضت", "تطرقت"}
# أطلع الرئيس الوفد على …: a briefing is talk


def reports_talks(analysis: Analysis, sent: int) -> bool:
    """A sentence that reports what was discussed or declared (تم تبادل وجهات النظر، تم التأكيد …)."""
    words = analysis.sentence_words(sent)
    forms = {norm(w.text) for w in words}
    return bool(forms & TALK_WORDS) or any(outcomes.cue_type(analysis, w.index, words[-1].index) for w in words[:4])


def inherit(ps: list[Participant], earlier: list[Participant]) -> list[Participant]:
    """A party named again later (كاميرون، الأمير محمد بن سلمان) keeps the title and country given before."""
    out = []
    for p in ps:
        if p.kind.value == "person" and not p.title:
            twin = next((q for q in earlier if same_party(p, q) and q.title), None)
            if twin:
                p = p.model_copy(update={"title": twin.title, "title_evidence": twin.title_evidence})
        if p.kind.value == "person" and not p.country:
            twin = next((q for q in earlier if same_party(p, q) and q.country), None)
            if twin:  # قائد فيلق القدس here, قائد فيلق القدس الإيراني further on
                p = p.model_copy(update={"country": twin.country, "country_evidence": twin.country_evidence})
        out.append(p)
    return out


SIDES = {"جانب", "طرف"}
DELEGATION = {"وفد", "وفدا"}
# offices of a national government: held, unless the text says otherwise, for the country the meeting is in
NATIONAL_OFFICES = {"وزير", "وزيره", "نائب", "مشرف", "محافظ", "مدير", "وكيل", "امين", "مستشار", "رئيس", "ولي", "امير",
                    "رئيسه", "مديره", "وكيله", "امينه", "مستشاره", "قائد", "عاهل", "ملك"}


def words_in(analysis: Analysis, span: Span | None) -> list[int]:
    """Indices of the words a span of the text covers (none for no span)."""
    return analysis.word_indices(span.start, span.end) if span else []


def own_words(analysis: Analysis, p: Participant) -> list[int]:
    """The words of a party's own phrase: its name and its title."""
    return words_in(analysis, p.name_evidence) + words_in(analysis, p.title_evidence)


def phrase_start(analysis: Analysis, p: Participant) -> int | None:
    """The first word of a party's phrase as the text gives it: its title, or its name where it has none."""
    idx = words_in(analysis, p.title_evidence) or words_in(analysis, p.name_evidence)
    return idx[0] if idx else None


def country_span(analysis: Analysis, hit: CountryHit) -> Span:
    words = analysis.words
    return Span(text=analysis.span_text(hit.first, hit.last), start=words[hit.first].start, end=words[hit.last].end)


def with_country(p: Participant, analysis: Analysis, hit: CountryHit) -> Participant:
    return p.model_copy(update={"country": hit.code, "country_evidence": country_span(analysis, hit)})


def office_elsewhere(analysis: Analysis, p: Participant) -> CountryHit | None:
    """قائد فيلق القدس here, قائد فيلق القدس الإيراني elsewhere: the office's country, if the text names one only."""
    title = [analysis.words[i].key for i in words_in(analysis, p.title_evidence)]
    if len(title) < 3:
        return None  # الرئيس، وزير الخارجية: too common to stand for one office
    keys, hits = [w.key for w in analysis.words], []
    for i in range(len(keys) - len(title)):
        if keys[i:i + len(title)] == title:
            hit = match_at(analysis, i + len(title))
            if hit and hit.how == "demonym":
                hits.append(hit)
    return hits[0] if hits and len({h.code for h in hits}) == 1 else None


def side_named(analysis: Analysis, sent: int, taken: set[str]) -> CountryHit | None:
    """الجانب الفرنسي / الطرف الروسي in the trigger's sentence: a side's country no party has yet."""
    words = analysis.sentence_words(sent)
    hits = [h for w in words[:-1] if w.key in SIDES and (h := match_at(analysis, w.index + 1)) and h.how == "demonym"]
    codes = {h.code for h in hits} - taken
    return next(h for h in hits if h.code in codes) if len(codes) == 1 else None


def heads_delegation(analysis: Analysis, p: Participant) -> CountryHit | None:
    """وفدا من الكونغرس الأمريكي برئاسة السيناتور …: the head of a delegation is of its country."""
    start = phrase_start(analysis, p)
    if start is None:
        return None
    words = analysis.words
    s = analysis.sentences[words[start].sent]
    j = start - 1
    while j >= s.first and words[j].key in people()["honorific_words"]:
        j -= 1
    if j < s.first or not (heads := headed_by(analysis, j)):
        return None
    j -= heads - 1  # ب|رئاسة
    group = next((i for i in range(j - 1, max(s.first, j - 10) - 1, -1) if words[i].key in people()["groups"]), None)
    if group is None or is_international(analysis, group, j - 1):
        return None
    return country_in(analysis, group + 1, j - 1, capitals=False)


def leads_delegation(analysis: Analysis, p: Participant) -> CountryHit | None:
    """يرأس الوفد الإيراني وزير الخارجية عباس عراقجي: the delegation's demonym, just before its head."""
    start = phrase_start(analysis, p)
    if start is None or start < 2:
        return None
    words = analysis.words
    for k in range(start - 1, max(0, start - 3) - 1, -1):
        hit = match_at(analysis, k, start - 1)
        if hit and hit.how == "demonym" and hit.last == start - 1 and k > 0 and words[k - 1].key in DELEGATION:
            return hit
    return None


MEMBERS = {"ضم", "يضم", "وضم", "ضمت", "تضم"}


def delegation_member(analysis: Analysis, t: triggers.Trigger, p: Participant) -> CountryHit | None:
    """وفدا أردنيا برئاسة …، ضم وزير الداخلية …: the members of a delegation are of its country, named
    between the delegation word and ضم."""
    start = phrase_start(analysis, p)
    if start is None:
        return None
    words = analysis.words
    s = analysis.sentences[words[start].sent]
    member = next((i for i in range(start - 1, max(s.first, t.word) - 1, -1) if norm(words[i].text) in MEMBERS), None)
    if member is None:
        return None
    group = next((i for i in range(member - 1, max(s.first, t.word) - 1, -1) if words[i].key in DELEGATION), None)
    return country_in(analysis, group, member - 1, capitals=False) if group is not None else None


def accredited_to(analysis: Analysis, ps: list[Participant], taken: set[str]) -> CountryHit | None:
    """سفير الولايات المتحدة لدى اليمن: an ambassador meets the officials of the country he is sent to."""
    for p in ps:
        idx = words_in(analysis, p.title_evidence)
        for i in idx[:-1]:
            if norm(analysis.words[i].text) == "لدي" and (hit := match_at(analysis, i + 1, idx[-1])) \
                    and hit.how == "name" and hit.code not in taken:
                return hit
    return None


def joined_to(analysis: Analysis, p: Participant, ps: list[Participant]) -> CountryHit | None:
    """رئيس الوزراء الباكستاني شهباز شريف وقائد الجيش عاصم منير: a party joined by و right after one whose
    own phrase gives its country is of that country."""
    start = phrase_start(analysis, p)
    if start is None or start < 2 or norm(analysis.words[start - 1].text) != "و":
        return None
    for q in ps:
        own = own_words(analysis, q)
        idx = words_in(analysis, q.country_evidence)
        if q.country and own and idx and max(own) == start - 2 and min(own) <= idx[0] <= max(own) \
                and not same_office(p, q):
            return CountryHit(q.country, idx[0], idx[-1], "demonym")
    return None


def same_office(p: Participant, q: Participant) -> bool:
    """وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية عادل الجبير: the same office again, without the
    demonym, is another state's (a counterpart), not a second official of the first one's state (القنصل العام
    لكوريا … والقنصل: a lower office)."""
    mine, theirs = (norm(x.title or "").split() for x in (p, q))
    return bool(mine) and len(theirs) == len(mine) + 1 and theirs[:len(mine)] == mine \
        and q.country_evidence is not None and norm(q.country_evidence.text) == theirs[-1]


REGION_BACK = {"منطقه", "محافظه", "اماره", "مدينه", "ولايه"}


def same_region(analysis: Analysis, p: Participant, ps: list[Participant]) -> CountryHit | None:
    """رئيس فرع الإفتاء بالمنطقة, received by أمير منطقة عسير: an office in «the region» is in the region a
    party's title names by its city."""
    idx = words_in(analysis, p.title_evidence)
    if not idx or analysis.words[idx[-1]].key not in REGION_BACK or not analysis.words[idx[-1]].text.startswith(("ال", "بال")):
        return None
    for q in ps:
        own = words_in(analysis, q.title_evidence)
        where = words_in(analysis, q.country_evidence)
        if q is not p and q.country and own and where and min(own) <= where[0] <= max(own) \
                and (hit := fixed_title_at(analysis, where[0], where[-1]) or match_at(analysis, where[0], where[-1])) \
                and hit.how in ("city", "capital", "title"):
            return hit
    return None


def marked_as(analysis: Analysis, ps: list[Participant], code: str) -> bool:
    """Does a party's own phrase name it as of that country, by demonym or the country's name (نظيره الإيطالي،
    وزير خارجية إيطاليا)? Then the party left bare is the writer's own side, not the place's."""
    for q in ps:
        idx = words_in(analysis, q.country_evidence) if q.country == code else []
        own = own_words(analysis, q)
        if idx and own and min(own) - 3 <= idx[0] <= max(own) \
                and (hit := match_at(analysis, idx[0], idx[-1])) and hit.how in ("demonym", "name"):
            return True
    return False


VISIT_WORDS = {"زياره", "زيارت", "زيارته", "زيارتها", "جوله"}


def travelled_to(analysis: Analysis, location: Location | None) -> bool:
    """إلى روما، زيارته ل|لدوحة: where a party went."""
    idx = words_in(analysis, location.evidence) if location else []
    if not idx or idx[0] == 0:
        return False
    words, i = analysis.words, idx[0]
    return norm(words[i - 1].text) == "الي" or (
        words[i - 1].key == "ل" and any(w.key in VISIT_WORDS for w in words[max(0, i - 4):i - 1]))


def located_country(analysis: Analysis, location: Location | None) -> CountryHit | None:
    if location is None:
        return None
    idx = words_in(analysis, location.evidence)
    return country_in(analysis, idx[0], idx[-1]) if idx else None


ESCORT_WORDS = {"يرافق", "ترافق", "يرافقه", "ترافقه", "يرافقها", "يرافقهم", "برفقه", "رفقه", "يرافقهما"}


def escorted(analysis: Analysis, t: triggers.Trigger, p: Participant) -> CountryHit | None:
    """…، رئيس الحكومة السورية، يرافقه وزير الخارجية أسعد الشيباني: those who come with a party are of
    its country, the nearest named before يرافقه."""
    start = phrase_start(analysis, p)
    if start is None:
        return None
    s = analysis.sentences[analysis.words[start].sent]
    escort = next((i for i in range(start - 1, max(s.first, t.word), -1) if norm(analysis.words[i].text) in ESCORT_WORDS), None)
    if escort is None:
        return None
    for i in range(escort - 1, t.word, -1):
        hit = match_at(analysis, i, escort - 1)
        if hit and hit.how in ("demonym", "name", "title"):
            return hit
    return None


def fill_countries(analysis: Analysis, t: triggers.Trigger, ps: list[Participant], location: Location | None) -> list[Participant]:
    """Countries the parties' own phrases do not give, from the rest of the text, most direct first."""
    out = []
    for p in ps:
        if p.kind.value == "person" and not p.country and (
                hit := office_elsewhere(analysis, p) or joined_to(analysis, p, ps) or same_region(analysis, p, ps)
                or escorted(analysis, t, p)
                or heads_delegation(analysis, p)
                or leads_delegation(analysis, p) or delegation_member(analysis, t, p)):
            p = with_country(p, analysis, hit)
        out.append(p)
    missing = [i for i, p in enumerate(out) if p.kind.value == "person" and not p.country]
    if len(missing) == 1:
        known = {p.country for p in out if p.country}
        hit = side_named(analysis, t.sent, known) or accredited_to(analysis, out, known)
        if hit:
            out[missing[0]] = with_country(out[missing[0]], analysis, hit)
    if any(w.key == "هامش" for w in analysis.sentence_words(t.sent)):
        # على هامش الجمعية العامة في نيويورك: an event, perhaps abroad; its place says nothing of anyone's
        # country, but a national agency reports its own officials
        here = agency(analysis)
    else:
        # المنامة - بنا: filed at home; يتوجه الرئيس إلى روما: a place travelled to is not the traveller's home
        # أجرى وزير الخارجية … في روما مع نظيره الإيطالي، برلين … واس: where the text marks another party as
        # of the place or the dateline, the side left bare is the reporting agency's
        placed = None if travelled_to(analysis, location) else located_country(analysis, location)
        here = next((h for h in (placed, places.dateline(analysis), agency(analysis))
                     if h and not marked_as(analysis, out, h.code)), None)
    if here:
        for i, p in enumerate(out):
            head = p.title.split()[0] if p.title else ""
            if p.kind.value == "person" and not p.country and p.role != Role.visitor and (
                    (p.title_evidence and bare(head) in NATIONAL_OFFICES and not is_international_title(analysis, p))
                    or royal_at_home(analysis, p)):
                out[i] = with_country(p, analysis, here)
    return out


ROYALS = {"ملك", "سلطان", "امير"}


def royal_at_home(analysis: Analysis, p: Participant) -> bool:
    """السلطان هيثم بن طارق, نظيره عبد المجيد تبون with no title: a ruler, or the counterpart, at home."""
    idx = words_in(analysis, p.name_evidence)
    if p.title or not idx or idx[0] < 2:
        return False
    before = analysis.words[idx[0] - 1]
    return before.key in ROYALS or before.key in COUNTERPART or (
        before.upos == "PRON" and analysis.words[idx[0] - 2].key in COUNTERPART)


def is_international_title(analysis: Analysis, p: Participant) -> bool:
    idx = words_in(analysis, p.title_evidence)
    return bool(idx) and is_international(analysis, idx[0], idx[-1])


def title_words(ps: list[Participant], analysis: Analysis) -> set[int]:
    return {i for p in ps for i in words_in(analysis, p.title_evidence)}


def party_words(ps: list[Participant], analysis: Analysis) -> set[int]:
    return {i for p in ps for s in (p.name_evidence, p.title_evidence) for i in words_in(analysis, s)}


def article_mentions(analysis: Analysis) -> list[list[Participant]]:
    """Every titled person of the article, as a participant would be written."""
    out = []
    for s in analysis.sentences:
        ms = [m for m in sentence_mentions(analysis, s.index) if m.kind.value == "person" and (m.title or m.country)]
        out.append([participants.to_participant(analysis, m, Role.peer) for m in ms])
    return out


SEVERAL = {"لقاءات", "اجتماعات", "اتصالين", "اتصالات"}  # meetings in the plural: one with each party named
SEPARATELY = {("علي", "حده"), ("علي", "انفراد")}  # كل على حدة، كلا على انفراد


TWO_CALLS = {"اتصالين", "اتصالان", "مكالمتين", "مكالمتان"}


def one_by_one(analysis: Analysis, t: triggers.Trigger, ps: list[Participant]) -> list[list[Participant]]:
    """التقى X كلا من Y وZ، كل على حدة (or عقد X لقاءات مع …): one meeting of X with each of the others."""
    forms = [norm(w.text) for w in analysis.sentence_words(t.sent)]
    apart = any(pair in SEPARATELY and k > 0 and forms[k - 1] in ("كل", "كلا")
                for k, pair in enumerate(itertools.pairwise(forms)))
    apart = apart or analysis.words[t.word].key in SEVERAL  # عقد لقاءات ثنائية مع كل من Y وZ
    # تلقى X اتصالين هاتفيين من Y وZ: two calls, one with each
    apart = apart or (len(ps) == 3 and any(f in TWO_CALLS for f in forms))
    if not apart or len(ps) < 3:
        return [ps]
    return [[ps[0], p] for p in ps[1:]]


def extract_meetings(analysis: Analysis, published: dt.date | None) -> list[Meeting]:
    found = []
    everyone = [p for m in article_mentions(analysis) for p in m]
    for t in triggers.find(analysis):
        ps = participants.for_trigger(analysis, t)
        if len(ps) >= 2 and official(analysis, inherit(ps, everyone) if t.kind == "receive" else ps):
            found.append((t, ps))  # ثم استقبل بري …: one who receives, his title told before
    if any(sum(p.kind.value == "person" for p in ps) >= 2 for _, ps in found):
        # bodies and states meeting, where persons of theirs are reported meeting too: the same meeting
        found = [(t, ps) for t, ps in found if any(p.kind.value == "person" for p in ps)]
    found = [(t, pair) for t, ps in found for pair in one_by_one(analysis, t, ps)]
    meetings: list[Meeting] = []
    kept: list[tuple[triggers.Trigger, Meeting]] = []
    for k, (t, ps) in enumerate(found):
        ps = inherit(ps, everyone)
        twin = next((m for _, m in kept if sum(any(same_party(p, q) or office_of(p, q) for q in m.participants)
                                               for p in ps) >= min(2, len(ps))), None)
        next_sent = next((u.sent for u, _ in found[k + 1:] if u.sent > t.sent), len(analysis.sentences))
        sents = scope(analysis, t, next_sent, ps)
        if twin is not None:  # the same meeting reported again: what this report adds it took up, and declared
            twin.participants = [next((p.model_copy(update={"role": q.role}) for p in ps
                                       if q.name == q.title and p.name != p.title and office_of(p, q)), q)
                                 for q in twin.participants]  # and the name of the one first told by office
            twin.topics = topics.merge(twin.topics + meeting_topics(analysis, t, sents, ps))
            twin.outcomes += [o for o in meeting_outcomes(analysis, t, sents) if o not in twin.outcomes]
            continue
        words = analysis.words
        trigger = Span(text=analysis.span_text(t.first, t.word), start=words[t.first].start, end=words[t.word].end)
        visit = any(norm(w.text) in places.VISIT_WORDS for w in analysis.sentence_words(t.sent))
        titles = title_words(ps, analysis)
        location = (places.meeting_location(analysis, t.sent, titles, visit=visit, trigger=t.word)
                    or places.visit_destination(analysis, t.sent, titles)) if t.mode == Mode.in_person else None  # a call: none
        date = meeting_date(analysis, t.sent, published, t.status, trigger=t.word)
        if kept and later_that_day(analysis, t):  # كما التقى حسان في وقت لاحق …: the day and place before
            before = kept[-1][1]
            date = date if date.value else before.date
            location = location or (before.location if t.mode == before.mode == Mode.in_person else None)
        ps = fill_countries(analysis, t, ps, location)
        meeting = Meeting(
            mode=t.mode, status=t.status, trigger=trigger, participants=ps,
            date=date,
            location=location,
            topics=topics.merge(meeting_topics(analysis, t, sents, ps)),
            outcomes=meeting_outcomes(analysis, t, sents),
        )
        kept.append((t, meeting))
        meetings.append(meeting)
    return meetings


def meeting_topics(analysis: Analysis, t: triggers.Trigger, sents: list[int], ps: list[Participant]) -> list[Topic]:
    return [topics.about_third_party(analysis, x, ps) for s in sents
            for x in topics.sentence_topics(analysis, s, party_words(ps, analysis)) if in_clause(analysis, t, s, x.evidence)]


def meeting_outcomes(analysis: Analysis, t: triggers.Trigger, sents: list[int]) -> list[Outcome]:
    return [x for s in sents for x in outcomes.sentence_outcomes(analysis, s)
            if in_clause(analysis, t, s, x.evidence) and not attribution(analysis, x.evidence)]


def attribution(analysis: Analysis, span: Span) -> bool:
    """وفق ما أعلن المتحدث …: who the report is from, not what the meeting declared."""
    first = next((w.index for w in analysis.words if w.start == span.start), None)
    return first is not None and any(norm(w.text) in SOURCE_TAGS for w in analysis.words[max(0, first - 2):first])


def in_clause(analysis: Analysis, t: triggers.Trigger, sent: int, span: Span) -> bool:
    """In the trigger's own sentence, only what its clause says (… شكره لتبون، كما تلقى … اتصالا من المنفي)."""
    if sent != t.sent:
        return True
    opener, closer = participants.clause_of(analysis, t)
    words = analysis.words
    return (opener is None or span.start >= words[opener].start) and (closer is None or span.end <= words[closer].start)


LATER = [("في", "وقت", "لاحق"), ("لاحقا",)]


def later_that_day(analysis: Analysis, t: triggers.Trigger) -> bool:
    """كما التقى حسان في وقت لاحق …، ثم انتقل إلى … حيث التقى، كما استقبل معاليه …: a meeting told as following
    the one before, on the same occasion unless it gives its own day or place."""
    forms = [norm(w.text) for w in analysis.sentence_words(t.sent)]
    opening = [f for f in forms[:2] if f != "و"][:1]
    return opening in (["ثم"], ["كما"]) or any(tuple(forms[k:k + len(p)]) == p for p in LATER for k in range(len(forms)))

