"""The lexicons beside this module, loaded once and indexed by normalised form."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from workers.analysis import norm

HERE = Path(__file__).parent / "lexicons"


def bare(form: str) -> str:
    """Normalised form without the article (الأمريكي → امريكي; ألماني keeps its alef), for matching lexicons."""
    n = norm(form)
    return n[2:] if form.startswith("ال") and len(n) > 4 else n


def phrase(text: str) -> tuple[str, ...]:
    return tuple(bare(w) for w in text.split())


def demonym_forms(stem: str) -> set[str]:
    """مصري → مصري مصريه مصريون مصريين مصريان مصريتين مصريات مصريا ... (all bare; مصريا as in وفدا مصريا)."""
    s = bare(stem)
    return {s, s + "ه", s + "ون", s + "ين", s + "ان", s + "تان", s + "تين", s + "ات", s + "ا"}


@dataclass
class Countries:
    by_phrase: dict[tuple[str, ...], str] = field(default_factory=dict)  # names, demonyms, capitals, cities
    capitals: dict[tuple[str, ...], str] = field(default_factory=dict)
    cities: dict[tuple[str, ...], str] = field(default_factory=dict)
    names: dict[tuple[str, ...], str] = field(default_factory=dict)
    with_article: set[tuple[str, ...]] = field(default_factory=set)  # names, capitals and cities written with ال
    demonym_bases: set[str] = field(default_factory=set)  # masculine singular demonyms (تركي), also given names
    demonyms: dict[tuple[str, ...], str] = field(default_factory=dict)
    ambiguous: dict[tuple[str, ...], set[str]] = field(default_factory=dict)  # طرابلس: LY or LB, by the article
    max_len: int = 1


@lru_cache
def countries() -> Countries:
    c = Countries()
    for line in (HERE / "countries.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, names, stems, capitals = ([*line.split("\t"), "", "", ""])[:4]
        for name in filter(None, names.split("|")):
            c.names[phrase(name)] = code
            if name.startswith("ال"):
                c.with_article.add(phrase(name))
        for stem in filter(None, stems.split("|")):
            words = stem.split()
            c.demonym_bases.add(bare(words[0]))
            for form in demonym_forms(words[0]):
                c.demonyms[(form, *phrase(" ".join(words[1:])))] = code
        for cap in filter(None, capitals.split("|")):
            c.capitals[phrase(cap)] = code
            if cap.startswith("ال"):
                c.with_article.add(phrase(cap))
    for line in (HERE / "cities.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            city, code = line.split("\t")
            key = phrase(city)
            if key in c.ambiguous or (key in c.cities and c.cities[key] != code):
                c.ambiguous.setdefault(key, {c.cities.pop(key, code)}).add(code)  # listed twice: two cities
                continue
            c.cities[key] = code
            if city.startswith("ال"):
                c.with_article.add(phrase(city))  # الخليل the city, خليل a given name
    # irregular plural demonyms
    for form, code in (("روس", "RU"), ("امريكان", "US"), ("اتراك", "TR"), ("المان", "DE"), ("عرب", None)):
        if code:
            c.demonyms[(form,)] = code
    c.by_phrase = {**c.cities, **c.capitals, **c.demonyms, **c.names}
    c.max_len = max(len(k) for k in c.by_phrase)
    return c


@lru_cache
def agencies() -> dict[tuple[str, ...], str]:
    """National news agencies (واس، قنا، و م ع …) → the country whose government they report."""
    out = {}
    for line in (HERE / "agencies.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            name, code = line.split("\t")
            out[phrase(name)] = code
    return out


@lru_cache
def people() -> dict:
    data = json.loads((HERE / "people.json").read_text(encoding="utf-8"))
    return {
        "honorifics": {phrase(h) for h in data["honorifics"]},
        "honorific_words": {bare(w) for h in data["honorifics"] for w in h.split()},
        "indefinite_honorifics": {bare(h) for h in data["honorifics"] if " " not in h and not h.startswith("ال")},
        "definite_honorifics": {phrase(h) for h in data["honorifics"] if h.startswith("ال")},
        "title_heads": {bare(h.split()[0]) for h in data["title_heads"]},
        "fixed_titles": {phrase(k): v for k, v in data["fixed_titles"].items()},
        "international": {phrase(k) for k in data["international"]},
        "international_bodies": sorted({norm(k) for k in data["international_bodies"]}, key=len, reverse=True),
        "name_links": {norm(w) for w in data["name_links"]},
        "groups": {bare(w) for w in data["groups"]},
        "collective": {norm(w) for w in data["collective_parties"]},
        "not_names": {bare(w) for w in data["not_names"]},
        "eponym_heads": {bare(w) for w in data["eponym_heads"]},
    }


@lru_cache
def meeting_words() -> dict:
    data = json.loads((HERE / "meetings.json").read_text(encoding="utf-8"))
    out = {k: v for k, v in data.items() if not k.startswith("_")}
    out["nouns"] = {bare(w) for w in data["nouns"]}
    out["converging"] = {bare(w) for w in data["converging"]}
    for key in ("support_verbs", "organiser_verbs", "phone_words", "video_words", "future_markers", "not_meeting_context", "crowds",
                "attendance", "absent_parties"):
        out[key] = {norm(w) for w in data[key]}
    out["greeting_purpose"] = [norm(p) for p in data["greeting_purpose"]]
    return out


@lru_cache
def topic_cues() -> list[tuple[tuple[str, ...], str, bool]]:
    """(cue words, key, needs a place complement), longest cues first."""
    data = json.loads((HERE / "topics.json").read_text(encoding="utf-8"))
    cues = []
    for key, items in data.items():
        if key.startswith("_"):
            continue
        for item in items:
            cues.append((phrase(item.rstrip("*")), key, item.endswith("*")))
    return sorted(cues, key=lambda c: -len(c[0]))


def cue_matches(forms: list[str], i: int, cue: tuple[str, ...]) -> bool:
    """The cue's words from i on; a cue of two words or more also after a و the tokenizer left on (وحل الدولتين)."""
    here = tuple(forms[i:i + len(cue)])
    return here == cue or (len(cue) > 1 and here[0].startswith("و") and (here[0][1:], *here[1:]) == cue)


def cue_at(forms: list[str], i: int, last: int) -> tuple[int, str, bool] | None:
    """(cue length, key, needs a place) of the longest cue starting at word i."""
    for cue, key, needs_place in topic_cues():
        if i + len(cue) - 1 <= last and cue_matches(forms, i, cue):
            return len(cue), key, needs_place
    return None


@lru_cache
def outcome_cues() -> dict:
    data = json.loads((HERE / "outcomes.json").read_text(encoding="utf-8"))
    return {k: {norm(w) for w in v} for k, v in data.items() if not k.startswith("_")}
