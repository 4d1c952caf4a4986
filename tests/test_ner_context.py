"""Entity labels carried to later mentions: a person named in full, then by surname alone."""

from __future__ import annotations

from liqaa.settings import get_settings
from workers.analysis import analyse
from workers.ner_context import WINDOW, propagate
from workers.nlp import settings_pipeline


def test_a_surname_alone_is_the_person_named_in_full_nearby() -> None:
    sentences = [["استقبل", "الرئيس", "كمال", "الزيدي", "وفدا"], ["وقال", "الزيدي", "إن", "الزيارة", "مهمة"]]
    tags = [["O", "O", "B-PERS", "E-PERS", "O"], ["O", "O", "O", "O", "O"]]
    assert propagate(sentences, tags) == [tags[0], ["O", "S-PERS", "O", "O", "O"]]


def test_labels_travel_at_most_window_sentences() -> None:
    far = WINDOW + 1
    sentences = [["زار", "الوفد", "مدينة", "تيمبكتو"]] + [["وبعد", "ذلك"]] * (far - 1) + [["وصل", "إلى", "تيمبكتو"]]
    tags = [["O", "O", "O", "S-LOC"]] + [["O", "O"]] * (far - 1) + [["O", "O", "O"]]
    assert propagate(sentences, tags)[far] == ["O", "O", "O"]
    assert propagate(sentences, tags, window=far)[far] == ["O", "O", "S-LOC"]


def test_an_entity_ner_found_keeps_its_label_and_the_most_given_type_wins() -> None:
    sentences = [["بنك", "الرافدين"], ["الرافدين"], ["الرافدين"], ["نهر", "الرافدين"], ["الرافدين"]]
    tags = [["B-ORG", "E-ORG"], ["S-LOC"], ["S-LOC"], ["O", "S-ORG"], ["O"]]
    out = propagate(sentences, tags)
    assert out[:4] == tags[:4]
    assert out[4] == ["S-LOC"]  # two LOC against one ORG for the word alone


def test_the_pipeline_finds_the_surname_after_the_full_name() -> None:
    nlp = settings_pipeline(get_settings())
    text = ("استقبل وزير الخارجية الموريتاني سيدي ولد التاه أمس في نواكشوط سفير اليابان. "
            "وأكد التاه خلال اللقاء أهمية التعاون بين البلدين. وقال التاه إن العلاقات متينة.")
    a = analyse(nlp, text)
    people = [a.span_text(e.first, e.last) for e in a.entities if e.type == "PERS"]
    assert people == ["سيدي ولد التاه", "التاه", "التاه"]
