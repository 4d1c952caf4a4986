"""The extraction stages in order: triggers → participants → scope → date, place, topics, outcomes."""

from __future__ import annotations

import datetime as dt

from schemas import Meeting, Participant, Role, Span
from workers.analysis import Analysis, norm
from workers.extraction import outcomes, participants, places, topics, triggers
from workers.extraction.dates import meeting_date
from workers.extraction.lexicon import bare, meeting_words, people
from workers.extraction.mentions import sentence_mentions

REFERENCE_WORDS = {"لقاء", "اجتماع", "مباحثات", "محادثات", "اتصال", "قمه", "استقبال", "زياره", "مشاورات", "جلسه"}
VISIT_WORDS = {"زياره", "زار", "وصل", "زيارته"}


def name_tokens(name: str) -> set[str]:
    hon = people()["honorific_words"]
    return {bare(w) for w in name.split() if bare(w) not in hon}


def same_party(a: Participant, b: Participant) -> bool:
    ta, tb = name_tokens(a.name), name_tokens(b.name)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def official(ps: list[Participant]) -> bool:
    """A meeting in the news sense: at least one party holds a title or is a body or state."""
    return any(p.title or p.kind.value != "person" for p in ps)


def refers(analysis: Analysis, sent: int, ps: list[Participant]) -> bool:
    """Does the sentence speak of the meeting (اللقاء، الجانبان) or of a party (by full name or surname)?"""
    forms = {w.key for w in analysis.sentence_words(sent)}
    collective = {bare(w) for w in people()["collective"]}
    surnames = {bare(p.name.split()[-1]) for p in ps if p.kind.value == "person"}
    names = [name_tokens(p.name) for p in ps]
    return bool(forms & REFERENCE_WORDS or forms & collective or forms & surnames or any(n and n <= forms for n in names))


def scope(analysis: Analysis, t: triggers.Trigger, next_sent: int, ps: list[Participant]) -> list[int]:
    """Sentences that report this meeting: its own, and later ones that refer to it or its parties."""
    mw = meeting_words()
    out = [t.sent]
    for s in range(t.sent + 1, next_sent):
        words = analysis.sentence_words(s)
        opening = [norm(w.text) for w in words[:3] if norm(w.text) not in ("و", "ف")]
        if opening and opening[0] in mw["attendance"]:
            continue
        if refers(analysis, s, ps) or reports_talks(analysis, s):
            out.append(s)
    return out


TALK_WORDS = {"تبادل", "بحث", "ناقش", "تناول", "استعرض", "استعراض", "تطرق", "التاكيد", "تناولت", "ناقشا", "بحثا", "تم"}


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


def title_words(ps: list[Participant], analysis: Analysis) -> set[int]:
    covered = set()
    for p in ps:
        if p.title_evidence:
            covered |= {w.index for w in analysis.words if p.title_evidence.start <= w.start < p.title_evidence.end}
    return covered


def party_words(ps: list[Participant], analysis: Analysis) -> set[int]:
    spans = [p.name_evidence for p in ps] + [p.title_evidence for p in ps if p.title_evidence]
    return {w.index for w in analysis.words for s in spans if s.start <= w.start < s.end}


def article_mentions(analysis: Analysis) -> list[list[Participant]]:
    """Every titled person of the article, as a participant would be written."""
    out = []
    for s in analysis.sentences:
        ms = [m for m in sentence_mentions(analysis, s.index) if m.kind.value == "person" and (m.title or m.country)]
        out.append([participants.to_participant(analysis, m, Role.peer) for m in ms])
    return out


def extract_meetings(analysis: Analysis, published: dt.date | None) -> list[Meeting]:
    found = []
    for t in triggers.find(analysis):
        ps = participants.for_trigger(analysis, t)
        if len(ps) >= 2 and official(ps):
            found.append((t, ps))
    if any(sum(p.kind.value == "person" for p in ps) >= 2 for _, ps in found):
        # bodies and states meeting, where persons of theirs are reported meeting too: the same meeting
        found = [(t, ps) for t, ps in found if any(p.kind.value == "person" for p in ps)]
    meetings: list[Meeting] = []
    kept: list[tuple[triggers.Trigger, Meeting]] = []
    everyone = [p for m in article_mentions(analysis) for p in m]
    for k, (t, ps) in enumerate(found):
        ps = inherit(ps, everyone)
        twin = next((m for _, m in kept if sum(any(same_party(p, q) for q in m.participants) for p in ps) >= min(2, len(ps))), None)
        if twin is not None:  # the same meeting reported again
            continue
        next_sent = next((u.sent for u, _ in found[k + 1:] if u.sent > t.sent), len(analysis.sentences))
        sents = scope(analysis, t, next_sent, ps)
        words = analysis.words
        trigger = Span(text=analysis.span_text(t.first, t.word), start=words[t.first].start, end=words[t.word].end)
        visit = any(norm(w.text) in VISIT_WORDS for w in analysis.sentence_words(t.sent))
        meeting = Meeting(
            mode=t.mode, status=t.status, trigger=trigger, participants=ps,
            date=meeting_date(analysis, t.sent, published, t.status, trigger=t.word),
            location=places.meeting_location(analysis, t.sent, title_words(ps, analysis), visit=visit)
            or places.visit_destination(analysis, t.sent),
            topics=topics.merge([topics.about_third_party(x, ps) for s in sents
                                 for x in topics.sentence_topics(analysis, s, party_words(ps, analysis))]),
            outcomes=[x for s in sents for x in outcomes.sentence_outcomes(analysis, s)],
        )
        kept.append((t, meeting))
        meetings.append(meeting)
    return meetings
