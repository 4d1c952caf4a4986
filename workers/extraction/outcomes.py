"""What a meeting produced or its parties declared: one clause per outcome, opened by a cue verb."""

from __future__ import annotations

from schemas import Outcome, OutcomeType, Span
from workers.analysis import Analysis, norm
from workers.extraction.lexicon import outcome_cues
from workers.extraction.word_classes import OPEN_QUOTES, is_punct

ORDER = ("signing", "agreement", "commitment", "decision", "invitation", "position")
HANDING = {"سلم", "سلمت", "تسلم", "تسلمت", "نقل", "نقلت", "قدم", "قدمت", "سلمه", "سلمها"}
PASSIVE = {"تم", "جري", "جرى"}
MAX_CLAUSE = 40
PLEDGES = {"ملتزم", "ملتزمه", "ملتزمون", "ملتزمين", "التزام", "التزامه", "التزامها", "التزامهما", "استعداد", "استعداده",
           "استعدادها", "استعدادهما"}


def cue_type(analysis: Analysis, i: int, last: int) -> str | None:
    cues = outcome_cues()
    words = analysis.words
    form = norm(words[i].text)
    if form[:1] in ("و", "ف") and not any(form in cues[k] for k in ORDER) and (
            any(form[1:] in cues[k] for k in ORDER) or form[1:] in PASSIVE):
        form = form[1:]  # واتفق، وتم: a conjunction the tokenizer left on the cue verb
    if form in PASSIVE and i + 1 <= last:
        nxt = norm(words[i + 1].text).removeprefix("ال")
        for kind in ORDER:
            if nxt in {c.removeprefix("ال") for c in cues.get(kind, set()) | cues.get(kind + "_nouns", set())}:
                return kind
        return None
    if form == "برز" and i + 1 <= last and norm(words[i + 1].text) in cues["agreement_nouns"]:
        return "agreement"
    if form in HANDING and "دعوه" in {norm(w.text) for w in words[i + 1:min(last, i + 8) + 1]}:
        return "invitation"  # سلم السفير للوزير الأول دعوة لحضور …: an invitation handed over
    for kind in ORDER:
        if form in cues[kind]:
            near = [norm(w.text) for w in words[i + 1:min(last, i + 5) + 1]]
            if kind == "invitation" and not set(near) & cues["invitation_needs"]:
                if form in ("دعا", "دعت") and "الي" in near[:2]:
                    return "position"  # دعا إلى ضبط النفس: a call, not an invitation
                continue
            if form in ("عبر", "عبرا") and not expressed(analysis, i, last):
                continue  # عبر as "via"
            if kind == "decision" and form.startswith("اعلن"):
                near = [norm(w.text) for w in words[i + 1:min(last, i + 3) + 1]]
                if "تشكيل" not in near and "عن" not in near and not announces(analysis, i, last):
                    continue
            if kind == "signing" and words[i].upos not in ("VERB", "NOUN", "X"):
                continue
            return kind
    return None


def announces(analysis: Analysis, i: int, last: int) -> bool:
    """أعلن الإمام زيادة المنح: the verb's object is what was decided; not أعلن أن … (a report) nor a bare pronoun."""
    words = analysis.words
    near = words[i + 1:min(last, i + 4) + 1]
    return not any(norm(w.text) in ("ان", "انه") for w in near) and any(
        w.head == i and w.deprel == "obj" and w.upos == "NOUN" for w in near)


def expressed(analysis: Analysis, i: int, last: int) -> bool:
    """عبر … عن: expressed, with the speaker's title between (عبر المنسق الإنساني للأمم المتحدة في اليمن عن
    سروره); not عبر الحدود, nor عن طريق."""
    words = analysis.words
    for j in range(i + 1, min(last, i + 10) + 1):
        if words[j].upos == "VERB" or is_punct(words[j]):
            return False
        if norm(words[j].text) == "عن":
            return j + 1 > last or norm(words[j + 1].text) != "طريق"
    return False


def clause_end(analysis: Analysis, i: int, last: int) -> int:
    cues = outcome_cues()
    words = analysis.words
    j, quoted = i, False
    while j + 1 <= last and j - i < MAX_CLAUSE:
        nxt = words[j + 1]
        if nxt.text in OPEN_QUOTES and not quoted:
            quoted = True  # أكدت الشركة أن «…»: the words quoted are what was said; the clause ends with them
        elif nxt.text in (".", "؟", "!", "؛", ":", "»", "”", "«", "“", '"'):
            break
        if nxt.text in ("،", ",") and j + 2 <= last and norm(words[j + 2].text) in cues["clause_breaks"] | {"و"}:
            break
        j += 1
    while j > i and is_punct(words[j]):
        j -= 1
    return j


def observed(analysis: Analysis, i: int, last: int) -> bool:
    """Statements of observers or the newspaper are not outcomes."""
    near = {norm(w.text) for w in analysis.words[max(analysis.sentences[analysis.words[i].sent].first, i - 2):min(last, i + 2) + 1]}
    return bool(near & outcome_cues()["observers"])


def sentence_outcomes(analysis: Analysis, sent: int) -> list[Outcome]:
    s = analysis.sentences[sent]
    out: list[Outcome] = []
    i = s.first
    while i <= s.last:
        kind = cue_type(analysis, i, s.last)
        if kind is None or observed(analysis, i, s.last):
            i += 1
            continue
        end = clause_end(analysis, i, s.last)
        if end - i < 2:
            i += 1
            continue
        clause = [norm(w.text) for w in analysis.words[i + 1:end + 1]]
        if any(clause[k:k + 3] == ["في", "وقت", "سابق"] for k in range(len(clause))):
            i = end + 1  # أكدا في وقت سابق …: said before, not at this meeting
            continue
        if kind == "position" and set(clause[:8]) & PLEDGES:
            kind = "commitment"  # أوضح أن تركيا ملتزمة بدعم …: a pledge, whatever verb reports it
        start_c, end_c = analysis.words[i].start, analysis.words[end].end
        out.append(Outcome(type=OutcomeType(kind), evidence=Span(text=analysis.text[start_c:end_c], start=start_c, end=end_c)))
        i = end + 1
    return out
