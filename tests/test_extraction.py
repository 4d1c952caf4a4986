"""Meeting extraction on sentences written for these tests, through the real Stanza pipeline."""

from __future__ import annotations

import datetime as dt

import pytest

from liqaa.settings import get_settings
from schemas import Kind, Meeting, Mode, Participant, Role, Status
from workers.analysis import analyse
from workers.extraction.mentions import Mention
from workers.extraction.participants import to_participant
from workers.nlp import NLP, settings_pipeline
from workers.pipeline import process

PUBLISHED = dt.date(2024, 3, 12)


@pytest.fixture(scope="module")
def nlp() -> NLP:
    s = get_settings()
    return settings_pipeline(s)


def meetings(nlp: NLP, text: str, published: dt.date | None = PUBLISHED) -> list[Meeting]:
    result = process(nlp, "test", text, published, "test")
    for m in result.meetings:  # every field points at its words
        spans = [m.trigger] + [p.name_evidence for p in m.participants] + [t.evidence for t in m.topics]
        for span in spans + [o.evidence for o in m.outcomes]:
            assert text[span.start:span.end] == span.text
    return result.meetings


def names(m: Meeting) -> list[str]:
    return [p.name for p in m.participants]


def roles(m: Meeting) -> dict[str, Role]:
    return {p.name: p.role for p in m.participants}


def party(m: Meeting, name: str) -> Participant:
    """The participant of that name (StopIteration where there is none: the test fails)."""
    return next(p for p in m.participants if p.name == name)


def test_reception_with_roles_place_date_and_topics(nlp: NLP) -> None:
    text = ("استقبل وزير الخارجية السعودي الأمير فيصل بن فرحان في الرياض أمس وزيرة الخارجية الألمانية أنالينا بيربوك. "
            "وبحث الجانبان خلال اللقاء العلاقات الثنائية وسبل تعزيز التعاون الاقتصادي، وأكدا أهمية التنسيق المشترك.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.in_person and m.status == Status.held
    by_name = {p.name: p for p in m.participants}
    assert set(by_name) == {"فيصل بن فرحان", "أنالينا بيربوك"}
    assert by_name["فيصل بن فرحان"].country == "SA" and by_name["فيصل بن فرحان"].role == Role.host
    assert by_name["أنالينا بيربوك"].country == "DE" and by_name["أنالينا بيربوك"].role == Role.visitor
    assert by_name["فيصل بن فرحان"].title == "وزير الخارجية السعودي"
    assert m.location is not None and m.location.name == "الرياض"
    assert m.date.value == dt.date(2024, 3, 11) and m.date.source.value == "relative"
    keys = {t.key.value for t in m.topics}
    assert {"bilateral_relations", "economy_trade"} <= keys
    assert any(o.type.value == "position" for o in m.outcomes)


def test_phone_call(nlp: NLP) -> None:
    text = "تلقى الرئيس الفرنسي إيمانويل ماكرون اليوم اتصالا هاتفيا من الرئيس الأمريكي جو بايدن بحثا خلاله الأزمة في أوكرانيا."
    [m] = meetings(nlp, text)
    assert m.mode == Mode.phone
    assert {p.country for p in m.participants} == {"FR", "US"}
    assert any(t.key.value == "regional_situation" and t.country == "UA" for t in m.topics)


def test_planned_meeting(nlp: NLP) -> None:
    text = "يلتقي وزير الخارجية الأمريكي أنتوني بلينكن غدا نظيره الصيني وانغ يي في بكين لبحث التجارة بين البلدين."
    [m] = meetings(nlp, text)
    assert m.status == Status.planned
    assert m.date.value == dt.date(2024, 3, 13)
    assert {p.country for p in m.participants} == {"US", "CN"}


def test_counterpart_and_attendance(nlp: NLP) -> None:
    text = ("التقى وزير الدفاع التركي يشار غولر في أنقرة اليوم بنظيره القطري خالد بن محمد العطية. "
            "حضر اللقاء رئيس الأركان العامة التركي متين غوراك والسفير القطري محمد الكواري.")
    [m] = meetings(nlp, text)
    assert len(m.participants) == 2
    assert {p.country for p in m.participants} == {"TR", "QA"}
    assert not any("غوراك" in n or "الكواري" in n for n in names(m))


def test_two_meetings_in_one_article(nlp: NLP) -> None:
    text = ("استقبل رئيس الوزراء الأردني بشر الخصاونة في عمان اليوم وزير الخارجية الإيطالي أنطونيو تاياني. "
            "كما استقبل الخصاونة في وقت لاحق وزير التجارة الهندي بيوش غويال وبحث معه التبادل التجاري.")
    found = meetings(nlp, text)
    assert len(found) == 2
    assert {p.country for p in found[0].participants} == {"JO", "IT"}
    assert "IN" in {p.country for p in found[1].participants}


@pytest.mark.parametrize("text", [
    "يلتقي فريق الهلال مع النصر مساء غد في قمة الدوري السعودي على ملعب المملكة أرينا.",
    "استقبل مطار القاهرة الدولي أمس أولى رحلات الحجاج القادمين من جدة.",
    "استقبل أمير المنطقة جموع المواطنين الذين قدموا للسلام عليه وتهنئته بعيد الفطر المبارك.",
    "استقبل الوزير السفير الياباني الذي قدم للسلام عليه بمناسبة انتهاء فترة عمله.",
    "عقد مجلس الوزراء اجتماعه الأسبوعي أمس برئاسة رئيس الوزراء وناقش عددا من المشروعات.",
    "أطلقت وزارة الشؤون الاجتماعية برنامجا جديدا لدعم الأسر المحتاجة في المناطق الريفية.",
    "قال وزير الخارجية الكويتي في كلمة أمام المؤتمر إن بلاده تدعم الحلول السلمية.",
    "تستقبل الحدائق العامة آلاف الزوار خلال عطلة نهاية الأسبوع.",
    "وكان الرئيس الأمريكي باراك أوباما قد التقى العاهل الأردني الملك عبدالله الثاني في عام 2014 في واشنطن.",
    "ترأس أمير المنطقة الأمير فيصل بن بندر اجتماع مجلس المنطقة أمس، وناقش المجلس عددا من المشاريع التنموية.",
    "استقبل مستشفى الملك فهد أمس أكثر من مئتي مراجع خلال عطلة العيد.",
    "يلتقي المنتخب السعودي نظيره الياباني في الجولة الثالثة من التصفيات المؤهلة لكأس العالم.",
    "شارك وزير التعليم في المؤتمر الدولي للتعليم الذي عقد في لندن بمشاركة أكثر من خمسين دولة.",
])
def test_not_meetings(nlp: NLP, text: str) -> None:
    assert meetings(nlp, text) == []


def test_no_published_date_no_relative_date(nlp: NLP) -> None:
    text = "التقى الرئيس المصري عبد الفتاح السيسي اليوم رئيس الوزراء اليوناني كيرياكوس ميتسوتاكيس في القاهرة."
    [m] = meetings(nlp, text, published=None)
    assert m.date.value is None


def test_talks_with_and_discussion_with(nlp: NLP) -> None:
    text = ("أجرى وزير الخارجية المصري سامح شكري محادثات مع نظيره الفرنسي جان نويل بارو في باريس يوم الأحد، "
            "تناولت الأوضاع في قطاع غزة وسبل التوصل إلى وقف إطلاق النار.")
    [m] = meetings(nlp, text)
    assert {p.country for p in m.participants} == {"EG", "FR"}
    assert m.date.value == dt.date(2024, 3, 10)
    assert m.location is not None and m.location.name == "باريس"
    assert {("regional_situation", "PS"), ("armed_conflict", None)} <= {(t.key.value, t.country) for t in m.topics}
    text = ("بحث ولي العهد الكويتي الشيخ صباح الخالد الصباح مع رئيس الوزراء الباكستاني شهباز شريف أمس تعزيز "
            "التعاون في مجالات الطاقة والاستثمار. واتفق الجانبان على تشكيل لجنة مشتركة.")
    [m] = meetings(nlp, text)
    assert set(names(m)) == {"صباح الخالد الصباح", "شهباز شريف"}
    assert {"energy", "economy_trade"} <= {t.key.value for t in m.topics}
    assert [o.type.value for o in m.outcomes] == ["agreement"]


def test_video_call_and_signing(nlp: NLP) -> None:
    text = ("عقد الرئيس التونسي قيس سعيد اجتماعا عبر تقنية الاتصال المرئي مع رئيسة المفوضية الأوروبية "
            "أورسولا فون دير لاين لبحث ملف الهجرة غير الشرعية.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.video
    assert {p.country for p in m.participants} == {"TN", None}  # the EU is no state
    assert [t.key.value for t in m.topics] == ["migration_borders"]
    text = ("وقع وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان ووزير النفط العراقي حيان عبد الغني اليوم في بغداد "
            "مذكرة تفاهم للتعاون في مجال الكهرباء.")
    [m] = meetings(nlp, text)
    assert {p.country for p in m.participants} == {"SA", "IQ"}
    assert m.location is not None and m.location.name == "بغداد"
    assert [o.type.value for o in m.outcomes] == ["signing"]


def test_words_that_look_like_countries(nlp: NLP) -> None:
    # المالية is "financial", not Mali (or Malé); تركي is a given name after الأمير
    text = ("اجتمع وزير المالية المغربي نادية فتاح العلوي مع مديرة صندوق النقد الدولي كريستالينا غورغييفا "
            "على هامش الاجتماعات السنوية في واشنطن.")
    [m] = meetings(nlp, text)
    assert {p.country for p in m.participants} == {"MA", None}
    text = "استقبل الأمير تركي بن محمد بن فهد في الرياض أمس سفير اليابان لدى المملكة."
    found = meetings(nlp, text)
    assert all(p.country != "TR" for m in found for p in m.participants)


def test_day_of_a_statement_is_not_the_meetings(nlp: NLP) -> None:
    text = "قال مسؤول فرنسي اليوم الثلاثاء إن وزير الخارجية الفرنسي التقى نظيره الألماني في برلين الشهر الماضي."
    found = meetings(nlp, text)
    assert all(m.date.value is None for m in found)


def test_place_of_a_visit_told_just_before(nlp: NLP) -> None:
    text = ("وصل رئيس الوزراء الهندي ناريندرا مودي إلى أبوظبي في زيارة رسمية. "
            "والتقى رئيس دولة الإمارات الشيخ محمد بن زايد آل نهيان وبحثا التعاون في مجال الطاقة.")
    found = meetings(nlp, text)
    assert found and found[0].location is not None and found[0].location.name == "أبوظبي"


def test_articles_analysed_together_match_one_by_one(nlp: NLP) -> None:
    from workers.analysis import analyse, analyse_many

    texts = ["استقبل وزير الخارجية المصري نظيره الأردني في القاهرة أمس.\nوبحث الجانبان التعاون.",
             "عقد رئيس الوزراء اجتماعا مع سفير اليابان."]
    together = analyse_many(nlp, texts)
    for text, got in zip(texts, together):
        alone = analyse(nlp, text)
        assert [(w.text, w.start, w.end, w.head, w.upos, w.lemma) for w in got.words] == \
               [(w.text, w.start, w.end, w.head, w.upos, w.lemma) for w in alone.words]
        assert got.words[0].text == text.split()[0] and got.text == text


def test_title_alone_stands_for_the_person_named_before(nlp: NLP) -> None:
    text = ("وصل وزير الخارجية الياباني يوشيماسا هاياشي إلى عمان في زيارة رسمية. "
            "والتقى الوزير الضيف فور وصوله رئيس الوزراء الأردني بشر الخصاونة.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"يوشيماسا هاياشي": "JP", "بشر الخصاونة": "JO"}


def test_the_other_side_named_by_its_demonym(nlp: NLP) -> None:
    text = "وفي إطار مباحثاته مع الجانب الإسباني، التقى وزير الخارجية المغربي ناصر بوريطة الوزير لويس بلاناس."
    [m] = meetings(nlp, text)
    assert {p.country for p in m.participants} == {"MA", "ES"}


def test_office_whose_country_is_given_elsewhere(nlp: NLP) -> None:
    text = ("التقى قائد الحرس الوطني محمد الخالدي مع وزير الدفاع الفرنسي سيباستيان لوكورنو في باريس. "
            "ويعد قائد الحرس الوطني الكويتي من أبرز القادة العسكريين في المنطقة.")
    [m] = meetings(nlp, text)
    assert {p.country for p in m.participants} == {"KW", "FR"}


def test_national_officials_take_the_country_of_the_meeting_place(nlp: NLP) -> None:
    text = ("وصل المنسق المقيم للأمم المتحدة جون سميث إلى بغداد أمس. "
            "والتقى المنسق في بغداد مدير مكتب رئيس الوزراء أحمد الساعدي لبحث إعادة إعمار الموانئ.")
    [m] = meetings(nlp, text)
    countries = {p.name: p.country for p in m.participants}
    assert countries.get("أحمد الساعدي") == "IQ"
    assert {p.title for p in m.participants} >= {"مدير مكتب رئيس الوزراء"}
    assert countries.get("جون سميث") is None  # an official of the United Nations speaks for no country


def test_talks_an_organiser_convenes_take_their_parties_from_the_next_sentence(nlp: NLP) -> None:
    text = ("أعلنت الأمم المتحدة أنها ستنظم جولة جديدة من المحادثات في جنيف يوم 10 أبريل. "
            "وقال المبعوث الأممي هانس غروندبرغ إنه يدعو الأطراف اليمنية إلى المشاركة بروح إيجابية.")
    [m] = meetings(nlp, text)
    assert m.status == Status.planned and m.date.value == dt.date(2024, 4, 10)
    assert "هانس غروندبرغ" in names(m)


def test_aim_of_a_meeting_is_not_football(nlp: NLP) -> None:
    text = "التقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي بهدف تنسيق المواقف إزاء الأزمة في السودان."
    [m] = meetings(nlp, text)
    assert {p.country for p in m.participants} == {"EG", "JO"}


def test_another_story_ends_the_meeting_report(nlp: NLP) -> None:
    text = ("استقبل الرئيس التونسي قيس سعيد في قرطاج أمس وزير الخارجية الإيطالي أنطونيو تاياني وبحثا ملف الهجرة. "
            "على صعيد آخر، ارتفعت أسعار النفط في الأسواق العالمية بسبب التوتر العسكري في الخليج.")
    [m] = meetings(nlp, text)
    assert {t.key.value for t in m.topics} == {"migration_borders"}


def test_person_named_again_by_surname_is_one_party(nlp: NLP) -> None:
    text = ("التقى رئيس الوزراء العراقي محمد شياع السوداني في بغداد أمس المبعوث الأممي يان كوبيش، "
            "وأكد السيد كوبيش دعم الأمم المتحدة للحوار. وقال كوبيش إن اللقاء كان مثمرا.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["محمد شياع السوداني", "يان كوبيش"]


def test_title_after_a_name_stays_a_title(nlp: NLP) -> None:
    text = ("استقبل الأمير خالد بن سعود بن فهد ولي العهد نائب رئيس مجلس الوزراء في الرياض اليوم "
            "رئيس وزراء ماليزيا أنور إبراهيم.")
    [m] = meetings(nlp, text)
    titles = {p.name: p.title for p in m.participants}
    assert titles == {"خالد بن سعود بن فهد": "ولي العهد نائب رئيس مجلس الوزراء", "أنور إبراهيم": "رئيس وزراء ماليزيا"}
    assert {p.country for p in m.participants} >= {"MY"}


def test_a_place_named_after_a_person_names_no_participant(nlp: NLP) -> None:
    text = ("استقبل رئيس جامعة الملك فيصل الدكتور عبدالله الربيش في الأحساء أمس "
            "وزير التعليم العالي الأردني خالد الشرعة.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["خالد الشرعة", "عبدالله الربيش"]  # not فيصل, and عبدالله whole


def test_a_region_after_an_honorific_title_is_no_name(nlp: NLP) -> None:
    text = "استقبل أمير منطقة تبوك في مطار الأمير سلطان أمس الرئيس الفرنسي إيمانويل ماكرون."
    [m] = meetings(nlp, text)
    host, guest = m.participants
    assert (host.name, host.title, host.country, host.role) == ("أمير منطقة تبوك", "أمير منطقة تبوك", "SA", Role.host)
    assert (guest.name, guest.role) == ("إيمانويل ماكرون", Role.visitor)  # the region is no name: the office names him


def test_a_family_name_that_is_a_demonym_stays_in_the_name(nlp: NLP) -> None:
    text = "استقبل وزير الخارجية الليبي أحمد المصري في طرابلس أمس السفير الإيطالي جوزيبي بوتشينو."
    [m] = meetings(nlp, text)
    assert {(p.name, p.country) for p in m.participants} == {("أحمد المصري", "LY"), ("جوزيبي بوتشينو", "IT")}


def test_a_royal_name_keeps_its_regnal_number_and_a_venue_ends_before_a_title(nlp: NLP) -> None:
    text = ("استقبل العاهل الأردني الملك عبدالله الثاني، اليوم الثلاثاء، في قصر الحسينية رئيس الوزراء الياباني "
            "شيغيرو إيشيبا، الذي يزور المملكة في إطار جولة إقليمية.")
    [m] = meetings(nlp, text)
    assert {(p.name, p.country, p.role) for p in m.participants} == {
        ("عبدالله الثاني", "JO", Role.host), ("شيغيرو إيشيبا", "JP", Role.visitor)}
    assert m.location is not None and m.location.name == "قصر الحسينية"


def test_the_pronoun_of_a_counterpart_is_no_party(nlp: NLP) -> None:
    # the tokenizer cuts عبدالله into عبدالل|ه: its ه is no surname to find in later sentences
    text = ("استقبل العاهل الأردني الملك عبدالله الثاني في عمان أمس رئيس الوزراء الياباني شيغيرو إيشيبا. "
            "وفي سياق منفصل، أجرى وزير الخارجية الأردني أيمن الصفدي اتصالا هاتفيا مع نظيره المصري بدر عبد العاطي "
            "تناول المستجدات في السودان.")
    call = [m for m in meetings(nlp, text) if m.mode == Mode.phone]
    assert [{(p.name, p.country) for p in m.participants} for m in call] == [
        {("أيمن الصفدي", "JO"), ("بدر عبد العاطي", "EG")}]


def test_a_call_reported_as_mukalama_after_a_time_set_off_by_commas(nlp: NLP) -> None:
    text = ("أجرى رئيس الجمهورية عبد المجيد تبون، مساء أمس الأحد، مكالمة هاتفية مع الرئيس الفرنسي إيمانويل ماكرون، "
            "تناولت العلاقات الثنائية. كما وجه الرئيس تبون دعوة لنظيره الفرنسي لزيارة الجزائر.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.phone and sorted(names(m)) == ["إيمانويل ماكرون", "عبد المجيد تبون"]
    assert [p.title for p in m.participants] == ["رئيس الجمهورية", "الرئيس الفرنسي"]
    assert {t.key.value for t in m.topics} == {"bilateral_relations"}  # an invitation (دعوة) is no preaching
    assert [o.type.value for o in m.outcomes] == ["invitation"]


def test_a_region_in_a_title_is_no_name_and_the_place_follows_the_verb_bahatha(nlp: NLP) -> None:
    text = ("بحث رئيس مجلس الوزراء محمد شياع السوداني مع رئيس إقليم كردستان نيجيرفان بارزاني، خلال لقاء جمعهما "
            "في بغداد يوم 15 جمادى الأولى 1448 هـ، ملف رواتب موظفي الإقليم.")
    [m] = meetings(nlp, text)
    assert {(p.name, p.title) for p in m.participants} == {
        ("محمد شياع السوداني", "رئيس مجلس الوزراء"), ("نيجيرفان بارزاني", "رئيس إقليم كردستان")}
    assert m.location is not None and m.location.name == "بغداد"
    assert m.date.value == dt.date(2026, 10, 26)  # Umm al-Qura


def test_a_place_among_the_subjects_is_not_where_a_video_call_was_held(nlp: NLP) -> None:
    text = ("عقد الأمين العام للأمم المتحدة أنطونيو غوتيريش اجتماعا عبر تقنية الاتصال المرئي مع رئيس المجلس "
            "الرئاسي الليبي محمد المنفي، ناقشا خلاله سبل دفع العملية السياسية في ليبيا.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.video and m.location is None
    assert {(t.key.value, t.country) for t in m.topics} == {("political_settlement", "LY")}


def test_a_given_name_that_is_a_country_and_a_title_ending_in_dawla(nlp: NLP) -> None:
    text = ("استقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة، اليوم في قصر الشاطئ، رئيسة وزراء إيطاليا جورجيا ميلوني "
            "التي تقوم بزيارة عمل إلى الدولة. وتبادل الجانبان وجهات النظر بشأن الأوضاع في السودان ولبنان.")
    [m] = meetings(nlp, text)
    assert {(p.name, p.title) for p in m.participants} == {
        ("محمد بن زايد آل نهيان", "رئيس الدولة"), ("جورجيا ميلوني", "رئيسة وزراء إيطاليا")}
    # one subject per country the situation phrase lists
    assert {(t.key.value, t.country) for t in m.topics} == {("regional_situation", "SD"), ("regional_situation", "LB")}


def test_the_place_of_a_visit_given_with_a_pronoun(nlp: NLP) -> None:
    text = ("التقت وزيرة الخارجية الهولندية كاسبار فيلدكامب، خلال زيارتها إلى عمان، رئيس الوزراء الأردني "
            "جعفر حسان.")
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "عمان"


def test_a_long_name_and_a_phrase_set_off_by_commas_before_the_other_party(nlp: NLP) -> None:
    text = ("بحث الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني رئيس مجلس الوزراء وزير الخارجية، خلال اتصال مرئي اليوم، "
            "مع السيد ستيف ويتكوف المبعوث الأمريكي الخاص إلى الشرق الأوسط، آخر التطورات في قطاع غزة.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.video  # named by the call further on in the clause, not by the verb بحث
    assert {(p.name, p.country) for p in m.participants} == {
        ("محمد بن عبدالرحمن بن جاسم آل ثاني", None), ("ستيف ويتكوف", "US")}  # و|يتكوف: the tokenizer cut the name


def test_a_name_that_starts_with_waw_after_a_bare_title(nlp: NLP) -> None:
    text = "استقبل الرئيس الكيني ويليام روتو في نيروبي أمس السفير وودرو ويلسون."
    [m] = meetings(nlp, text)
    assert {(p.name, p.title) for p in m.participants} == {("ويليام روتو", "الرئيس الكيني"), ("وودرو ويلسون", "السفير")}


def test_an_ambassador_of_a_two_word_country_is_a_person_not_two_states(nlp: NLP) -> None:
    text = ("استقبل رئيس مجلس القيادة الرئاسي اليمني رشاد العليمي في عدن أمس سفير المملكة المتحدة لدى اليمن "
            "جون ويلكس، وناقش اللقاء مستجدات الوضع اليمني والجهود الأممية لإحياء مسار السلام.")
    [m] = meetings(nlp, text)
    assert all(p.kind == Kind.person for p in m.participants)
    assert ("GB", "visitor") in {(p.country, p.role.value) for p in m.participants}
    # the subject's own words give its country; the UN efforts joined to it by و are another subject
    assert ("regional_situation", "YE") in {(t.key.value, t.country) for t in m.topics}


def test_those_who_come_with_a_party_are_of_its_country(nlp: NLP) -> None:
    text = ("استقبل الرئيس التركي رجب طيب أردوغان في أنقرة أمس الرئيس السوري أحمد الشرع، يرافقه وزير الخارجية "
            "أسعد الشيباني ووزير الدفاع مرهف أبو قصرة.")
    [m] = meetings(nlp, text)
    assert {(p.name, p.country) for p in m.participants} == {
        ("رجب طيب أردوغان", "TR"), ("أحمد الشرع", "SY"), ("أسعد الشيباني", "SY"), ("مرهف أبو قصرة", "SY")}


def test_two_persons_joined_by_waw_stay_two(nlp: NLP) -> None:
    text = "ووقع وزيرا خارجية البلدين، أيمن الصفدي وتاكيشي إيوايا، في عمان أمس مذكرة تفاهم للتعاون في مجال الطاقة."
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["أيمن الصفدي", "تاكيشي إيوايا"]


def test_an_official_present_after_bihudur_is_no_party(nlp: NLP) -> None:
    text = ("استقبل الرئيس المصري عبد الفتاح السيسي في القاهرة اليوم الفريق أول مايكل كوريلا قائد القيادة المركزية "
            "الأمريكية، بحضور الفريق أول عبد المجيد صقر وزير الدفاع.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["عبد الفتاح السيسي", "مايكل كوريلا"]


def test_a_name_with_the_link_ould(nlp: NLP) -> None:
    text = ("استقبل رئيس الجمهورية الموريتاني محمد ولد الشيخ الغزواني في نواكشوط أمس وزير الخارجية المغربي "
            "ناصر بوريطة.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["محمد ولد الشيخ الغزواني", "ناصر بوريطة"]


def test_meetings_held_each_apart_are_one_meeting_each(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الإيراني عباس عراقجي في جنيف أمس كلا من وزير الخارجية الفرنسي جان نويل بارو "
            "ووزير الخارجية الألماني يوهان فاديفول، كل على حدة، لبحث الملف النووي.")
    found = meetings(nlp, text)
    assert sorted(sorted(names(m)) for m in found) == [
        ["جان نويل بارو", "عباس عراقجي"], ["عباس عراقجي", "يوهان فاديفول"]]


def test_a_call_received_after_a_long_honorific_name(nlp: NLP) -> None:
    text = ("تلقى صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة حفظه الله، اتصالا هاتفيا مساء اليوم، من الرئيس "
            "الفرنسي إيمانويل ماكرون، بحثا خلاله العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.phone
    assert sorted(names(m)) == ["إيمانويل ماكرون", "محمد بن زايد آل نهيان"]


def test_the_country_of_a_prince_of_the_land_is_no_person(nlp: NLP) -> None:
    text = "استقبل الشيخ مشعل الأحمد الجابر الصباح أمير البلاد في قصر بيان أمس الرئيس اللبناني جوزاف عون."
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["جوزاف عون", "مشعل الأحمد الجابر الصباح"]
    assert {p.title for p in m.participants} >= {"أمير البلاد"}


def test_talks_carried_by_their_verb_past_a_long_title_and_phrases_set_off(nlp: NLP) -> None:
    text = ("أجرى وزير الشؤون الخارجية والتعاون الإفريقي والمغاربة المقيمين بالخارج، ناصر بوريطة، مساء أمس الأحد "
            "بالرباط، مباحثات مع نظيره البرتغالي، باولو رانجيل، تناولت الشراكة الاقتصادية.")
    [m] = meetings(nlp, text)
    assert {(p.name, p.country) for p in m.participants} == {("ناصر بوريطة", "MA"), ("باولو رانجيل", "PT")}
    assert m.location is not None and m.location.name == "الرباط"


def test_a_rank_ending_in_rukn_and_a_family_name_before_a_time_of_day(nlp: NLP) -> None:
    text = ("استقبل الشيخ صباح خالد الحمد الصباح صباح اليوم الفريق أول ركن محمد الغيث قائد القوات البرية "
            "الليبية.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["صباح خالد الحمد الصباح", "محمد الغيث"]


def test_the_office_a_minister_receives_in_is_no_part_of_his_title(nlp: NLP) -> None:
    text = ("استقبل معالي الشيخ عبدالله بن زايد آل نهيان وزير الخارجية بديوان عام الوزارة اليوم وزير خارجية "
            "جمهورية كوريا تشو تاي يول.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert set(by_name) == {"عبدالله بن زايد آل نهيان", "تشو تاي يول"}
    assert by_name["عبدالله بن زايد آل نهيان"].title == "وزير الخارجية"


def test_a_foreign_name_the_tokenizer_cut_after_fa(nlp: NLP) -> None:
    text = "التقى الرئيس الفلسطيني محمود عباس في رام الله اليوم وزير الخارجية الإيطالي فيليبو ماريانو."
    [m] = meetings(nlp, text)
    assert ("فيليبو ماريانو", "IT") in {(p.name, p.country) for p in m.participants}


def test_a_minister_of_international_cooperation_is_national(nlp: NLP) -> None:
    text = ("استقبل الرئيس التونسي قيس سعيد في قصر قرطاج أمس وزير الشؤون الخارجية والتعاون الدولي "
            "الإيطالي أنطونيو تاياني.")
    [m] = meetings(nlp, text)
    assert ("أنطونيو تاياني", "IT") in {(p.name, p.country) for p in m.participants}


def test_a_theme_inside_a_situation_phrase_takes_the_place_and_titles_name_no_subject(nlp: NLP) -> None:
    text = ("التقى الرئيس السوداني عبد الفتاح البرهان في بورتسودان أمس مساعد وزير الخارجية الأمريكي لشؤون الأمن "
            "الدولي جون بلاك، وبحثا الأزمة الإنسانية في السودان، وقرار مجلس الأمن الأخير، والوضع في منطقة "
            "الساحل وليبيا.")
    [m] = meetings(nlp, text)
    found = {(t.key.value, t.country) for t in m.topics}
    assert ("humanitarian", "SD") in found and ("regional_situation", "LY") in found
    assert ("regional_situation", "SD") not in found  # the crisis is named: humanitarian, not the situation
    assert "security_cooperation" not in {k for k, _ in found}  # a title's words and مجلس الأمن name no subject


def test_a_city_named_after_the_word_madina_is_the_place(nlp: NLP) -> None:
    text = ("يلتقي الرئيس الأوكراني فولوديمير زيلينسكي نظيره التركي رجب طيب أردوغان يوم السبت المقبل في مدينة "
            "أنطاليا التركية لبحث تبادل الأسرى.")
    [m] = meetings(nlp, text)
    assert m.status == Status.planned
    assert m.location is not None and m.location.name == "أنطاليا"


def test_a_meeting_later_that_day_keeps_the_day_and_place(nlp: NLP) -> None:
    text = ("بحث رئيس الوزراء الكويتي أحمد عبدالله الأحمد الصباح مع رئيس الوزراء البحريني سلمان بن حمد آل خليفة، "
            "في المنامة يوم الاثنين، مشروع السكك الحديدية الخليجية. كما التقى الصباح في وقت لاحق رئيس مجلس النواب "
            "أحمد المسلم.")
    first, later = meetings(nlp, text)
    assert later.date.value == first.date.value == dt.date(2024, 3, 11)
    assert later.location is not None and later.location.name == "المنامة"
    assert ("أحمد المسلم", "BH") in {(p.name, p.country) for p in later.participants}


def test_two_state_solution_and_the_world_cup_are_subjects(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الإسباني خوسيه مانويل ألباريس في مدريد أمس نظيره المغربي ناصر بوريطة، وناقشا "
            "الاعتراف بالدولة الفلسطينية وحل الدولتين، والاستعدادات لتنظيم كأس العالم.")
    [m] = meetings(nlp, text)
    assert {"political_settlement", "sports"} <= {t.key.value for t in m.topics}


def test_bilateral_meetings_in_the_plural_are_one_meeting_each(nlp: NLP) -> None:
    text = ("وعلى هامش القمة الخليجية في الكويت، عقد الرئيس الفرنسي إيمانويل ماكرون لقاءات ثنائية مع كل من أمير "
            "قطر الشيخ تميم بن حمد آل ثاني ورئيس الوزراء البريطاني كير ستارمر.")
    found = meetings(nlp, text)
    assert sorted(sorted(names(m)) for m in found) == [
        ["إيمانويل ماكرون", "تميم بن حمد آل ثاني"], ["إيمانويل ماكرون", "كير ستارمر"]]


def test_a_video_meeting_held_by_a_minister_with_a_long_name(nlp: NLP) -> None:
    text = ("عقد سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية، مساء اليوم، اجتماعا عبر الاتصال المرئي مع "
            "وزير الخارجية الياباني تاكيشي إيوايا.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.video
    assert sorted(names(m)) == ["تاكيشي إيوايا", "عبدالله بن زايد آل نهيان"]


def test_a_given_name_cut_before_its_final_ha_and_the_country_attacked(nlp: NLP) -> None:
    text = ("استقبل رئيس مجلس النواب نبيه بري في عين التينة أمس السفير الفرنسي هيرفيه ماغرو، وعرض معه الاعتداءات "
            "الإسرائيلية على لبنان.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["نبيه بري", "هيرفيه ماغرو"]
    assert ("armed_conflict", "LB") in {(t.key.value, t.country) for t in m.topics}


def test_an_ambassador_meets_an_official_of_the_country_he_is_sent_to(nlp: NLP) -> None:
    text = ("التقى رئيس مجلس القيادة الرئاسي رشاد العليمي في الرياض أمس سفير المملكة المتحدة لدى اليمن عبدة شريف، "
            "وبحثا تهديد أمن الملاحة في البحر الأحمر.")
    [m] = meetings(nlp, text)
    assert ("رشاد العليمي", "YE") in {(p.name, p.country) for p in m.participants}
    keys = {t.key.value for t in m.topics}
    assert "maritime_security" in keys and "security_cooperation" not in keys


def test_the_head_of_a_delegation_is_of_its_country_and_a_briefing_is_talk(nlp: NLP) -> None:
    text = ("استقبل الرئيس الفلسطيني محمود عباس في رام الله أمس وفدا من البرلمان الأوروبي برئاسة النائب ماريا "
            "أرينا. وأطلع الرئيس الوفد على آخر التطورات في الضفة الغربية.")
    [m] = meetings(nlp, text)
    assert ("regional_situation", "PS") in {(t.key.value, t.country) for t in m.topics}
    text = ("استقبل وزير الخارجية الأردني أيمن الصفدي في عمان أمس وفدا من مجلس الشيوخ الأمريكي برئاسة "
            "السيناتور جون بارك.")
    [m] = meetings(nlp, text)
    assert ("جون بارك", "US") in {(p.name, p.country) for p in m.participants}


def test_tahadatha_is_talks_in_person(nlp: NLP) -> None:
    text = "تحادث رئيس الجمهورية التونسي قيس سعيد في قصر قرطاج أمس مع وزير الخارجية الجزائري أحمد عطاف."
    [m] = meetings(nlp, text)
    assert m.mode == Mode.in_person


def test_a_crown_prince_meeting_at_home_is_of_that_country(nlp: NLP) -> None:
    text = "التقى ولي العهد الأمير الحسين بن عبدالله الثاني في العقبة أمس رئيس الوزراء الهندي ناريندرا مودي."
    [m] = meetings(nlp, text)
    assert ("الحسين بن عبدالله الثاني", "JO") in {(p.name, p.country) for p in m.participants}


def test_a_meeting_in_a_city_that_is_no_capital(nlp: NLP) -> None:
    text = "استقبل السلطان هيثم بن طارق في صلالة أمس رئيس الوزراء الباكستاني شهباز شريف."
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "صلالة"
    assert ("هيثم بن طارق", "OM") in {(p.name, p.country) for p in m.participants}


def test_a_call_told_by_an_adverb_after_the_caller_has_no_place(nlp: NLP) -> None:
    text = ("بحث وزير الخارجية المصري بدر عبد العاطي هاتفيا مع نظيره السعودي الأمير فيصل بن فرحان، اليوم، "
            "الأوضاع في مدينة الفاشر والأعمال العدائية في السودان.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.phone and m.location is None
    assert sorted(names(m)) == ["بدر عبد العاطي", "فيصل بن فرحان"]
    assert "armed_conflict" in {t.key.value for t in m.topics}


def test_the_two_ministers_are_no_third_party(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الكويتي عبدالله اليحيا في الكويت أمس وزير الخارجية العراقي فؤاد حسين، واتفق "
            "الوزيران على تشكيل لجنة مشتركة.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["عبدالله اليحيا", "فؤاد حسين"]


def test_her_counterpart_and_the_indian_ocean(nlp: NLP) -> None:
    text = ("التقت وزيرة الخارجية الأسترالية بيني وونغ في كانبيرا أمس نظيرتها الإندونيسية سوجيونو، وبحثتا "
            "الأمن البحري في المحيط الهندي.")
    [m] = meetings(nlp, text)
    assert ("سوجيونو", "ID") in {(p.name, p.country) for p in m.participants}
    assert [t.country for t in m.topics if t.key.value == "maritime_security"] == [None]


def test_the_day_before_yesterday_written_amsi_al_awwal(nlp: NLP) -> None:
    text = "التقى الرئيس الكيني وليام روتو في نيروبي أمس الأول الرئيس الصومالي حسن شيخ محمود."
    [m] = meetings(nlp, text)
    assert m.date.value == PUBLISHED - dt.timedelta(days=2)


def test_a_visit_announced_today_gives_no_day_and_the_host_is_of_the_country_visited(nlp: NLP) -> None:
    text = ("يزور المستشار الألماني فريدريش ميرتس تركيا الشهر المقبل، حيث سيلتقي نظيره رجب طيب أردوغان، حسبما "
            "أعلنت الحكومة الألمانية اليوم.")
    [m] = meetings(nlp, text)
    assert m.status == Status.planned and m.date.value is None
    assert m.location is not None and m.location.name == "تركيا"
    assert ("رجب طيب أردوغان", "TR") in {(p.name, p.country) for p in m.participants}


def test_a_surname_news_never_wrote_stays_with_its_name(nlp: NLP) -> None:
    text = ("يزور الرئيس الإيراني مسعود بزشكيان الجزائر الأسبوع المقبل، حيث سيلتقي نظيره عبد المجيد تبون لبحث "
            "التعاون في مجال الطاقة.")
    [m] = meetings(nlp, text)
    assert "عبد المجيد تبون" in names(m)


def test_a_name_glued_to_ba_after_a_title_and_a_title_glued_to_waw(nlp: NLP) -> None:
    text = ("أجرى الرئيس الإندونيسي برابوو سوبيانتو اتصالا هاتفيا أمس مع رئيس الوزراء السنغافوري لورانس وونغ.")
    [m] = meetings(nlp, text)
    assert "برابوو سوبيانتو" in names(m)
    text = ("وقعت مصر والاتحاد الأوروبي في القاهرة أمس اتفاقية، خلال لقاء جمع رئيس الوزراء مصطفى مدبولي ومفوضة "
            "الاتحاد الأوروبي لشؤون المتوسط دوبرافكا شويتسا.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["دوبرافكا شويتسا", "مصطفى مدبولي"]


def test_talks_with_a_third_country_among_the_subjects_are_no_meeting(nlp: NLP) -> None:
    text = ("استقبل معالي السيد بدر بن حمد البوسعيدي وزير الخارجية بديوان عام الوزارة اليوم، معالي عباس عراقجي وزير "
            "خارجية الجمهورية الإسلامية الإيرانية. وتم خلال المقابلة تبادل وجهات النظر حول الملف النووي الإيراني "
            "والمفاوضات الجارية مع الولايات المتحدة الأمريكية، إلى جانب الأمن البحري في مضيق هرمز.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["بدر بن حمد البوسعيدي", "عباس عراقجي"]


def test_an_honorific_written_without_its_article_is_a_title(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الصيني وانغ يي في بكين أمس مستشار الأمن القومي الهندي أجيت دوفال، وبحثا الوضع على "
            "الحدود بين البلدين.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert set(by_name) == {"وانغ يي", "أجيت دوفال"}
    assert by_name["أجيت دوفال"].title == "مستشار الأمن القومي الهندي" and by_name["أجيت دوفال"].country == "IN"


def test_a_capital_after_al_asima_and_a_day_of_this_month(nlp: NLP) -> None:
    text = ("أفاد مصدر دبلوماسي أن وزير الخارجية المغربي ناصر بوريطة التقى في 5 من الشهر الجاري بالعاصمة الكينية "
            "نيروبي رئيس مفوضية الاتحاد الإفريقي محمود علي يوسف.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["محمود علي يوسف", "ناصر بوريطة"]
    assert m.location is not None and m.location.name == "نيروبي"
    assert m.date.value == dt.date(2024, 3, 5)


def test_a_foreign_rank_is_no_part_of_the_title_and_the_military_establishment_is_a_subject(nlp: NLP) -> None:
    text = ("استقبل رئيس المجلس الرئاسي الليبي محمد المنفي في طرابلس أمس قائد القيادة الأمريكية في أفريقيا الجنرال "
            "داغفين أندرسون، وبحثا توحيد المؤسسة العسكرية ومكافحة تهريب المخدرات.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert by_name["داغفين أندرسون"].title == "قائد القيادة الأمريكية في أفريقيا"
    assert {"defense_military", "security_cooperation"} <= {t.key.value for t in m.topics}


def test_a_statement_made_while_receiving_a_visitor_reports_the_meeting(nlp: NLP) -> None:
    text = ("شدد العاهل الأردني الملك عبدالله الثاني خلال استقباله اليوم في عمان رئيس الوزراء الكندي مارك كارني على "
            "ضرورة وقف الحرب في غزة.")
    [m] = meetings(nlp, text)
    assert roles(m) == {"عبدالله الثاني": Role.host, "مارك كارني": Role.visitor}


def test_a_letter_delivered_by_an_envoy_the_sender_is_not_at_the_table(nlp: NLP) -> None:
    text = ("تسلم الرئيس الموريتاني محمد ولد الشيخ الغزواني رسالة خطية من الرئيس السنغالي باسيرو ديوماي فاي، سلمها "
            "له وزير الخارجية السنغالي ياسين فال خلال استقباله في نواكشوط اليوم.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["محمد ولد الشيخ الغزواني", "ياسين فال"]
    assert m.location is not None and m.location.name == "نواكشوط"


def test_a_capital_the_tokenizer_cut_as_if_it_ended_in_a_pronoun(nlp: NLP) -> None:
    text = ("تسلم الرئيس التشادي محمد إدريس ديبي إتنو رسالة خطية من الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان، "
            "سلمها له وزير الدولة الإماراتي شخبوط بن نهيان آل نهيان خلال استقباله في نجامينا اليوم.")
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "نجامينا"


def test_the_head_of_a_delegation_after_a_long_title_is_the_party(nlp: NLP) -> None:
    text = ("استقبل رئيس الجمهورية السنغالي باسيرو ديوماي فاي في داكار اليوم وفدا من البنك الإفريقي للتنمية برئاسة "
            "نائب رئيس البنك لمنطقة غرب ووسط أفريقيا مارييتو كواكو.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert set(by_name) == {"باسيرو ديوماي فاي", "مارييتو كواكو"}
    assert by_name["مارييتو كواكو"].title == "نائب رئيس البنك لمنطقة غرب ووسط أفريقيا"


def test_a_given_name_before_a_family_name_cut_after_lam_and_a_given_name_read_as_a_place(nlp: NLP) -> None:
    text = ("التقت وزيرة الخارجية البلجيكية حجة لحبيب، خلال زيارتها إلى الرباط، وزير الخارجية المغربي ناصر بوريطة.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["حجة لحبيب", "ناصر بوريطة"]
    text = ("استقبل رئيس الوزراء اليمني سالم بن بريك في عدن اليوم سفير المملكة المتحدة لدى اليمن عبدة شريف.")
    [m] = meetings(nlp, text)
    assert ("عبدة شريف", "GB") in {(p.name, p.country) for p in m.participants}


def test_well_wishers_received_while_speaking_are_no_meeting(nlp: NLP) -> None:
    text = ("قال أمير منطقة مكة المكرمة الأمير خالد الفيصل خلال استقباله المهنئين بعيد الفطر المبارك إن المملكة "
            "ماضية في خدمة ضيوف الرحمن.")
    assert meetings(nlp, text) == []


def test_a_family_name_that_is_a_demonym_before_the_verb(nlp: NLP) -> None:
    text = ("أفاد بيان رسمي بأن محمد شياع السوداني استقبل في بغداد اليوم وزير الخارجية الإيراني عباس عراقجي.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["عباس عراقجي", "محمد شياع السوداني"]


def test_two_delegations_are_the_bodies_they_come_from(nlp: NLP) -> None:
    text = ("اجتمع وفدا حركة حماس وإسرائيل في مدينة شرم الشيخ المصرية، اليوم الخميس، بحضور الوسطاء من مصر وقطر "
            "والولايات المتحدة وتركيا، ضمن المفاوضات غير المباشرة حول تنفيذ خطة وقف الحرب في غزة.")
    [m] = meetings(nlp, text)
    assert sorted(p.kind.value for p in m.participants) == ["country", "organization"]


def test_an_acronym_in_brackets_inside_a_title(nlp: NLP) -> None:
    text = ("استقبل وزير الخارجية اللبناني يوسف رجي في بيروت اليوم المدير العام لمنظمة الأمم المتحدة للتربية والعلم "
            "والثقافة (اليونسكو) خالد العناني.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert by_name["خالد العناني"].title == "المدير العام لمنظمة الأمم المتحدة للتربية والعلم والثقافة (اليونسكو)"


def test_an_ambassador_named_after_the_country_he_is_sent_to(nlp: NLP) -> None:
    text = ("التقى رئيس مجلس النواب الأردني أحمد الصفدي، في مكتبه بمجلس النواب اليوم الأربعاء، سفير جمهورية الصين "
            "الشعبية لدى المملكة تشن تشوانجيونغ، وبحث الجانبان سبل تعزيز التعاون البرلماني.")
    [m] = meetings(nlp, text)
    assert ("تشن تشوانجيونغ", "CN") in {(p.name, p.country) for p in m.participants}


def test_a_name_after_a_title_of_ten_words_that_lost_its_lam(nlp: NLP) -> None:
    text = ("بحث الأمين العام لمجلس التعاون جاسم البديوي، مع المبعوث الخاص للاتحاد الأوروبي لمنطقة الخليج لويجي "
            "دي مايو، في الرياض اليوم، الاستعدادات للقمة المقبلة.")
    [m] = meetings(nlp, text)
    assert "لويجي دي مايو" in names(m)


def test_a_visit_opened_by_meeting_the_counterpart(nlp: NLP) -> None:
    text = ("بدأ وزير الخارجية الإيراني عباس عراقجي اليوم زيارة رسمية إلى القاهرة، استهلها بلقاء نظيره المصري بدر "
            "عبد العاطي، وبحثا التعاون في الصناعات الدفاعية. كما التقى عراقجي في وقت لاحق رئيس الوزراء المصري "
            "مصطفى مدبولي.")
    first, later = meetings(nlp, text)
    assert sorted(names(first)) == ["بدر عبد العاطي", "عباس عراقجي"]
    assert "defense_military" in {t.key.value for t in first.topics}
    assert later.date.value == first.date.value == PUBLISHED
    assert later.location is not None and later.location.name == "القاهرة"


def test_amman_written_with_its_shadda_is_the_jordanian_capital(nlp: NLP) -> None:
    text = "استقبل رئيس الوزراء جعفر حسان في عمّان اليوم وزير الخارجية الإسباني خوسيه مانويل ألباريس."
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "عمّان"
    assert ("جعفر حسان", "JO") in {(p.name, p.country) for p in m.participants}


def test_a_body_with_its_demonym_and_a_body_named_among_the_subjects(nlp: NLP) -> None:
    text = "التقى الرئيس اللبناني جوزاف عون في بعبدا اليوم وفدا من الكونغرس الأمريكي."
    [m] = meetings(nlp, text)
    assert ("organization", "US") in {(p.kind.value, p.country) for p in m.participants}
    text = ("تلقى وزير الخارجية العماني بدر البوسعيدي اتصالا هاتفيا من نظيره الإيراني عباس عراقجي، تناول التعاون مع "
            "الوكالة الدولية للطاقة الذرية.")
    [m] = meetings(nlp, text)
    assert "energy" not in {t.key.value for t in m.topics}


def test_a_city_named_after_a_body_in_a_country_is_the_place(nlp: NLP) -> None:
    text = ("قالت بعثة الأمم المتحدة في السودان أمس إن الأمم المتحدة ستنظم جولة جديدة من محادثات السلام بين الأطراف "
            "السودانية في 10 أغسطس في جنيف، برئاسة المبعوث الأممي رمطان لعمامرة.")
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "جنيف"
    text = "التقى وزير الخارجية الفرنسي جان نويل بارو في لبنان أمس رئيس الجمهورية جوزاف عون."
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "لبنان"


def test_a_pledge_reported_by_any_verb_is_a_commitment_and_what_was_said_before_is_no_outcome(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الجزائري أحمد عطاف في الجزائر أمس نظيره المالي عبد الله ديوب، وأوضح عطاف أن "
            "الجزائر ملتزمة بدعم مسار السلام في مالي. وكان الوزيران قد أكدا في وقت سابق أهمية الحوار.")
    [m] = meetings(nlp, text)
    assert [o.type.value for o in m.outcomes] == ["commitment"]


def test_an_expression_of_thanks_with_the_speakers_title_between(nlp: NLP) -> None:
    text = ("استقبل محافظ حضرموت مبخوت بن ماضي في المكلا أمس المنسق المقيم للأمم المتحدة في اليمن جوليان هارنيس، "
            "وعبر المنسق المقيم للأمم المتحدة في اليمن عن تقديره لتسهيل عمل المنظمات.")
    [m] = meetings(nlp, text)
    assert "position" in {o.type.value for o in m.outcomes}


def test_a_name_after_a_title_set_off_by_a_comma(nlp: NLP) -> None:
    text = ("والتقى المبعوث الأممي فور وصوله فريقا حكوميا ضم، محافظ لحج، مبخوت الصبيحي ومدير مكتب رئاسة الجمهورية "
            "محمد مارم.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["مبخوت الصبيحي", "محمد مارم"]  # a team is no person


def test_a_delegation_headed_by_a_plain_name_and_allah_is_no_surname(nlp: NLP) -> None:
    text = ("التقى السيد حسن نصر الله الأمين العام لحزب الله وفدا من حركة حماس برئاسة خليل الحية، وبحث الجانبان "
            "التطورات في غزة.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["حسن نصر الله", "خليل الحية"]
    assert {p.title for p in m.participants} >= {"الأمين العام لحزب الله"}


def test_the_delegation_with_a_visitor_is_no_part_of_his_title(nlp: NLP) -> None:
    text = ("استقبل صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة اليوم في قصر الشاطئ فخامة إيمانويل ماكرون "
            "رئيس الجمهورية الفرنسية الصديقة والوفد المرافق له.")
    [m] = meetings(nlp, text)
    assert {p.title for p in m.participants} >= {"رئيس الجمهورية الفرنسية الصديقة"}


def test_then_the_minister_moved_on_and_met_the_prime_minister(nlp: NLP) -> None:
    text = ("استقبل الرئيس اللبناني جوزاف عون في بعبدا اليوم وزير الخارجية القطري محمد الخليفي. ثم انتقل الوزير "
            "القطري إلى السراي حيث التقى رئيس مجلس الوزراء نواف سلام.")
    first, then = meetings(nlp, text)
    assert sorted(names(then)) == ["محمد الخليفي", "نواف سلام"]
    assert then.date.value == first.date.value == PUBLISHED


def test_a_meeting_held_on_the_sidelines_of_meetings(nlp: NLP) -> None:
    text = ("عقد وزير المالية المغربي نادية فتاح، على هامش اجتماعات الربيع لصندوق النقد والبنك الدوليين في "
            "واشنطن، لقاء مع رئيس البنك الدولي أجاي بانغا، تناول تمويل مشاريع البنية التحتية.")
    [m] = meetings(nlp, text)
    assert "أجاي بانغا" in names(m)


def test_the_grand_imam_of_al_azhar_and_dialogue_between_religions(nlp: NLP) -> None:
    text = ("استقبل فضيلة الإمام الأكبر الدكتور أحمد الطيب، شيخ الأزهر الشريف، اليوم في القاهرة الكاردينال بيترو "
            "بارولين أمين سر دولة الفاتيكان، وبحثا الحوار بين الأديان.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["أحمد الطيب", "بيترو بارولين"]
    assert "religious_affairs" in {t.key.value for t in m.topics}


def test_a_day_of_december_told_in_january_is_last_year(nlp: NLP) -> None:
    text = "كشف مسؤول أن وزير الخارجية الأمريكي أنتوني بلينكن التقى في 12 ديسمبر نظيره التركي هاكان فيدان في أنقرة."
    [m] = meetings(nlp, text, published=dt.date(2025, 1, 5))
    assert m.date.value == dt.date(2024, 12, 12)


def test_two_calls_with_each_of_two_leaders(nlp: NLP) -> None:
    text = ("أجرى ولي العهد الكويتي الشيخ صباح خالد الحمد الصباح، اليوم، اتصالين هاتفيين مع كل من رئيس الوزراء القطري "
            "الشيخ محمد بن عبدالرحمن آل ثاني ورئيس الوزراء البحريني الأمير سلمان بن حمد آل خليفة.")
    found = meetings(nlp, text)
    assert len(found) == 2 and all(m.mode == Mode.phone for m in found)


def test_a_given_name_the_tokenizer_cut_after_the_titles_country(nlp: NLP) -> None:
    text = ("استقبلت رئيسة وزراء الدنمارك ميته فريدريكسن في كوبنهاغن اليوم الرئيس الفنلندي ألكسندر ستوب، وبحثا "
            "أمن البحر والمساعدات العسكرية لأوكرانيا.")
    [m] = meetings(nlp, text)
    assert "ميته فريدريكسن" in names(m)
    keys = {t.key.value for t in m.topics}
    assert {"maritime_security", "defense_military"} <= keys and "humanitarian" not in keys


def test_a_summit_hosted_by_a_city_named_as_the_subject(nlp: NLP) -> None:
    text = ("شهدت مدينة العلمين اليوم قمة برئاسة الرئيس المصري عبد الفتاح السيسي والرئيس الفرنسي إيمانويل ماكرون، "
            "وجرى خلالها التوقيع على اتفاق لوقف الحرب في غزة.")
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "العلمين"


def test_two_ministers_joined_by_waw_discussed_during_a_call(nlp: NLP) -> None:
    text = ("بحث وزير الخارجية الأردني أيمن الصفدي ووزير الخارجية الهولندي كاسبار فيلدكامب، خلال اتصال هاتفي اليوم، "
            "التصعيد في المنطقة.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.phone
    assert sorted(names(m)) == ["أيمن الصفدي", "كاسبار فيلدكامب"]


def test_the_head_of_the_presidential_court_is_a_title_not_a_person(nlp: NLP) -> None:
    text = ("استقبل الشيخ منصور بن زايد آل نهيان نائب رئيس الدولة رئيس ديوان الرئاسة، في قصر الوطن اليوم، رئيس "
            "وزراء ماليزيا أنور إبراهيم.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["أنور إبراهيم", "منصور بن زايد آل نهيان"]


def test_a_demonym_family_name_alone_receives_an_ambassador(nlp: NLP) -> None:
    text = ("بغداد - التقى رئيس الوزراء محمد شياع السوداني، اليوم الأربعاء، رئيس إقليم كردستان نيجيرفان بارزاني، "
            "وبحث معه الملفات العالقة بين بغداد وأربيل، ومنها رواتب موظفي الإقليم وتصدير النفط. وفي وقت لاحق، استقبل "
            "السوداني سفيرة الولايات المتحدة لدى العراق جينيفر هول، وجرى خلال اللقاء بحث انسحاب قوات التحالف الدولي.")
    first, second = meetings(nlp, text)
    host, guest = second.participants
    assert host.name == "السوداني" and host.role == Role.host and host.title == "رئيس الوزراء"
    assert guest.name == "جينيفر هول" and guest.title == "سفيرة الولايات المتحدة لدى العراق" and guest.country == "US"
    assert {t.key.value for t in first.topics} == {"economy_trade", "energy"}
    assert {t.key.value for t in second.topics} == {"defense_military"}


def test_the_body_of_a_title_is_no_party_and_an_announced_increase_is_a_decision(nlp: NLP) -> None:
    text = ("استقبل فضيلة الإمام الأكبر الدكتور أحمد الطيب، شيخ الأزهر، بمقر المشيخة اليوم، وزير الأوقاف الماليزي "
            "محمد نعيم مختار، لبحث التعاون بين الأزهر والجامعات الماليزية. وأعلن الإمام الأكبر مضاعفة المنح الدراسية "
            "المقدمة للطلاب الماليزيين.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["أحمد الطيب", "محمد نعيم مختار"]
    assert [o.type.value for o in m.outcomes] == ["decision"]
    assert m.outcomes[0].evidence.text.startswith("أعلن الإمام الأكبر مضاعفة المنح")


def test_an_envoy_sent_to_a_country_and_a_first_minister_keep_their_titles(nlp: NLP) -> None:
    text = ("استقبل الوزير الأول السيد أحمد ولد محمد، صباح اليوم بمكتبه في نواكشوط، المبعوث الأممي إلى الساحل "
            "ليوناردو سانتوس سيماو، وتناول اللقاء الأوضاع الأمنية في مالي.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert by_name["أحمد ولد محمد"].title == "الوزير الأول"
    assert by_name["ليوناردو سانتوس سيماو"].title == "المبعوث الأممي إلى الساحل"
    assert by_name["ليوناردو سانتوس سيماو"].country is None


def test_names_the_tokenizer_cut_after_a_title_and_a_given_name_that_is_a_title_word(nlp: NLP) -> None:
    text = ("استقبل الرئيس بشار الأسد في دمشق اليوم وزير الخارجية الإيراني حسين أمير عبد اللهيان والوفد المرافق له، "
            "وبحث الجانبان العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["بشار الأسد", "حسين أمير عبد اللهيان"]
    assert {p.name: p.title for p in m.participants}["بشار الأسد"] == "الرئيس"


def test_an_honorific_pronoun_receives_an_unnamed_ambassador_the_same_day(nlp: NLP) -> None:
    text = ("استقبل معالي السيد سالم بن حمد الهنائي وزير التجارة بديوان عام الوزارة اليوم معالي أحمد بن سعيد الكندي، "
            "وجرى استعراض أوجه التعاون. كما استقبل معاليه سعادة سفير جمهورية كوريا المعتمد لدى سلطنة عُمان، وتم "
            "بحث مجالات الاستثمار.")
    first, second = meetings(nlp, text)
    assert [p.name for p in second.participants] == ["سالم بن حمد الهنائي", "جمهورية كوريا"]
    assert second.participants[1].country == "KR" and second.participants[0].role == Role.host
    assert second.date.value == first.date.value == PUBLISHED


def test_a_meeting_said_not_to_happen_is_none(nlp: NLP) -> None:
    text = ("أفادت مصادر مطلعة بأن رئيس الوزراء الإسباني بيدرو سانشيز لن يلتقي الرئيس الأرجنتيني خافيير ميلي خلال "
            "زيارته إلى مدريد. وذكرت أن وزير الخارجية الإسباني لم يجتمع مع نظيره الأرجنتيني منذ أشهر.")
    assert meetings(nlp, text) == []


def test_a_passive_meeting_of_ministers_sharing_a_plural_title_by_country(nlp: NLP) -> None:
    text = ("عُقد في الرياض، أمس، اجتماع رباعي ضم وزراء دفاع السعودية خالد بن سلمان والإمارات محمد بن مبارك "
            "المزروعي والبحرين عبد الله النعيمي والكويت عبدالله علي اليحيا، لبحث التعاون العسكري.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {
        "خالد بن سلمان": "SA", "محمد بن مبارك المزروعي": "AE", "عبد الله النعيمي": "BH", "عبدالله علي اليحيا": "KW"}
    assert {p.title for p in m.participants} == {"وزراء دفاع"}
    assert m.location is not None and m.location.name == "الرياض"


def test_taking_part_in_a_video_meeting_with_a_named_party(nlp: NLP) -> None:
    text = ("شارك الأمين العام لمنظمة التعاون الإسلامي حسين إبراهيم طه، اليوم، في اجتماع عبر تقنية الاتصال المرئي "
            "مع المفوض السامي للأمم المتحدة لشؤون اللاجئين فيليبو غراندي، تناول أوضاع اللاجئين الروهينغا.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.video
    assert sorted(names(m)) == ["حسين إبراهيم طه", "فيليبو غراندي"]


def test_taking_part_in_a_meeting_with_no_party_named_is_none(nlp: NLP) -> None:
    text = "شارك وزير الخارجية الأردني أيمن الصفدي، اليوم، في اجتماع مجلس جامعة الدول العربية على المستوى الوزاري."
    assert meetings(nlp, text) == []


def test_a_republic_in_a_title_and_a_name_after_it_cut_after_ba(nlp: NLP) -> None:
    text = "استقبل الرئيس التونسي قيس سعيد، اليوم في قصر قرطاج، وزير خارجية جمهورية بنين، أولوشيغون أدجادي بكاري."
    [m] = meetings(nlp, text)
    guest = m.participants[1]
    assert (guest.name, guest.title, guest.country) == ("أولوشيغون أدجادي بكاري", "وزير خارجية جمهورية بنين", "BJ")


def test_a_rare_surname_cut_after_its_first_letter_lam_stays_in_the_name(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية التونسي نبيل عمار، اليوم في تونس، سفير كندا لدى تونس لورين لوغيدن، "
            "وبحث معه العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"نبيل عمار": "TN", "لورين لوغيدن": "CA"}


def test_a_given_name_ending_in_ha_cut_as_if_it_carried_a_pronoun_stays_in_the_name(nlp: NLP) -> None:
    text = "تلقى وزير الخارجية العماني بدر البوسعيدي اتصالا هاتفيا من الرئيس عبدربه منصور هادي، بحثا خلاله الأوضاع."
    [m] = meetings(nlp, text)
    assert {p.name: p.title for p in m.participants} == {
        "بدر البوسعيدي": "وزير الخارجية العماني", "عبدربه منصور هادي": "الرئيس"}


def test_a_noun_with_its_pronoun_after_a_name_is_no_part_of_it(nlp: NLP) -> None:
    text = ("واصل وفد برلماني ياباني برئاسة رئيس لجنة الصداقة كينجي تاناكا جولته في المنطقة، حيث التقى في عمّان "
            "رئيس مجلس النواب الأردني أحمد الصفدي.")
    [m] = meetings(nlp, text)
    assert {"كينجي تاناكا", "أحمد الصفدي"} <= set(names(m))


def test_a_person_named_after_the_institution_he_heads_is_a_party(nlp: NLP) -> None:
    text = ("استقبل رئيس الجامعة الدكتور سالم العبيدي في مكتبه اليوم سفير ماليزيا لدى المملكة داتو عبدالرزاق يوسف، "
            "وبحث معه التعاون الأكاديمي.")
    [m] = meetings(nlp, text)
    assert roles(m) == {"سالم العبيدي": Role.host, "داتو عبدالرزاق يوسف": Role.visitor}
    assert m.participants[0].title == "رئيس الجامعة"


def test_a_given_name_the_tagger_left_out_after_a_governorate_is_the_governor_s(nlp: NLP) -> None:
    text = ("استقبل رئيس الوزراء اليمني في عدن اليوم محافظ تعز فضل أحمد العزعزي، ومحافظ الضالع فضل محمد حسين الجعدي، "
            "وبحث معهما الأوضاع الإنسانية.")
    [m] = meetings(nlp, text)
    assert {p.name: p.title for p in m.participants} == {
        "فضل أحمد العزعزي": "محافظ تعز", "فضل محمد حسين الجعدي": "محافظ الضالع"}


def test_a_visit_to_give_eid_greetings_is_no_meeting(nlp: NLP) -> None:
    text = ("زار سفير اليابان لدى المملكة كينجي هيراتا مستشفى الملك خالد ليعايد المرضى مع مدير المستشفى "
            "الدكتور سامي العتيبي.")
    assert meetings(nlp, text) == []


def test_the_eponym_of_a_school_in_a_title_is_no_party(nlp: NLP) -> None:
    text = ("استقبل الأمين العام لرابطة العالم الإسلامي الشيخ محمد العيسى في مكتبه بمكة المكرمة المدير العام لمدارس "
            "ابن رشد الإسلامية في السنغال أحمد ديوب.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"محمد العيسى": None, "أحمد ديوب": "SN"}


def test_an_official_named_by_office_alone_who_places_a_call_is_a_party(nlp: NLP) -> None:
    text = "أجرى وزير الخارجية الفرنسي اتصالا هاتفيا مع نظيره الإيراني عباس عراقجي تناول الملف النووي."
    [m] = meetings(nlp, text)
    assert m.mode == Mode.phone
    assert {p.country for p in m.participants} == {"FR", "IR"}


def test_states_joined_to_a_place_by_wa_are_places_too(nlp: NLP) -> None:
    text = "التقى وزير الخارجية الأردني أيمن الصفدي في عمان اليوم المبعوث الأممي، وبحثا الأوضاع في سوريا والعراق."
    [m] = meetings(nlp, text)
    assert [p.kind for p in m.participants] == [Kind.person, Kind.person]


def test_the_states_of_ministers_after_fi_are_parties(nlp: NLP) -> None:
    text = "واجتمع وزراء الري والمياه في مصر والسودان وإثيوبيا في الخرطوم أمس، لبحث تحفظات مصرية بشأن سد النهضة."
    [m] = meetings(nlp, text)
    assert {"EG", "SD", "ET"} <= {p.country for p in m.participants}


def test_a_coach_meeting_his_players_is_no_meeting_with_himself(nlp: NLP) -> None:
    text = ("أشرف المدير الفني للفريق التونسي كمال القلصي على التدريبات في ملعب قرطاج. وعلى صعيد متصل عقد المدير الفني "
            "للفريق كمال القلصي مساء أمس اجتماعا فنيا مع لاعبي الفريق في قاعة الاجتماعات.")
    assert meetings(nlp, text) == []


def test_the_reporter_in_a_byline_is_no_host(nlp: NLP) -> None:
    text = ("سارة المطيري- عين اليوم\nاستقبل مدير جامعة الطائف الدكتور يوسف عسيري، بمقر الجامعة اليوم، طلاب "
            "برنامج موهبة الصيفي.")
    assert not [p for m in meetings(nlp, text) for p in m.participants if p.name.startswith("سارة المطيري")]


def test_talks_held_during_a_visit_told_by_its_pronoun_are_a_meeting(nlp: NLP) -> None:
    text = "يقوم وزير الخارجية الإيطالي أنطونيو تاياني غدا بزيارة إلى القاهرة يجري خلالها محادثات مع نظيره المصري بدر عبد العاطي."
    [m] = meetings(nlp, text)
    assert (m.status, m.date.value) == (Status.planned, PUBLISHED + dt.timedelta(days=1))
    assert {p.name: p.country for p in m.participants} == {"أنطونيو تاياني": "IT", "بدر عبد العاطي": "EG"}


def test_the_king_a_foundation_is_named_after_is_no_party(nlp: NLP) -> None:
    text = ("التقى وزير الثقافة الأمير بدر بن عبدالله بن فرحان والأمين العام لدارة الملك عبدالعزيز الأستاذ فهد السماري "
            "في الرياض أمس، وبحثا التعاون في حفظ الوثائق التاريخية.")
    [m] = meetings(nlp, text)
    assert {p.name: p.title for p in m.participants} == {
        "بدر بن عبدالله بن فرحان": "وزير الثقافة", "فهد السماري": "الأمين العام لدارة الملك عبدالعزيز"}


def test_a_subject_ends_before_what_frames_it(nlp: NLP) -> None:
    text = ("استقبل رئيس الوزراء اللبناني نواف سلام في السراي الحكومي سفير ألمانيا لدى لبنان كورت شتوكل، وجرى عرض "
            "للأوضاع العامة والمستجدات السياسية في ضوء التطورات الأخيرة.")
    [m] = meetings(nlp, text)
    [topic] = [t for t in m.topics if t.key.value == "regional_situation"]
    assert topic.evidence.text.endswith("والمستجدات السياسية")


def test_a_definite_office_after_a_titled_name_is_the_guest_s_not_the_host_s(nlp: NLP) -> None:
    text = ("الرباط - أجرى وزير الشؤون الخارجية ناصر بوريطة أمس مباحثات مع نظيره الموريتاني محمد سالم ولد مرزوك.\n"
            "وفي وقت لاحق، استقبل رئيس الحكومة عزيز أخنوش الوزير الموريتاني، حيث تناول اللقاء مشاريع الربط الطرقي.")
    host = next(p for m in meetings(nlp, text) for p in m.participants if p.name == "عزيز أخنوش")
    assert (host.title, host.country) == ("رئيس الحكومة", "MA")


def test_a_subject_left_out_after_one_told_by_its_pronoun_is_the_one_named_first(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الكويتي عبدالله اليحيا في جنيف اليوم وزير خارجية سويسرا إينياتسيو كاسيس، وبحثا العلاقات.\n"
            "كما التقى معاليه وزيرة خارجية النمسا بياته ماينل رايزينغر، وجرى بحث التعاون الاقتصادي.\n"
            "والتقى أيضا المفوض السامي لحقوق الإنسان فولكر تورك، واستعرض معه أوضاع اللاجئين.")
    last = meetings(nlp, text)[-1]
    assert set(names(last)) == {"عبدالله اليحيا", "فولكر تورك"}


def test_another_call_after_a_phone_call_is_a_phone_call(nlp: NLP) -> None:
    text = ("أجرى وزير الخارجية التونسي محمد علي النفطي اتصالا هاتفيا مع نظيره الجزائري أحمد عطاف. "
            "كما أجرى اتصالا آخر مع وزير الخارجية الليبي الطاهر الباعور، تناول الأوضاع في ليبيا.")
    calls = meetings(nlp, text)
    assert [m.mode for m in calls] == [Mode.phone, Mode.phone]
    assert "الطاهر الباعور" in {p.name for p in calls[1].participants}


def test_after_lam_a_word_that_begins_with_lam_keeps_it(nlp: NLP) -> None:
    a = analyse(nlp, "دعا للقاء قريب للجنة الوزارية وللسلطة الفلسطينية وللأزمة السورية.")
    bare = {w.text: w.key for w in a.words}
    assert (bare["لقاء"], bare["لجنة"]) == ("لقاء", "لجنه")  # ل|لقاء، ل|لجنة: the word itself
    assert (bare["للسلطة"], bare["للأزمة"]) == ("سلطه", "ازمه")  # the article's ل and the noun


def test_a_committee_to_meet_later_names_no_subject(nlp: NLP) -> None:
    text = ("بحث وزير الدفاع الكويتي الشيخ عبدالله علي الصباح في الكويت اليوم مع وزير الدفاع الإيطالي غويدو كروسيتو "
            "التعاون العسكري بين البلدين. واتفق الجانبان على عقد الاجتماع القادم للجنة العسكرية المشتركة في روما.")
    [m] = meetings(nlp, text)
    assert [(t.key.value, t.country) for t in m.topics] == [("defense_military", None)]


def test_a_time_adverb_after_a_name_is_no_part_of_it(nlp: NLP) -> None:
    text = "التقى محافظ جدة الأمير سعود بن جلوي حاليا بمدير الشرطة اللواء صالح الجابري."
    [m] = meetings(nlp, text)
    assert set(names(m)) == {"سعود بن جلوي", "صالح الجابري"}


def test_a_plural_verb_after_wa_is_no_part_of_a_name(nlp: NLP) -> None:
    text = ("أجرى الرئيس الفرنسي فرانسوا هولاند اتصالا هاتفيا مع رئيس الوزراء اليوناني أليكسيس تسيبراس وأجابوا على "
            "أسئلة الصحفيين.")
    [m] = meetings(nlp, text)
    assert set(names(m)) == {"فرانسوا هولاند", "أليكسيس تسيبراس"}


def test_a_news_agency_meeting_a_scholar_is_an_interview(nlp: NLP) -> None:
    text = ("والتقت وكالة الأنباء العمانية أستاذ التاريخ في جامعة السلطان قابوس الدكتور سالم الحارثي، الذي تحدث عن "
            "تاريخ القلاع العمانية.")
    assert meetings(nlp, text) == []


def test_a_meeting_supposed_is_no_meeting(nlp: NLP) -> None:
    for text in ("وقال المتحدث إنه في حالة عقد اجتماع بين وزير الخارجية الإيراني عباس عراقجي ووزير الخارجية العماني "
                 "بدر البوسعيدي فسيكون في مسقط.",
                 "وإذا التقى الرئيس الأمريكي دونالد ترامب نظيره الصيني شي جين بينغ الشهر المقبل فسيبحثان الرسوم الجمركية."):
        assert meetings(nlp, text) == [], text


def test_a_future_verb_after_fa_is_no_part_of_a_name(nlp: NLP) -> None:
    text = "التقى وزير الخارجية الإيراني عباس عراقجي والمبعوث الأمريكي ستيف ويتكوف فسيكون الاجتماع المقبل في مسقط."
    [m] = meetings(nlp, text)
    assert set(names(m)) == {"عباس عراقجي", "ستيف ويتكوف"}


def test_a_host_with_no_country_in_the_text_is_of_the_country_the_article_is_filed_from(nlp: NLP) -> None:
    text = ("الدوحة - قنا\nاستقبل رئيس مجلس الوزراء وزير الخارجية الشيخ محمد بن عبدالرحمن بن جاسم آل ثاني، "
            "بمكتبه في الديوان الأميري اليوم، وزير خارجية سنغافورة فيفيان بالاكريشنان، وبحث معه العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert {p.name: (p.country, p.role) for p in m.participants} == {
        "محمد بن عبدالرحمن بن جاسم آل ثاني": ("QA", Role.host), "فيفيان بالاكريشنان": ("SG", Role.visitor)}


def test_talks_held_while_receiving_the_other_party_make_the_subject_the_host(nlp: NLP) -> None:
    text = ("بحث رئيس الوزراء الماليزي أنور إبراهيم مع رئيس الوزراء الفيتنامي فام مينه تشينه، خلال استقباله له "
            "في كوالالمبور أمس، سبل تعزيز التبادل التجاري.")
    [m] = meetings(nlp, text)
    assert [(p.name, p.role) for p in m.participants] == [
        ("أنور إبراهيم", Role.host), ("فام مينه تشينه", Role.visitor)]


def test_a_country_the_talks_are_about_is_no_party(nlp: NLP) -> None:
    text = "عقدت الولايات المتحدة وروسيا، أمس، جولة محادثات بشأن أوكرانيا في جنيف، تناولت وقف إطلاق النار."
    [m] = meetings(nlp, text)
    assert sorted(p.country for p in m.participants) == ["RU", "US"]
    assert {(t.key.value, t.country) for t in m.topics} == {("armed_conflict", None)}


def test_subjects_listed_together_each_keep_their_own_words(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الكيني موساليا مودافادي، اليوم في ميونيخ على هامش مؤتمر ميونيخ للأمن، "
            "وزير الخارجية الإثيوبي جيديون طيموتيوس، وبحثا التعاون في مجالات الطاقة والزراعة والأمن الغذائي.")
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "ميونيخ"
    assert {t.key.value: t.evidence.text for t in m.topics} == {
        "energy": "الطاقة", "economy_trade": "الزراعة والأمن الغذائي"}


def test_an_official_named_by_office_alone_is_the_second_party(nlp: NLP) -> None:
    text = "التقى وزير الداخلية العراقي عبد الأمير الشمري، اليوم في بغداد، السفير البريطاني لدى العراق، وبحثا التعاون الأمني."
    [m] = meetings(nlp, text)
    assert [(p.name, p.country) for p in m.participants] == [
        ("عبد الأمير الشمري", "IQ"), ("السفير البريطاني لدى العراق", "GB")]


def test_a_minister_of_state_on_the_sidelines_abroad_takes_no_country_from_the_place(nlp: NLP) -> None:
    text = ("التقت ريم الهاشمي وزيرة دولة لشؤون التعاون الدولي، على هامش المنتدى الاقتصادي العالمي في دافوس، "
            "مع رئيس الوزراء البولندي دونالد توسك.")
    [m] = meetings(nlp, text)
    first = m.participants[0]
    assert (first.name, first.title, first.country) == ("ريم الهاشمي", "وزيرة دولة لشؤون التعاون الدولي", None)


def test_a_second_call_told_with_the_callers_honorific_after_a_topic_sentence(nlp: NLP) -> None:
    text = ("أجرى وزير الخارجية الكويتي عبدالله اليحيا اتصالا هاتفيا بوزير الخارجية التركي هاكان فيدان. "
            "وجرى خلال الاتصال استعراض العلاقات الثنائية. "
            "كما أجرى معاليه اتصالا هاتفيا آخر بوزير الخارجية الأردني أيمن الصفدي، جرى خلاله بحث التطورات الإقليمية.")
    first, second = meetings(nlp, text)
    assert sorted(names(first)) == ["عبدالله اليحيا", "هاكان فيدان"]
    assert sorted(names(second)) == ["أيمن الصفدي", "عبدالله اليحيا"]
    assert second.mode == Mode.phone


def test_a_visit_that_moves_on_to_a_named_place_and_a_venue_cut_after_ba(nlp: NLP) -> None:
    text = ("استقبل الرئيس اللبناني جوزاف عون في قصر بعبدا اليوم وزير الخارجية المصري بدر عبد العاطي. "
            "وأبلغ الرئيس عون الوزير المصري تقدير لبنان لمواقف القاهرة. "
            "ثم انتقل عبد العاطي إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري.")
    first, second = meetings(nlp, text)
    assert first.location is not None and first.location.name == "قصر بعبدا"
    assert {p.name: p.country for p in first.participants} == {"جوزاف عون": "LB", "بدر عبد العاطي": "EG"}
    assert second.location is not None and second.location.name == "عين التينة"


def test_tripoli_is_of_the_country_the_article_names(nlp: NLP) -> None:
    text = ("التقى رئيس المجلس الرئاسي الليبي محمد المنفي في طرابلس أمس المبعوثة الخاصة للأمين العام للأمم المتحدة "
            "إلى ليبيا هانا تيتيه، لبحث المسار السياسي.")
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "طرابلس"
    envoy = m.participants[1]
    assert (envoy.name, envoy.title, envoy.country) == (
        "هانا تيتيه", "المبعوثة الخاصة للأمين العام للأمم المتحدة إلى ليبيا", None)
    assert [t.key.value for t in m.topics] == ["political_settlement"]


def test_an_invitation_handed_over(nlp: NLP) -> None:
    text = ("استقبل الرئيس السنغالي باسيرو ديوماي فاي اليوم في دكار وزير الخارجية الصيني وانغ يي. "
            "وفي ختام اللقاء، سلم الوزير الصيني للرئيس السنغالي دعوة لحضور قمة منتدى التعاون الصيني الأفريقي.")
    [m] = meetings(nlp, text)
    assert [o.type.value for o in m.outcomes] == ["invitation"]


def test_a_summit_of_three_leaders_named_before_its_noun(nlp: NLP) -> None:
    text = ("عقد الملك عبدالله الثاني عاهل الأردن والرئيس القبرصي نيكوس خريستودوليدس ورئيس الوزراء اليوناني "
            "كيرياكوس ميتسوتاكيس قمة ثلاثية في نيقوسيا اليوم، لبحث التعاون في مجال الطاقة.")
    [m] = meetings(nlp, text)
    assert [(p.name, p.title, p.country) for p in m.participants] == [
        ("عبدالله الثاني", "عاهل الأردن", "JO"), ("نيكوس خريستودوليدس", "الرئيس القبرصي", "CY"),
        ("كيرياكوس ميتسوتاكيس", "رئيس الوزراء اليوناني", "GR")]


def test_ministers_in_the_plural_meet_a_named_minister_and_the_meeting_is_told_once(nlp: NLP) -> None:
    text = ("عقد وزراء خارجية دول الاتحاد الأوروبي، اليوم في بروكسل، اجتماعا مع وزير الخارجية الأوكراني أندريه سيبيها. "
            "وناقش الاجتماع مفاوضات اتفاقية التجارة الحرة بين الاتحاد وأوكرانيا.")
    [m] = meetings(nlp, text)
    ministers, guest = m.participants  # the ministers stand for the union they come from
    assert (ministers.kind, ministers.name, ministers.country) == (Kind.organization, "الاتحاد الأوروبي", None)
    assert (guest.name, guest.country) == ("أندريه سيبيها", "UA")
    assert [t.key.value for t in m.topics] == ["economy_trade"]


def test_ministers_in_the_plural_of_a_body_the_tagger_misses_are_a_group(nlp: NLP) -> None:
    text = ("عقد وزراء خارجية دول مجلس التعاون لدول الخليج العربية، اليوم، اجتماعا مع وزير الخارجية الياباني "
            "تاكيشي إيوايا في الرياض.")
    [m] = meetings(nlp, text)
    assert [(p.kind, p.country) for p in m.participants] == [(Kind.group, None), (Kind.person, "JP")]


def test_a_body_named_among_the_subjects_is_no_party(nlp: NLP) -> None:
    text = ("يستقبل الرئيس الفرنسي إيمانويل ماكرون، يوم الجمعة المقبل في قصر الإليزيه، رئيس الوزراء اللبناني، "
            "لبحث برنامج الإصلاحات مع صندوق النقد الدولي.")
    [m] = meetings(nlp, text)
    assert [(p.name, p.country, p.role) for p in m.participants] == [
        ("إيمانويل ماكرون", "FR", Role.host), ("رئيس الوزراء اللبناني", "LB", Role.visitor)]


def test_delegation_heads_take_their_delegations_country_and_the_host_state_is_the_place(nlp: NLP) -> None:
    text = ("تستضيف سويسرا الأسبوع المقبل جولة محادثات بين أرمينيا وأذربيجان، يرأس فيها الوفد الأرميني وزير الخارجية "
            "أرارات ميرزويان، فيما يرأس الوفد الأذربيجاني وزير الخارجية جيهون بيراموف.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"أرارات ميرزويان": "AM", "جيهون بيراموف": "AZ"}
    assert m.location is not None and m.location.name == "سويسرا"


def test_a_name_after_an_honorific_keeps_a_first_letter_the_tokenizer_cut_off(nlp: NLP) -> None:
    text = ("استقبلت معالي لانا نسيبة وزيرة دولة، في أبوظبي اليوم، وزيرة الخارجية النمساوية بياته ماينل رايزينغر.")
    [m] = meetings(nlp, text)
    assert names(m)[0] == "لانا نسيبة"


def test_what_two_women_ministers_exchanged_views_on_is_a_subject(nlp: NLP) -> None:
    text = ("التقت وزيرة الخارجية الأسترالية بيني وونغ نظيرتها الكندية أنيتا أناند في كانبيرا اليوم. "
            "وتبادلت الوزيرتان وجهات النظر حول الأوضاع في ميانمار.")
    [m] = meetings(nlp, text)
    assert [(t.key.value, t.country) for t in m.topics] == [("regional_situation", "MM")]


def test_a_ruler_received_under_his_honorifics_and_praise(nlp: NLP) -> None:
    text = "استقبل حضرة صاحب الجلالة السلطان هيثم بن طارق المعظم بقصر العلم اليوم رئيس وزراء ماليزيا أنور إبراهيم."
    [m] = meetings(nlp, text)
    assert names(m) == ["هيثم بن طارق", "أنور إبراهيم"]
    assert m.participants[0].role == Role.host


def test_a_visit_paid_to_a_person_is_a_meeting_and_one_paid_to_a_country_is_not(nlp: NLP) -> None:
    text = "زار السفير الفرنسي لدى لبنان هيرفيه ماغرو رئيس مجلس النواب نبيه بري في عين التينة اليوم."
    [m] = meetings(nlp, text)
    assert [(p.name, p.role) for p in m.participants] == [("هيرفيه ماغرو", Role.visitor), ("نبيه بري", Role.host)]
    assert meetings(nlp, "زار الرئيس الفرنسي إيمانويل ماكرون الجزائر أمس في زيارة دولة تستمر يومين.") == []


def test_one_body_named_twice_is_one_party(nlp: NLP) -> None:
    text = ("وقعت الحكومة الصومالية وبعثة الأمم المتحدة، اليوم، مذكرة تفاهم خلال لقاء جمع وزير الخارجية الصومالي "
            "أحمد معلم فقي بممثل الأمين العام للأمم المتحدة في الصومال.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == sorted(["أحمد معلم فقي", "الأمم المتحدة"])


def test_the_members_of_a_delegation_named_by_an_indefinite_demonym_are_of_its_country(nlp: NLP) -> None:
    text = ("استقبل الرئيس اللبناني جوزاف عون في بعبدا اليوم وفداً عراقياً برئاسة وزير الخارجية فؤاد حسين، ضم "
            "وزير النفط حيان عبد الغني، وتناول اللقاء مكافحة تهريب المخدرات.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {
        "جوزاف عون": "LB", "فؤاد حسين": "IQ", "حيان عبد الغني": "IQ"}
    assert [t.key.value for t in m.topics] == ["security_cooperation"]


def test_a_home_official_on_the_sidelines_abroad_is_of_the_reporting_agencys_country(nlp: NLP) -> None:
    text = ("الرياض - واس\nالتقى وزير المالية محمد الجدعان، على هامش اجتماعات صندوق النقد الدولي في واشنطن اليوم، "
            "وزير الاقتصاد الفرنسي رولان ليسكور، وبحثا التعاون الاقتصادي.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"محمد الجدعان": "SA", "رولان ليسكور": "FR"}


def test_amman_in_a_jordanian_dateline_and_feminine_offices_at_home(nlp: NLP) -> None:
    text = ("عمان - بترا\nالتقت رئيسة الوزراء بالوكالة هالة زواتي، اليوم، وزير الطاقة الجزائري محمد عرقاب، "
            "وبحثا الربط الكهربائي.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"هالة زواتي": "JO", "محمد عرقاب": "DZ"}


def test_a_call_for_greetings_alone_is_no_meeting_unless_it_took_up_subjects(nlp: NLP) -> None:
    call = ("تلقى الملك محمد السادس اتصالاً هاتفياً من الشيخ تميم بن حمد آل ثاني أمير دولة قطر، تبادلا خلاله "
            "التهاني بمناسبة حلول عيد الأضحى المبارك.")
    assert meetings(nlp, call) == []
    [m] = meetings(nlp, call + " وجرى خلال الاتصال بحث العلاقات الثنائية.")
    emir = m.participants[1]
    assert (emir.name, emir.title, emir.country) == ("تميم بن حمد آل ثاني", "أمير دولة قطر", "QA")


def test_the_meetings_a_visit_will_hold_are_planned(nlp: NLP) -> None:
    text = ("وصل وزير الخارجية التركي هاكان فيدان إلى بغداد في زيارة رسمية تستغرق يومين، يلتقي خلالها رئيس "
            "الوزراء العراقي محمد شياع السوداني.")
    [m] = meetings(nlp, text)
    assert m.status == Status.planned


def test_a_given_name_then_a_rare_definite_family_name_ending_the_clause(nlp: NLP) -> None:
    text = ("اجتمع وزير الخارجية المصري بدر عبد العاطي في القاهرة اليوم مع وفد من حركة حماس برئاسة رئيس المكتب "
            "السياسي للحركة في غزة خليل الحية.")
    [m] = meetings(nlp, text)
    assert "خليل الحية" in names(m)


def test_ambassadors_of_listed_states_are_one_group(nlp: NLP) -> None:
    text = ("استقبل الرئيس التونسي قيس سعيد، اليوم، سفراء كل من اليابان وكندا والأرجنتين الذين قدموا له أوراق "
            "اعتمادهم سفراء لبلدانهم لدى تونس.")
    [m] = meetings(nlp, text)
    assert [(p.name, p.kind) for p in m.participants][1:] == [("سفراء كل من اليابان وكندا والأرجنتين", Kind.group)]


def test_financial_is_not_mali_and_kurdistan_is_iraqi(nlp: NLP) -> None:
    text = ("استقبل رئيس الجمهورية العراقي عبد اللطيف جمال رشيد في بغداد اليوم رئيس حكومة إقليم كردستان مسرور "
            "بارزاني، وبحثا الدعم المالي لرواتب الموظفين.")
    [m] = meetings(nlp, text)
    assert m.participants[1].country == "IQ"
    assert all(t.country != "ML" for t in m.topics)


def test_a_subject_stops_where_the_next_one_begins_a_few_words_on(nlp: NLP) -> None:
    text = ("التقى وزير الداخلية الإيطالي ماتيو بيانتيدوزي نظيره الليبي عماد الطرابلسي في روما اليوم، وبحثا "
            "الهجرة غير النظامية والتعاون في مجال الطاقة.")
    [m] = meetings(nlp, text)
    assert {t.key.value: t.evidence.text for t in m.topics} == {
        "migration_borders": "الهجرة غير النظامية", "energy": "الطاقة"}


def test_a_bare_amman_in_a_jordanian_agency_report_is_amman(nlp: NLP) -> None:
    text = ("عمان 3 أيار (بترا) - التقى نائب رئيس الوزراء ووزير الخارجية وشؤون المغتربين أيمن الصفدي في عمان اليوم "
            "وزير الخارجية البحريني عبداللطيف الزياني، وبحثا العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"أيمن الصفدي": "JO", "عبداللطيف الزياني": "BH"}
    assert m.participants[0].title == "نائب رئيس الوزراء ووزير الخارجية وشؤون المغتربين"


def test_a_state_of_affairs_in_a_party_s_land_is_about_that_land(nlp: NLP) -> None:
    text = ("استقبل وزير الصحة اللبناني ركان ناصر الدين في بيروت اليوم المدير الإقليمي لمنظمة الصحة العالمية "
            "حنان بلخي، وبحثا الأوضاع الصحية في لبنان وتعزيز التعاون بين الوزارة والمنظمة.")
    [m] = meetings(nlp, text)
    assert any(t.key.value == "health" and t.country == "LB" for t in m.topics)
    assert [p.country for p in m.participants] == ["LB", None]


def test_a_continental_body_s_official_has_no_country(nlp: NLP) -> None:
    text = ("الدوحة - التقى رئيس الاتحاد القطري لكرة اليد أحمد الشعبي، أمس، رئيس الاتحاد الآسيوي لكرة اليد "
            "الشيخ أحمد الفهد، وناقشا الاستعدادات للبطولات القارية المقبلة.")
    [m] = meetings(nlp, text)
    assert [p.country for p in m.participants] == ["QA", None]


def test_a_place_travelled_to_is_not_the_traveller_s_home_and_a_state_visit_no_honorific(nlp: NLP) -> None:
    text = ("تونس - يتوجه رئيس الجمهورية قيس سعيد غدا إلى باريس في زيارة دولة تستغرق ثلاثة أيام، يلتقي خلالها "
            "الرئيس الفرنسي إيمانويل ماكرون.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"قيس سعيد": "TN", "إيمانويل ماكرون": "FR"}
    assert m.status == Status.planned


def test_a_name_the_tokenizer_cut_after_the_state_s_name(nlp: NLP) -> None:
    text = ("استقبل الرئيس الغامبي آداما بارو في بانجول اليوم رئيس جمهورية السنغال باسيرو ديوماي فاي، "
            "وبحثا التعاون في مجال الصيد.")
    [m] = meetings(nlp, text)
    assert names(m)[1] == "باسيرو ديوماي فاي" and m.participants[1].country == "SN"


def test_the_two_sides_discussing_are_the_meeting_already_reported(nlp: NLP) -> None:
    text = ("التقى وزير الأوقاف المصري أسامة الأزهري في القاهرة اليوم وزير الشؤون الدينية الماليزي محمد نعيم مختار. "
            "وبحث الجانبان التعاون في مجال الدعوة وخدمة ضيوف الرحمن من الحجاج والمعتمرين.")
    [m] = meetings(nlp, text)
    assert names(m) == ["أسامة الأزهري", "محمد نعيم مختار"]


def test_a_name_the_tagger_read_as_adjectives_after_a_whole_title(nlp: NLP) -> None:
    text = ("التقى المبعوث الأممي الخاص إلى اليمن هانس غروندبرغ في عدن اليوم وفدا من الحكومة اليمنية برئاسة "
            "وزير الخارجية شائع الزنداني.")
    [m] = meetings(nlp, text)
    assert "شائع الزنداني" in names(m)


def test_a_second_office_joined_by_and_after_the_name(nlp: NLP) -> None:
    text = ("استقبل سمو الشيخ عبدالله بن زايد آل نهيان نائب رئيس مجلس الوزراء ووزير الخارجية، في أبوظبي اليوم، "
            "وزير خارجية اليونان جورجوس جيرابيتريتيس.")
    [m] = meetings(nlp, text)
    assert m.participants[0].title == "نائب رئيس مجلس الوزراء ووزير الخارجية"


def test_a_chaired_video_meeting_with_a_named_participant(nlp: NLP) -> None:
    text = ("ترأس وزير النفط الكويتي طارق الرومي، اليوم، الاجتماع الافتراضي لوزراء الطاقة العرب، بمشاركة وزير "
            "البترول المصري كريم بدوي.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.video
    assert {p.country for p in m.participants} == {"KW", "EG"}


def test_a_subject_cut_by_the_word_limit_leaves_out_the_next_one_s_first_word(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية التركي هاكان فيدان نظيره الأردني أيمن الصفدي في أنقرة اليوم، وبحثا الأوضاع في شمال "
            "سوريا وريف حلب وجهود إعادة الإعمار.")
    [m] = meetings(nlp, text)
    situation = next(t for t in m.topics if t.key.value == "regional_situation")
    assert situation.country == "SY" and not situation.evidence.text.endswith("وجهود")


def test_a_regnal_number_then_the_father_s_name_is_one_name(nlp: NLP) -> None:
    text = ("تلقى خادم الحرمين الملك سلمان بن عبدالعزيز آل سعود اتصالا هاتفيا اليوم من الملك عبدالله الثاني بن "
            "الحسين ملك المملكة الأردنية الهاشمية، بحثا فيه العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {
        "سلمان بن عبدالعزيز آل سعود": "SA", "عبدالله الثاني بن الحسين": "JO"}


def test_the_writer_s_own_side_abroad_is_not_of_the_place(nlp: NLP) -> None:
    text = ("أجرى وزير الخارجية عادل الجبير في روما اليوم مباحثات مع نظيره الإيطالي باولو جينتيلوني تناولت "
            "العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p.country for p in m.participants}
    assert by_name["باولو جينتيلوني"] == "IT" and by_name["عادل الجبير"] != "IT"  # the text does not say SA


def test_a_supervisor_s_title_runs_over_on_and_the_ruler_an_institution_is_named_for(nlp: NLP) -> None:
    text = ("استقبل المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة والأعمال الإنسانية "
            "الدكتور عبدالله الربيعة في الرياض اليوم سفير جمهورية السودان لدى المملكة.")
    [m] = meetings(nlp, text)
    assert m.participants[0].title == ("المستشار بالديوان الملكي المشرف العام على مركز الملك سلمان للإغاثة "
                                       "والأعمال الإنسانية")
    assert m.location is not None and m.location.name == "الرياض"


def test_a_region_after_its_title_is_no_part_of_the_name(nlp: NLP) -> None:
    text = ("استقبل أمير منطقة عسير الأمير فيصل بن خالد بن عبدالعزيز في أبها اليوم أمين منطقة عسير صالح بن "
            "عبدالعزيز القاضي، واطلع على مشروعات التنمية في المنطقة.")
    [m] = meetings(nlp, text)
    assert names(m) == ["فيصل بن خالد بن عبدالعزيز", "صالح بن عبدالعزيز القاضي"]
    assert m.participants[1].title == "أمين منطقة عسير"


def test_calls_received_by_an_office_named_before_and_what_was_said_in_them(nlp: NLP) -> None:
    text = ("تلقى ولي العهد الأمير الحسين بن عبدالله اتصالا هاتفيا أمس من الشيخ عبدالله بن زايد آل نهيان وزير "
            "الخارجية بدولة الإمارات العربية المتحدة أعرب فيه عن تضامن بلاده.\n"
            "وقدم ولي العهد شكره وتقديره للشيخ عبدالله بن زايد على مشاعره الطيبة.\n"
            "كما تلقى ولي العهد اتصالا هاتفيا أمس من الشيخ خالد بن حمد آل خليفة وزير الخارجية بمملكة "
            "البحرين أدان فيه الهجوم.")
    first, second = meetings(nlp, text)
    assert {p.name: p.title for p in first.participants}["عبدالله بن زايد آل نهيان"] == \
        "وزير الخارجية بدولة الإمارات العربية المتحدة"
    assert names(second) == ["الحسين بن عبدالله", "خالد بن حمد آل خليفة"]
    assert second.participants[1].title == "وزير الخارجية بمملكة البحرين"


def test_counterparts_in_the_plural_are_a_group_not_part_of_a_name(nlp: NLP) -> None:
    text = "التقى وزير الخارجية الأميركي جون كيري نظراءه في دول مجلس التعاون الخليجي في الدوحة أمس، وبحثوا محاربة الإرهاب."
    [m] = meetings(nlp, text)
    assert [(p.name, p.kind) for p in m.participants][:2] == [
        ("جون كيري", Kind.person), ("نظراءه في دول مجلس التعاون", Kind.group)]


def test_an_incident_is_no_phone_call(nlp: NLP) -> None:
    text = ("نقل وزير الداخلية الأمير عبدالعزيز بن سعود تعازي خادم الحرمين الشريفين لأسر ضحايا حادث التفجير "
            "الذي استهدف مسجدا في منطقة عسير، ورافقه مدير الأمن العام اللواء محمد البسامي.")
    assert meetings(nlp, text) == []


def test_who_tells_of_the_meeting_is_not_at_it(nlp: NLP) -> None:
    text = ("وأضاف المتحدث الرسمي باسم الرئاسة السفير أحمد فهمي أن الرئيس عبدالفتاح السيسى التقى برئيس الوزراء "
            "الإيطالي جورجيا ميلوني التي نقلت للسيسي تحيات الشعب الإيطالي.")
    [m] = meetings(nlp, text)
    assert names(m) == ["عبدالفتاح السيسى", "جورجيا ميلوني"]


def test_a_dateline_abroad_leaves_the_agency_s_official_his_own_country(nlp: NLP) -> None:
    text = ("برلين 25 شوال 1436 هـ الموافق 10 أغسطس 2015 م واس\n"
            "التقى وزير الخارجية عادل بن أحمد الجبير اليوم وزير الخارجية بجمهورية ألمانيا الاتحادية فرانك فالتر "
            "شتاينماير، وبحثا العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert [p.country for p in m.participants] == ["SA", "DE"]


def test_a_country_written_with_the_article_and_a_party_joined_to_a_marked_one(nlp: NLP) -> None:
    text = ("التقى رئيس مجلس الوزراء اللبناني نواف سلام في بيروت اليوم رئيس مجلس نواب الأوروغواي أنا أوليفيرا "
            "ومدير عام الخارجية فيها كارلوس رودريغيز.")
    [m] = meetings(nlp, text)
    assert [p.country for p in m.participants] == ["LB", "UY", "UY"]


def test_a_named_party_s_office_repeated_is_no_second_party(nlp: NLP) -> None:
    text = ("استقبل نائب خادم الحرمين الشريفين الأمير محمد بن نايف في جدة اليوم السفير الفرنسي لدى المملكة "
            "برتران بزانسنو.\nكما استقبل نائب خادم الحرمين الشريفين - رعاه الله - عددا من مصابي الحادث.")
    assert len(meetings(nlp, text)) == 1


def test_titles_that_run_through_an_institution_named_for_a_king(nlp: NLP) -> None:
    text = ("التقى الأمير الدكتور تركي بن سعود بن محمد رئيس مدينة الملك عبدالعزيز للعلوم والتقنية في مكتبه اليوم، "
            "رئيس جامعة الملك عبدالله للعلوم والتقنية توني تشان.")
    [m] = meetings(nlp, text)
    assert [p.title for p in m.participants] == [
        "رئيس مدينة الملك عبدالعزيز للعلوم والتقنية", "رئيس جامعة الملك عبدالله للعلوم والتقنية"]


def test_a_teller_s_office_is_no_unnamed_party(nlp: NLP) -> None:
    text = ("وأشاد رئيس الحكومة الليبية المؤقتة عبدالله الثني بجهود عناصر الشرطة في مدينة البيضاء، وذكر المكتب "
            "الإعلامي أن الثني بحث مع رئيس وأعضاء مديرية الأمن بالمدينة الأوضاع الأمنية.")
    assert not any("بجهود" in p.name for m in meetings(nlp, text) for p in m.participants)


def test_national_teams_meeting_is_a_match(nlp: NLP) -> None:
    text = "ويلتقي منتخبنا الوطني اليوم مع نظيره البحريني في الجولة الثالثة، كما يلتقي منتخبا قطر والكويت."
    assert meetings(nlp, text) == []


def test_the_title_of_one_who_receives_a_call_is_his_not_the_call_s_object(nlp: NLP) -> None:
    text = ("تلقى سامح شكري وزير الخارجية المصري اتصالا هاتفيا اليوم من أيمن الصفدي وزير الخارجية الأردني، بحثا "
            "خلاله الأوضاع في غزة.")
    [m] = meetings(nlp, text)
    assert [(p.title, p.country) for p in m.participants] == [
        ("وزير الخارجية المصري", "EG"), ("وزير الخارجية الأردني", "JO")]


def test_a_title_stops_at_who_else_was_present(nlp: NLP) -> None:
    text = ("زار السفير الأسترالي لدى المملكة مارك دونوفان الشركة السعودية للكهرباء بالرياض، حيث التقى المهندس خالد "
            "الغامدي، الرئيس التنفيذي للشركة بالنيابة بحضور عدد من المسؤولين التنفيذيين.")
    [m] = meetings(nlp, text)
    assert m.participants[-1].title == "الرئيس التنفيذي للشركة بالنيابة"


def test_an_office_in_the_region_is_in_the_region_of_the_host(nlp: NLP) -> None:
    text = ("استقبل أمير منطقة جازان الأمير محمد بن عبدالعزيز في مكتبه اليوم رئيس فرع هيئة حقوق الإنسان بالمنطقة "
            "أحمد بن علي الحازمي، واطلع على تقرير الفرع.")
    [m] = meetings(nlp, text)
    assert [p.country for p in m.participants] == ["SA", "SA"]


def test_two_calls_from_two_callers_are_two_meetings(nlp: NLP) -> None:
    text = ("تلقى بدر عبد العاطي وزير الخارجية المصري اتصالين هاتفيين أمس من سيرجي لافروف وزير خارجية روسيا، "
            "وماركو روبيو وزير خارجية الولايات المتحدة.")
    calls = meetings(nlp, text)
    assert [names(m) for m in calls] == [["بدر عبد العاطي", "سيرجي لافروف"], ["بدر عبد العاطي", "ماركو روبيو"]]
    assert all(m.mode == Mode.phone for m in calls)


def test_a_meeting_of_two_ranked_royals_and_a_father_is_not_his_son(nlp: NLP) -> None:
    text = ("وعقد جلالة الملك عبدالله الثاني اجتماعا مع سمو الأمير محمد بن سلمان بن عبدالعزيز آل سعود، نقل فيه سموه "
            "تحيات خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود إلى أخيه جلالة الملك عبدالله الثاني، كما "
            "تم عقد مباحثات ثنائية.")
    [m] = meetings(nlp, text)
    assert names(m) == ["عبدالله الثاني", "محمد بن سلمان بن عبدالعزيز آل سعود"]
    assert m.participants[1].title is None  # not the king's «خادم الحرمين الشريفين»


def test_an_ordinal_in_a_title_is_no_name_and_a_brother_no_title(nlp: NLP) -> None:
    text = ("قام الأمير محمد بن سلمان ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء اليوم بزيارة إلى الأردن تلبية "
            "لدعوة من الملك عبدالله الثاني، واستقبله الملك عبدالله الثاني في عمّان.\n"
            "ونقل الأمير تحيات خادم الحرمين الشريفين وأخيه الملك عبدالله الثاني.")
    [m] = meetings(nlp, text)
    titles = {p.name: p.title for p in m.participants}
    assert titles["محمد بن سلمان"] == "ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء"
    assert titles["عبدالله الثاني"] is None  # not «… خادم الحرمين الشريفين وأخيه»


def test_a_title_stops_at_the_time_of_day_and_a_place_is_named_without_its_clitic(nlp: NLP) -> None:
    text = ("استقبل صاحب السمو الملكي الأمير محمد بن ناصر بن عبدالعزيز أمير منطقة جازان صباح أمس بمكتبه بالإمارة "
            "رئيس مجلس إدارة غرفة جازان عبدالله بن سعيد الفايز.\n"
            "وعقد الرئيس المصري عبد الفتاح السيسي اجتماعا مع العاهل الأردني الملك عبدالله الثاني خلال زيارته "
            "للمملكة الأردنية الهاشمية.")
    first, second = meetings(nlp, text)
    assert first.participants[0].title == "أمير منطقة جازان"
    assert second.location is not None and second.location.name == "المملكة الأردنية الهاشمية"


def test_a_name_in_quotation_marks_is_given_without_them(nlp: NLP) -> None:
    text = "استقبل مدير التعليم فريق مشروع «فارس» اليوم."
    analysis = analyse(nlp, text)
    quoted = next(w.index for w in analysis.words if "فارس" in w.text)
    p = to_participant(analysis, Mention(Kind.person, quoted, quoted, 0), Role.visitor)
    assert p.name == "فارس" and text[p.name_evidence.start:p.name_evidence.end] == "فارس"


def test_a_governorate_the_lexicons_do_not_know_stays_in_the_governor_s_title(nlp: NLP) -> None:
    text = ("استقبل محافظ وادي الدواسر أحمد بن دخيل المنيفي في مكتبه يوم أمس مدير مركز التنمية الاجتماعية في "
            "المحافظة عبدالله بن محمد الدوسري.")
    [m] = meetings(nlp, text)
    host = m.participants[0]
    assert (host.name, host.title) == ("أحمد بن دخيل المنيفي", "محافظ وادي الدواسر")
    assert names(m)[1] == "عبدالله بن محمد الدوسري"


def test_what_a_guest_met_with_is_no_meeting(nlp: NLP) -> None:
    text = ("وعبر الرئيس الفرنسي إيمانويل ماكرون عن بالغ شكره لجلالة الملك والحكومة المغربية على ما لقيه والوفد "
            "المرافق من كرم الضيافة وحسن الاستقبال.")
    assert meetings(nlp, text) == []


def test_where_a_visit_goes_is_not_the_visitor_s_title(nlp: NLP) -> None:
    text = ("صدر بيان مشترك بمناسبة زيارة سمو الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء للمملكة المغربية.\n"
            "وعقد العاهل المغربي الملك محمد السادس اجتماعا مع سمو الأمير محمد بن سلمان بحثا فيه العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert {p.name: p.title for p in m.participants}["محمد بن سلمان"] == "ولي العهد رئيس مجلس الوزراء"


def test_an_office_received_is_the_person_named_before_with_that_title(nlp: NLP) -> None:
    text = ("احتفى الأردن بزيارة صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد رئيس مجلس الوزراء.\n"
            "العاهل الأردني الملك عبدالله الثاني الذي استقبل ولي العهد بحث معه العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["عبدالله الثاني", "محمد بن سلمان"]


def test_a_governorate_the_tagger_reads_as_a_place_stays_in_the_title_too(nlp: NLP) -> None:
    text = "اجتمع محافظ بلجرشي سفر بن سويد الغامدي أمس مع مدير السياحة بالمحافظة هجاد عمر الغامدي."
    [m] = meetings(nlp, text)
    host = m.participants[0]
    assert (host.name, host.title) == ("سفر بن سويد الغامدي", "محافظ بلجرشي")


def test_an_elected_president_is_no_sports_subject(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية المصري سامح شكري في القاهرة أمس نظيره الفرنسي جان إيف لودريان، "
            "وبحث الجانبان الأوضاع في لبنان وسبل الوصول إلى رئيس جديد منتخب للبلاد.")
    [m] = meetings(nlp, text)
    keys = {t.key.value for t in m.topics}
    assert "regional_situation" in keys and "sports" not in keys


def test_an_adviser_with_an_adjective_is_a_title_not_an_honorific(nlp: NLP) -> None:
    text = "استقبل وزير الخارجية المغربي ناصر بوريطة أمس في الرباط المستشار الدبلوماسي لدولة رئيس الوزراء الإسباني خوسيه مانويل ألباريس."
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert set(by_name) == {"ناصر بوريطة", "خوسيه مانويل ألباريس"}
    assert by_name["خوسيه مانويل ألباريس"].title.startswith("المستشار الدبلوماسي")
    assert m.location is not None and m.location.name == "الرباط"


def test_greetings_carried_to_a_host_are_not_part_of_his_name(nlp: NLP) -> None:
    text = ("يزور وزير الخارجية الأردني أيمن الصفدي موسكو غدا ويجري مباحثات مع الرئيس الروسي فلاديمير بوتين، "
            "وسينقل الصفدي خلال لقائه مع الرئيس بوتين تحيات وتقدير العاهل الأردني.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["أيمن الصفدي", "فلاديمير بوتين"]


@pytest.mark.parametrize("text, name", [
    ("تلقى العاهل الأردني الملك عبدالله الثاني اتصالا هاتفيا من رئيس الجمهورية الفرنسية فرانسوا هولاند جدد خلاله "
     "دعم بلاده للأردن.", "فرانسوا هولاند"),
    ("التقى ولي العهد الكويتي الشيخ مشعل الأحمد الرئيس المصري عبدالفتاح السيسي وعدداً من المسؤولين في القاهرة.",
     "عبدالفتاح السيسي"),
    ("التقى وزير التعليم الدكتور عزام الدخيل نحو الساعة العاشرة مدير جامعة الملك عبدالعزيز الدكتور عبدالرحمن اليوبي.",
     "عزام الدخيل"),
])
def test_a_name_ends_where_ner_ends_it_before_a_verb_or_a_conjunction(nlp: NLP, text: str, name: str) -> None:
    [m] = meetings(nlp, text)
    assert name in names(m)


def test_his_office_where_he_received_is_not_in_his_title(nlp: NLP) -> None:
    text = "التقى الأمير سعود بن نهار بن سعود محافظ الطائف بمكتبه صباح أمس رئيس الغرفة التجارية بالطائف عبدالله الخريجي."
    [m] = meetings(nlp, text)
    assert {p.title for p in m.participants if p.name == "سعود بن نهار بن سعود"} == {"محافظ الطائف"}


def test_counterparts_listed_with_their_demonyms_get_their_countries(nlp: NLP) -> None:
    for text in ("سيعقد وزير الخارجية الروسي سيرغي لافروف اجتماعا ثلاثيا مع نظيريه الأمريكي جون كيري والسعودي عادل الجبير "
                 "في الدوحة.",
                 # here the tokenizer splits نظيري|ه
                 "قالت وزارة الخارجية الروسية اليوم السبت إن وزير الخارجية الروسي سيرغي لافروف سيعقد اجتماعا ثلاثيا مع "
                 "نظيريه الأمريكي جون كيري والسعودي عادل الجبير خلال زيارة عمل لقطر."):
        [m] = meetings(nlp, text)
        assert {p.name: p.country for p in m.participants} == {"سيرغي لافروف": "RU", "جون كيري": "US", "عادل الجبير": "SA"}


def test_the_city_a_minister_visits_is_not_his_country_nor_is_the_counterpart_word_a_party(nlp: NLP) -> None:
    text = ("وكانت وزارة الخارجية الروسية قد أعلنت أن وزير الخارجية سيرغي لافروف سيلتقي خلال زيارته للدوحة "
            "نظيريه الأميركي جون كيري والسعودي عادل الجبير.")
    [m] = meetings(nlp, text)
    countries = {p.name: p.country for p in m.participants}
    assert set(countries) == {"سيرغي لافروف", "جون كيري", "عادل الجبير"}
    assert countries["سيرغي لافروف"] != "QA" and countries["جون كيري"] == "US" and countries["عادل الجبير"] == "SA"


@pytest.mark.parametrize("city", ["أبوظبي", "أبو ظبي"])
def test_a_crown_prince_of_a_city_keeps_his_title_and_country(nlp: NLP, city: str) -> None:
    text = (f"استقبل الشيخ محمد بن زايد آل نهيان ولي عهد {city} نائب القائد الأعلى للقوات المسلحة في أبوظبي أمس "
            "وزير الخارجية الأردني أيمن الصفدي.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert set(by_name) == {"محمد بن زايد آل نهيان", "أيمن الصفدي"}
    assert by_name["محمد بن زايد آل نهيان"].title.startswith(f"ولي عهد {city}")
    assert by_name["محمد بن زايد آل نهيان"].country == "AE"


def test_what_was_discussed_after_a_title_is_not_part_of_it(nlp: NLP) -> None:
    text = ("بحث وزير الصحة توفيق الربيعة مع اللواء الدكتور خالد العتيبي مدير عام الخدمات الطبية بالقوات المسلحة "
            "تفعيل أوجه التعاون لدعم المستشفيات العسكرية.")
    [m] = meetings(nlp, text)
    assert {p.title for p in m.participants if p.name == "خالد العتيبي"} == {"مدير عام الخدمات الطبية بالقوات المسلحة"}


@pytest.mark.parametrize("text", [
    "استقبل وزير الصحة توفيق الربيعة أمس في الرياض مساعد المدير العام للخدمات العلاجية الدكتور سلطان الشايع "
    "ومساعد المدير العام للشؤون الهندسية المهندس صالح الرعوجي.",
    "التقى وزير الصحة توفيق الربيعة أمس في الرياض الدكتور سلطان الشايع مساعد المدير العام للخدمات العلاجية.",
])
def test_a_title_word_that_is_a_given_name_after_an_honorific_opens_the_name(nlp: NLP, text: str) -> None:
    [m] = meetings(nlp, text)
    titles = {p.name: p.title for p in m.participants}
    assert titles["سلطان الشايع"] == "مساعد المدير العام للخدمات العلاجية"


def test_a_feminine_royal_honorific_is_not_part_of_the_title(nlp: NLP) -> None:
    text = "استقبلت عضو مجلس الشورى صاحبة السمو الملكي الأميرة سارة بنت فيصل أمس في الرياض سفيرة السويد لدى المملكة آنا كارين."
    [m] = meetings(nlp, text)
    assert {p.name: p.title for p in m.participants}["سارة بنت فيصل"] == "عضو مجلس الشورى"


def test_on_whose_behalf_a_reception_is_held_is_not_at_it(nlp: NLP) -> None:
    text = ("نيابة عن وزير الشؤون الاجتماعية الدكتور ماجد القصبي استقبل وكيل الوزارة الدكتور عبدالله المعيقل أمس في الرياض "
            "سفير اليابان لدى المملكة نوريهيرو أوكودا.")
    [m] = meetings(nlp, text)
    assert "ماجد القصبي" not in names(m)
    [host] = [p for p in m.participants if p.role == Role.host]
    assert host.title == "وكيل الوزارة"


def test_who_sent_greetings_to_the_host_is_not_at_the_talks(nlp: NLP) -> None:
    text = ("وصل ولي العهد الأمير محمد بن سلمان إلى القاهرة أمس. وعقد الرئيس المصري اجتماعا مع سموه، حيث نقل سموه تحيات "
            "خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز وولي العهد الأمير محمد بن نايف إلى أخيهما الرئيس عبدالفتاح السيسي، "
            "وجرى بحث العلاقات الثنائية بين البلدين.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["عبدالفتاح السيسي", "محمد بن سلمان"]


def test_an_attache_is_a_title_and_an_ambassador_is_not_of_the_country_he_is_sent_to(nlp: NLP) -> None:
    text = ("استقبل سفير المملكة لدى أستراليا نبيل آل صالح والملحق الثقافي الدكتور عبدالعزيز بن طالب أمس في كانبرا "
            "رئيس نادي الطلاب حمدان السبيعي.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert by_name["عبدالعزيز بن طالب"].title == "الملحق الثقافي"
    assert by_name["نبيل آل صالح"].country != "AU"


def test_the_red_crescent_is_no_football_club(nlp: NLP) -> None:
    text = ("التقى رئيس هيئة الهلال الأحمر السعودي الأمير فيصل بن عبدالله أمس في الرياض رئيس اللجنة الدولية للصليب الأحمر "
            "بيتر ماورير.")
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["بيتر ماورير", "فيصل بن عبدالله"]


def test_a_governorate_the_lexicons_lack_is_no_name_after_a_title(nlp: NLP) -> None:
    text = ("عقد محافظ أملج اجتماعاً مع مدير فرع المياه بالمحافظة المهندس نايف الجهني ومدير تحلية أملج المهندس "
            "عبد الله الحجوري ومشرف القطاع الصحي عبد الله الفايدي، نوقش خلاله احتياجات المستشفى من المياه.")
    [m] = meetings(nlp, text)
    titles = {p.name: p.title for p in m.participants}
    assert "أملج" not in titles
    assert titles["عبد الله الحجوري"] == "مدير تحلية أملج"


def test_the_governorate_after_a_governor_is_in_his_title_not_his_name(nlp: NLP) -> None:
    text = "قام المحافظ بجولة لمبنى مستشفى أملج الجديد. ثم عقد محافظ أملج زياد البازعي اجتماعاً مع مدير المياه نايف الجهني."
    [m] = meetings(nlp, text)
    assert {p.name: p.title for p in m.participants}["زياد البازعي"] == "محافظ أملج"


def test_a_prayer_after_a_name_is_no_part_of_it_and_the_title_after_it_is_his(nlp: NLP) -> None:
    text = ("التقى الملك خالد رحمه الله في الطائف الشيخ جابر الأحمد رحمه الله ولي العهد الكويتي آنذاك، "
            "وبحثا العلاقات بين البلدين.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert sorted(by_name) == ["جابر الأحمد", "خالد"]
    assert by_name["جابر الأحمد"].title == "ولي العهد الكويتي"
    assert by_name["جابر الأحمد"].country == "KW"


def test_the_late_after_an_honorific_is_no_name(nlp: NLP) -> None:
    text = "وحظي الملك الراحل بمكانة رفيعة. والتقى الأمير الراحل الشيخ زايد بن سلطان آل نهيان بالملك فهد بن عبدالعزيز في جدة."
    [m] = meetings(nlp, text)
    assert sorted(names(m)) == ["زايد بن سلطان آل نهيان", "فهد بن عبدالعزيز"]


def test_an_honorific_between_two_parties_opens_the_second_ones_title(nlp: NLP) -> None:
    text = ("عقدت في القاهرة مباحثات بين صاحب السمو الملكي الأمير محمد بن سلمان ولي العهد وزير الدفاع "
            "وفخامة رئيس جمهورية مصر العربية عبد الفتاح السيسي.")
    [m] = meetings(nlp, text)
    titles = {p.name: p.title for p in m.participants}
    assert titles == {"محمد بن سلمان": "ولي العهد وزير الدفاع", "عبد الفتاح السيسي": "رئيس جمهورية مصر العربية"}


def test_aims_that_meet_are_no_meeting(nlp: NLP) -> None:
    text = ("وتلتقي المساعي الروسية مع التوجهات الأميركية في اعتبار خطر الإرهاب الأكثر إلحاحا، وكان وزير الخارجية "
            "الأمريكي جون كيري قال لنظيره الروسي سيرغي لافروف إن الخطر كبير.")
    assert meetings(nlp, text) == []


def test_a_state_is_no_party_where_a_person_of_it_is(nlp: NLP) -> None:
    text = ("استقبل الشيخ تميم بن حمد آل ثاني أمير دولة قطر، اليوم، وزراء خارجية دول مجلس التعاون، "
            "الذين يزورون قطر للمشاركة في اجتماعهم.")
    [m] = meetings(nlp, text)
    assert "قطر" not in names(m)
    assert "تميم بن حمد آل ثاني" in names(m)


def test_ministers_after_a_time_word_who_visit_a_state_are_the_guests(nlp: NLP) -> None:
    text = ("استقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني في الدوحة اليوم وزراء خارجية دول مجلس التعاون "
            "الذين يزورون قطر للمشاركة في اجتماعهم.")
    [m] = meetings(nlp, text)
    assert roles(m) == {
        "تميم بن حمد آل ثاني": Role.host, "وزراء خارجية دول مجلس التعاون": Role.visitor}


def test_titles_after_names_joined_by_prepositions_stay_with_their_names(nlp: NLP) -> None:
    text = ("واجتمع سامح شكري وزير خارجية مصر بجون كيري وزير خارجية الولايات المتحدة وسيرغي لافروف "
            "وزير خارجية روسيا الاتحادية أمس في جنيف.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants} == {"سامح شكري": "EG", "جون كيري": "US", "سيرغي لافروف": "RU"}
    assert {p.name: p.title for p in m.participants}["سامح شكري"] == "وزير خارجية مصر"


def test_a_host_named_again_in_short_after_an_honorific_is_one_party(nlp: NLP) -> None:
    text = ("وجه أمير منطقة تبوك الأمير فهد بن سلطان بن عبدالعزيز الجهات المعنية بسرعة إنجاز المشاريع. من جهة أخرى، "
            "استقبل الأمير فهد بن سلطان في مكتبه بالإمارة أمس نائب وزير التعليم سعد الحربي الذي يزور المنطقة حاليا.")
    [m] = meetings(nlp, text)
    assert [(p.name, p.role) for p in m.participants] == [("فهد بن سلطان", Role.host), ("سعد الحربي", Role.visitor)]


def test_a_king_named_with_and_without_his_regnal_number_is_one_party(nlp: NLP) -> None:
    text = ("التقى العاهل الأردني الملك عبد الله في عمان اليوم رئيسة الوزراء الإيطالية جورجيا ميلوني، "
            "وأكد الملك عبدالله الثاني خلال اللقاء أهمية التعاون.")
    [m] = meetings(nlp, text)
    assert names(m) == ["عبد الله", "جورجيا ميلوني"]
    assert [p.country for p in m.participants] == ["JO", "IT"]


def test_a_title_stops_before_the_companions(nlp: NLP) -> None:
    text = ("استقبل محافظ جدة الأمير سعود بن عبدالله في مكتبه أمس الدكتور خالد العتيبي، "
            "مدير فرع هيئة السياحة بمنطقة مكة المكرمة ومرافقيه.")
    [m] = meetings(nlp, text)
    assert [p.title for p in m.participants] == ["محافظ جدة", "مدير فرع هيئة السياحة بمنطقة مكة المكرمة"]


def test_a_group_ends_before_an_indefinite_word_after_its_definite_one(nlp: NLP) -> None:
    [m] = meetings(nlp, "عقد ممثلو الحكومة جلسة مع المبعوث الأممي هانس غروندبرغ في مسقط أمس لبحث تمديد الهدنة.")
    assert names(m) == ["ممثلو الحكومة", "هانس غروندبرغ"]
    [m] = meetings(nlp, "التقى المسؤولون الإيرانيون مجتمعين وفد حركة حماس في طهران أمس.")
    assert m.participants[0].name == "المسؤولون الإيرانيون" and m.participants[0].country == "IR"


def test_a_title_stops_before_the_clause_that_goes_on_with_fa_qad(nlp: NLP) -> None:
    text = ("وبعد موافقة الأمير عبدالعزيز بن سعود وزير الداخلية فقد استقبل مدير الأمن العام محمد البسامي أمس "
            "السفير الأمريكي مايكل راتني.")
    [m] = meetings(nlp, text)
    # (the one whose approval came first is no party either: a known fault, not asserted here)
    assert all("فقد" not in (p.title or "") for p in m.participants)


def test_a_weekday_after_a_name_is_no_part_of_it(nlp: NLP) -> None:
    text = ("وصل المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا الخميس الى دمشق حيث التقى "
            "وزير الخارجية السوري وليد المعلم.")
    [m] = meetings(nlp, text)
    assert names(m) == ["ستافان دي ميستورا", "وليد المعلم"]


def test_another_spelling_of_professor_is_an_honorific(nlp: NLP) -> None:
    text = "استقبل وزير التعليم العالي المصري أيمن عاشور أمس رئيس جامعة أكسفورد البروفسور مارتن ويليامز."
    [m] = meetings(nlp, text)
    assert names(m) == ["أيمن عاشور", "مارتن ويليامز"]
    assert m.participants[1].title == "رئيس جامعة أكسفورد"


@pytest.mark.parametrize("text", [
    "التقى وزير التعليم يوسف البنيان أمس في الرياض عددا من مديري مدارس الأمير سلطان بن عبدالعزيز.",
    "زار وزير الصحة فهد الجلاجل أمس مستشفيات الملك فهد في جدة والتقى مديري كليات الملك سعود الصحية.",
])
def test_a_name_after_institutions_in_the_plural_is_their_namesake(nlp: NLP, text: str) -> None:
    assert meetings(nlp, text) == []


def test_an_honorific_that_ends_one_tagged_person_opens_the_next(nlp: NLP) -> None:
    [m] = meetings(nlp, "التقى رئيس الوزراء الماليزي أنور إبراهيم البرفسور كلاوس شواب مؤسس المنتدى الاقتصادي العالمي.")
    assert names(m) == ["أنور إبراهيم", "كلاوس شواب"]
    assert m.participants[1].title == "مؤسس المنتدى الاقتصادي العالمي"  # a founder is a title


def test_a_place_that_takes_people_in_holds_no_meeting(nlp: NLP) -> None:
    text = ("استقبلت كلية الملك فهد الأمنية أمس 1500 طالب بعد اعتماد أسمائهم من قبل "
            "الأمير عبدالعزيز بن سعود وزير الداخلية.")
    assert meetings(nlp, text) == []


def test_a_group_ends_before_a_purpose_but_keeps_the_body_it_is_from(nlp: NLP) -> None:
    text = ("التقى رئيس الوزراء العراقي محمد شياع السوداني في بغداد أمس رؤساء الأركان العرب "
            "لتحديد موعد الاجتماع المقبل.")
    [m] = meetings(nlp, text)
    assert names(m) == ["محمد شياع السوداني", "رؤساء الأركان العرب"]
    text = "التقى وزير الصحة البريطاني ويس ستريتنج في الرياض أمس وزراء الصحة بدول مجلس التعاون لبحث التعاون الصحي."
    [m] = meetings(nlp, text)
    assert names(m) == ["ويس ستريتنج", "وزراء الصحة بدول مجلس التعاون"]


def test_the_team_is_no_rank_before_a_common_word(nlp: NLP) -> None:
    assert meetings(nlp, "اجتمع وزير الرياضة عبدالعزيز الفيصل أمس مع إدارة الفريق استعدادا للبطولة.") == []
    [m] = meetings(nlp, "التقى رئيس مجلس السيادة الفريق أول عبد الفتاح البرهان أمس الفريق خليفة حفتر في بنغازي.")
    assert names(m) == ["عبد الفتاح البرهان", "خليفة حفتر"]


def test_a_state_after_a_purpose_of_discussing_is_a_subject(nlp: NLP) -> None:
    text = ("وترأس رئيس الوزراء التركي أحمد داود أوغلو أمس مجلس وزراء طارئا لبحث خطة جديدة لمكافحة الإرهاب، "
            "ترمي إلى تشديد المراقبة على الحدود مع سوريا.")
    assert meetings(nlp, text) == []


def test_a_named_subject_is_not_joined_by_the_person_the_sentence_before_was_about(nlp: NLP) -> None:
    text = ("وقال الرئيس الأمريكي جو بايدن إن الاتفاق مع إيران هو البديل الوحيد عن الحرب. وعقد رون ديرمر "
            "السفير الإسرائيلي لقاءات خاصة مع مجموعة تضم حوالى 40 عضوا بمجلس النواب.")
    assert all("جو بايدن" not in names(m) for m in meetings(nlp, text))


def test_with_his_highness_is_the_other_person_named_before(nlp: NLP) -> None:
    text = ("واستقبل العاهل الأردني الملك عبدالله الثاني في عمان أمس ولي العهد السعودي الأمير محمد بن سلمان. "
            "وعقد الملك عبد الله اجتماعا مع سموه، نقل فيه سموه تحيات خادم الحرمين الشريفين.")
    found = meetings(nlp, text)
    assert found and all("محمد بن سلمان" in names(m) for m in found)


def test_a_title_chain_stops_at_its_object_and_at_a_meeting_noun(nlp: NLP) -> None:
    text = "قاطع رجل الرئيس الأمريكي باراك أوباما خلال إلقاء الرئيس كلمة لدى استقباله ناشطين في البيت الأبيض أمس."
    assert all("ناشطين" not in names(m) for m in meetings(nlp, text))
    text = ("عقد الوزير الأمريكي اجتماعا ثلاثيا مع وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية السعودي "
            "عادل الجبير في الدوحة.")
    [m] = meetings(nlp, text)
    assert "ثلاثيا" not in names(m) and {"سيرغي لافروف", "عادل الجبير"} <= set(names(m))


def test_the_same_office_again_without_its_demonym_is_not_of_the_first_ones_state(nlp: NLP) -> None:
    text = ("عقد الوزير الأمريكي أنتوني بلينكن اجتماعا ثلاثيا مع وزير الخارجية الروسي سيرغي لافروف "
            "ووزير الخارجية عادل الجبير.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants}["عادل الجبير"] != "RU"


@pytest.mark.parametrize(("text", "name"), [
    ("التقى وزير الخارجية المصري سامح شكري في القاهرة أمس وزير الخارجية الفرنسي جان إيف لو دريان.", "جان إيف لو دريان"),
    ("يلتقي وزير الزراعة الفرنسي ستيفان لو فول مع وزير البيئة السعودي عبدالرحمن الفضلي في باريس غدا.", "ستيفان لو فول"),
])
def test_a_particle_of_a_european_name_keeps_the_name_whole(nlp: NLP, text: str, name: str) -> None:
    [m] = meetings(nlp, text)
    assert name in names(m) and len(m.participants) == 2


def test_a_name_after_an_honorific_ends_before_what_is_discussed(nlp: NLP) -> None:
    text = "بحث رئيس الوزراء الباكستاني شهباز شريف مع ولي العهد الكويتي الشيخ صباح خالد الحمد الصباح سبل تعزيز التعاون."
    [m] = meetings(nlp, text)
    assert names(m) == ["شهباز شريف", "صباح خالد الحمد الصباح"]


@pytest.mark.parametrize("text", [
    "أشاد وزير الخارجية الفرنسي جان نويل بارو بدور الأردن. وكان وزير الخارجية الفرنسي قد وصل أمس إلى عمان، "
    "ثم اجتمع مع رئيس الوزراء الأردني بشر الخصاونة في دار الرئاسة.",
    "وقالت المصادر إن اجتماع وزير الدفاع الأمريكي مع رئيس البرلمان العراقي لم يكن على أجندة الاجتماعات الرسمية "
    "التي عقدها أوستن في بغداد، وأن هذا الاجتماع بحث الأفكار التي كان الحلبوسي قد طرحها على الرئيس الأمريكي جو بايدن.",
])
def test_a_particle_after_a_title_is_no_name(nlp: NLP, text: str) -> None:
    for m in meetings(nlp, text):
        assert not any(name.split()[0] in ("قد", "لم") for name in names(m))


def test_a_name_does_not_take_a_noun_glued_to_b_before_a_quote(nlp: NLP) -> None:
    text = "والتقى محافظ جدة الأمير سعود بن عبدالله بن جلوي الشيخ عبدالرحمن المطوع بتكريم «الفائزين» في المسابقة."
    [m] = meetings(nlp, text)
    assert "عبدالرحمن المطوع" in names(m)


def test_a_football_match_is_no_meeting(nlp: NLP) -> None:
    text = ("وبدأ المدير الفني السيد ماريو زاغالو اللقاء بتشكيلتين، حيث شارك في الشوط الأول كلا من: "
            "سالم الدوسري، فراس البريكان، سعود عبدالحميد، ياسر الشهراني.")
    assert meetings(nlp, text) == []


@pytest.mark.parametrize(("text", "host", "visitor"), [
    ("وصل وزير الخارجية الياباني يوشيماسا هاياشي إلى القاهرة أمس، حيث استقبله الرئيس المصري عبدالفتاح السيسي "
     "في قصر الاتحادية.", "عبدالفتاح السيسي", "يوشيماسا هاياشي"),
    ("قام وفد من رجال الأعمال يتقدمهم السفير خالد العتيبي بزيارة لمقر الغرفة التجارية مساء السبت، حيث استقبلهم "
     "رئيس مجلس إدارة الغرفة سامي العبيدي وأعضاء مجلس إدارته.", "سامي العبيدي", "خالد العتيبي"),
])
def test_a_receiving_verb_with_its_object_pronoun_is_hosted_by_the_one_after_it(
        nlp: NLP, text: str, host: str, visitor: str) -> None:
    [m] = meetings(nlp, text)
    assert roles(m)[host] == Role.host and roles(m)[visitor] == Role.visitor


def test_a_league_named_after_someone_is_no_person(nlp: NLP) -> None:
    text = ("وأقام اتحاد الكرة حفلا قبل الدخول في منافسات دوري عبد اللطيف جميل، واستقبل رئيس النادي فهد المطوع "
            "أعضاء الشرف.")
    assert all("عبد اللطيف جميل" not in name for m in meetings(nlp, text) for name in names(m))


def test_a_title_of_another_state_after_a_titled_name_is_the_one_received(nlp: NLP) -> None:
    [m] = meetings(nlp, "استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي في أنقرة أمس.")
    host = party(m, "رجب طيب أردوغان")
    assert host.title == "الرئيس التركي" and host.country == "TR" and host.role == Role.host
    assert any(p.country == "IQ" and p.role == Role.visitor for p in m.participants)


def test_a_named_subject_receives_the_one_an_office_after_it_points_back_to(nlp: NLP) -> None:
    text = ("وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى القاهرة أمس. واستقبل الرئيس المصري عبدالفتاح السيسي "
            "الوزير الأمريكي في قصر الاتحادية.")
    [m] = meetings(nlp, text)
    assert roles(m) == {"عبدالفتاح السيسي": Role.host, "أنتوني بلينكن": Role.visitor}


def test_a_name_after_a_rank_ends_before_the_subject_discussed(nlp: NLP) -> None:
    text = ("بحث وزير الدفاع السعودي الأمير خالد بن سلمان مع قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا "
            "التعاون العسكري بين البلدين.")
    [m] = meetings(nlp, text)
    assert names(m) == ["خالد بن سلمان", "مايكل كوريلا"]


def test_a_bodys_own_name_after_its_head_and_a_delegation_are_no_person(nlp: NLP) -> None:
    text = "التقى رئيس حركة حماس في غزة يحيى السنوار وفدا أمنيا مصريا برئاسة اللواء أحمد عبد الخالق."
    [m] = meetings(nlp, text)
    assert names(m) == ["يحيى السنوار", "أحمد عبد الخالق"]
    assert m.participants[0].title == "رئيس حركة حماس في غزة"


@pytest.mark.parametrize("text", [
    "اتفق الرئيس الإماراتي الشيخ محمد بن زايد آل نهيان ورئيس الوزراء الهندي ناريندرا مودي خلال لقائهما في أبوظبي "
    "على إطلاق ممر اقتصادي جديد.",
    "أكد وزير الخارجية الصيني وانغ يي لنظيره الأمريكي أنتوني بلينكن أن بلاده ملتزمة بالحوار، بعد لقائهما على هامش "
    "قمة آسيان في فيينتيان.",
])
def test_their_meeting_told_by_a_noun_with_a_dual_pronoun(nlp: NLP, text: str) -> None:
    [m] = meetings(nlp, text)
    assert len(m.participants) == 2 and all(p.kind == Kind.person for p in m.participants)


def test_a_venue_ends_before_the_delegation_received(nlp: NLP) -> None:
    text = ("استقبل رئيس الجمهورية اللبنانية العماد جوزاف عون في قصر بعبدا وفدا من صندوق النقد الدولي "
            "برئاسة إرنستو راميريز ريغو.")
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "قصر بعبدا"


def test_a_well_known_body_the_tagger_misses_is_a_party(nlp: NLP) -> None:
    text = ("اجتمع محافظ البنك المركزي المصري حسن عبد الله مع بعثة صندوق النقد الدولي في القاهرة لمناقشة "
            "المراجعة الرابعة للبرنامج.")
    [m] = meetings(nlp, text)
    assert [(p.name, p.kind) for p in m.participants] == [
        ("حسن عبد الله", Kind.person), ("صندوق النقد الدولي", Kind.organization)]


def test_officials_after_a_plural_honorific_are_a_group(nlp: NLP) -> None:
    text = ("استقبل أمير دولة قطر الشيخ تميم بن حمد آل ثاني اليوم أصحاب السمو والمعالي وزراء خارجية دول مجلس "
            "التعاون لدول الخليج العربية الذين يزورون قطر.")
    [m] = meetings(nlp, text)
    assert [(p.kind, p.role) for p in m.participants] == [(Kind.person, Role.host), (Kind.group, Role.visitor)]
    assert m.participants[1].name.startswith("وزراء خارجية دول مجلس التعاون")


def test_an_office_of_another_state_before_a_titled_name_is_another_party(nlp: NLP) -> None:
    text = ("وصل وزير الخارجية الأمريكي إلى الرياض أمس في زيارة رسمية. والتقى الوزير الأمريكي ولي العهد السعودي "
            "الأمير محمد بن سلمان في قصر اليمامة.")
    [m] = meetings(nlp, text)
    by_country = {p.country: p for p in m.participants}
    assert by_country["SA"].name == "محمد بن سلمان" and by_country["SA"].title == "ولي العهد السعودي"
    assert "US" in by_country


def test_a_bodys_office_and_a_states_office_joined_by_and_are_two_persons(nlp: NLP) -> None:
    text = "استقبل الرئيس المصري عبدالفتاح السيسي أمس الأمين العام للجامعة العربية ورئيس الأركان المصري الفريق أول أحمد خليفة."
    [m] = meetings(nlp, text)
    guest = party(m, "أحمد خليفة")
    assert guest.title == "رئيس الأركان المصري" and guest.country == "EG"


def test_a_title_ending_where_they_met_between_a_name_and_an_honorific_is_the_first_names(nlp: NLP) -> None:
    text = ("التقى سمو الشيخ عبدالله بن زايد آل نهيان وزير الخارجية في أبوظبي معالي جان نويل بارو وزير أوروبا "
            "والشؤون الخارجية في الجمهورية الفرنسية.")
    [m] = meetings(nlp, text)
    titles = {p.name: p.title for p in m.participants}
    assert set(titles) == {"عبدالله بن زايد آل نهيان", "جان نويل بارو"}  # أوروبا is no one
    assert titles["عبدالله بن زايد آل نهيان"] == "وزير الخارجية"
    assert "أبوظبي" not in (titles["جان نويل بارو"] or "")


def test_a_title_that_ends_in_a_states_formal_name_is_of_that_state(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية المصري بدر عبد العاطي في القاهرة اليوم معالي جان نويل بارو وزير أوروبا والشؤون "
            "الخارجية في الجمهورية الفرنسية.")
    [m] = meetings(nlp, text)
    guest = party(m, "جان نويل بارو")
    assert guest.title == "وزير أوروبا والشؤون الخارجية في الجمهورية الفرنسية" and guest.country == "FR"


def test_a_state_named_by_its_formal_name_too_is_one_party(nlp: NLP) -> None:
    text = ("عقدت في الجزائر اليوم الدورة الثالثة للجنة المشتركة بين الجزائر والمملكة العربية السعودية، ووقع "
            "الجانبان في ختامها اتفاقيات بين الجمهورية الجزائرية الديمقراطية الشعبية والمملكة العربية السعودية.")
    for m in meetings(nlp, text):
        codes = [p.country for p in m.participants if p.kind == Kind.country]
        assert len(codes) == len(set(codes))


def test_an_office_received_after_the_day_or_the_city_is_the_guest(nlp: NLP) -> None:
    # the guest named by office alone, after «اليوم» or «في مسقط»: a party, its title ending before «وبحثا»
    for text in ("استقبل أمير الكويت الشيخ صباح الأحمد اليوم وزير الخارجية الفنزويلي.",
                 "استقبل السلطان قابوس بن سعيد في مسقط وزير الخارجية الفنزويلي وبحثا العلاقات بين عمان وفنزويلا."):
        [m] = meetings(nlp, text)
        guest = next(p for p in m.participants if p.role == Role.visitor)
        assert guest.title == "وزير الخارجية الفنزويلي" and guest.country == "VE"
        assert len(m.participants) == 2


def test_a_dual_verb_after_the_guest_ends_his_name(nlp: NLP) -> None:
    text = "استقبل الرئيس ميشال عون اليوم وزير الخارجية البرازيلي ماورو فييرا وناقشا الأوضاع في المنطقة."
    [m] = meetings(nlp, text)
    assert names(m) == ["ميشال عون", "ماورو فييرا"]


def test_a_guest_s_first_office_before_a_comma_is_his_not_another_party(nlp: NLP) -> None:
    text = ("استقبل وزير الداخلية الكويتي خالد الصالح أمس وزير العدل اليمني السابق، "
            "رئيس جمعية الإصلاح الخيرية الشيخ مرشد الحمادي.")
    [m] = meetings(nlp, text)
    assert names(m) == ["خالد الصالح", "مرشد الحمادي"]  # مرشد: a title word, and a given name after an honorific


def test_an_office_told_again_is_the_same_meeting_and_adds_its_subject(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الأمريكي أنتوني بلينكن اليوم في جنيف نظيره الروسي سيرغي لافروف. "
            "وقال دبلوماسي أمريكي إن بلينكن سيلتقي مساء اليوم وزير الخارجية الروسي لبحث الملف النووي الإيراني.")
    [m] = meetings(nlp, text)
    assert names(m) == ["أنتوني بلينكن", "سيرغي لافروف"]
    assert [(t.key.value, t.country) for t in m.topics] == [("nuclear", "IR")]


def test_an_office_received_is_named_by_a_later_report_of_the_meeting(nlp: NLP) -> None:
    text = ("استقبل ولي العهد السعودي الأمير محمد بن سلمان في الرياض اليوم الرئيس الفرنسي. "
            "وأوضح وزير الخارجية أن الاجتماع الذي عقد بين الرئيس الفرنسي إيمانويل ماكرون وولي العهد "
            "الأمير محمد بن سلمان بحث التعاون الاقتصادي.")
    [m] = meetings(nlp, text)
    assert roles(m) == {"محمد بن سلمان": Role.host, "إيمانويل ماكرون": Role.visitor}
    assert {t.key.value for t in m.topics} == {"economy_trade"}


def test_a_call_told_after_kama_is_another_call_with_its_own_words(nlp: NLP) -> None:
    text = ("تلقى الرئيس التونسي قيس سعيد اتصالا هاتفيا أمس من الرئيس الجزائري عبد المجيد تبون، "
            "وأعرب الرئيس التونسي عن شكره للرئيس عبد المجيد تبون، "
            "كما تلقى الرئيس قيس سعيد اتصالا هاتفيا من رئيس المجلس الرئاسي الليبي محمد المنفي.")
    first, second = meetings(nlp, text)
    assert names(first) == ["قيس سعيد", "عبد المجيد تبون"] and len(first.outcomes) == 1
    assert names(second) == ["قيس سعيد", "محمد المنفي"] and second.outcomes == []


def test_a_name_after_an_honorific_ends_before_a_noun_its_demonym_describes(nlp: NLP) -> None:
    # «مايكل كوريلا الحكومة العراقية»: the name is two words, so the surname told later finds its title
    text = ("اتهم قائد القيادة المركزية الأمريكية الجنرال مايكل كوريلا الحكومة العراقية بالتقصير. "
            "وجاء اتهام الجنرال كوريلا خلال اجتماعه في بغداد أمس برئيس الوزراء محمد شياع السوداني.")
    [m] = meetings(nlp, text)
    kurilla = m.participants[0]
    assert (kurilla.name, kurilla.title, kurilla.country) == ("كوريلا", "قائد القيادة المركزية الأمريكية", "US")


def test_an_envoy_to_a_state_is_not_of_it_and_visits_the_city_after_his_name(nlp: NLP) -> None:
    for text, city in (("زار المبعوث الخاص إلى اليمن هانس غروندبرغ الرياض اليوم حيث التقى وزير الخارجية السعودي "
                        "فيصل بن فرحان.", "الرياض"),
                       ("زار مبعوث الأمم المتحدة الخاص إلى سوريا ستيفان دي ميستورا بكين أمس حيث التقى نائب وزير "
                        "الخارجية الصيني دنغ لي.", "بكين")):
        [m] = meetings(nlp, text)
        assert m.participants[0].country is None
        assert m.location is not None and m.location.name == city


def test_an_eid_greeting_on_a_visit_is_no_meeting(nlp: NLP) -> None:
    text = "وعايد المحافظ عايد الجبيلي منسوبي شعبة السجن، وزار شرطة المركز حيث عايد مديره الرائد عبدالله القرادي وأفراده."
    assert meetings(nlp, text) == []


def test_a_nunated_word_ends_a_name(nlp: NLP) -> None:
    text = "وناقش وزير الصحة السعودي فهد الجلاجل مع لجنة طبية برئاسة سالم عيضة الحارثي عدداً من القضايا الصحية."
    [m] = meetings(nlp, text)
    assert names(m) == ["فهد الجلاجل", "سالم عيضة الحارثي"]


def test_a_title_after_a_cable_sent_to_him_is_his_alone_with_its_article(nlp: NLP) -> None:
    text = ("بعث الرئيس التونسي قيس سعيد برقية للرئيس الفرنسي إيمانويل ماكرون. "
            "واستقبل الرئيس قيس سعيد اليوم في قرطاج ماكرون.")
    [m] = meetings(nlp, text)
    guest = m.participants[1]
    assert (guest.name, guest.title, guest.country) == ("ماكرون", "الرئيس الفرنسي", "FR")


def test_a_party_the_tagger_leaves_out_or_cuts_short_is_named_in_full(nlp: NLP) -> None:
    for text, party, country in (
            ("عقد الرئيس الفرنسي السابق نيكولا ساركوزي اليوم اجتماعا مع حزب نداء تونس.", "حزب نداء تونس", "TN"),
            ("التقى وزير الخارجية الإيراني عباس عراقجي اليوم مع حزب العدالة والتنمية التركي.",
             "حزب العدالة والتنمية التركي", "TR")):
        [m] = meetings(nlp, text)
        body = m.participants[1]
        assert (body.name, body.kind, body.country) == (party, Kind.organization, country)
        assert not any(p.kind == Kind.country for p in m.participants)  # not تونس, a state inside its name


def test_a_signed_document_ends_the_signer_s_title(nlp: NLP) -> None:
    [m] = meetings(nlp, "وقع وزير الطاقة السعودي اتفاقية مع شركة هيونداي الكورية.")
    assert [(p.name, p.country) for p in m.participants] == [("وزير الطاقة السعودي", "SA"), ("شركة هيونداي الكورية", "KR")]


def test_an_honorific_no_name_follows_is_the_family_name(nlp: NLP) -> None:
    [m] = meetings(nlp, "استقبل وزير الصحة فهد الجلاجل اليوم الدكتور عبدالمنعم الشيخ، وبحث معه أوضاع المستشفى.")
    assert names(m) == ["فهد الجلاجل", "عبدالمنعم الشيخ"]
    assert m.participants[1].title is None


def test_the_source_a_report_is_told_by_is_no_party_and_declares_nothing(nlp: NLP) -> None:
    text = ("يلتقي الرئيس الأمريكي جو بايدن الأسبوع المقبل في البيت الأبيض رئيس الوزراء الياباني فوميو كيشيدا، "
            "لبحث التعاون الأمني، وفق ما أعلن المتحدث باسم مجلس الأمن القومي جون كيربي.")
    [m] = meetings(nlp, text)
    assert names(m) == ["جو بايدن", "فوميو كيشيدا"]
    assert m.outcomes == []


def test_a_host_told_by_surname_whose_title_came_before_receives_a_second_guest(nlp: NLP) -> None:
    text = ("استقبل رئيس مجلس النواب نبيه بري في عين التينة السفير الفرنسي هيرفيه ماغرو، وعرض معه الأوضاع العامة. "
            "ثم استقبل بري وفدا من نقابة المحامين برئاسة النقيب فادي الحلبي.")
    first, second = meetings(nlp, text)
    assert roles(first) == {"نبيه بري": Role.host, "هيرفيه ماغرو": Role.visitor}
    assert roles(second) == {"بري": Role.host, "فادي الحلبي": Role.visitor}
    assert second.participants[0].title == "رئيس مجلس النواب"


def test_a_house_named_as_the_venue_is_the_place(nlp: NLP) -> None:
    text = ("استقبل رئيس الوزراء الأردني بشر الخصاونة في دار رئاسة الوزراء اليوم وزير الخارجية الإيطالي "
            "أنطونيو تاياني.")
    [m] = meetings(nlp, text)
    assert m.location is not None and m.location.name == "دار رئاسة الوزراء"


def test_an_ambassador_to_the_country_is_named_after_a_ba_the_tokenizer_cut_off(nlp: NLP) -> None:
    text = ("استقبل سمو ولي العهد الشيخ صباح خالد الحمد الصباح في قصر بيان اليوم سفير جمهورية الصين الشعبية "
            "لدى البلاد تشانغ جيانوي. كما استقبل سموه سفيرة المملكة المتحدة لدى البلاد بليندا لويس.")
    _, second = meetings(nlp, text)
    guest = second.participants[1]
    assert (guest.name, guest.kind, guest.country) == ("بليندا لويس", Kind.person, "GB")


def test_acting_belongs_to_the_title_not_the_name(nlp: NLP) -> None:
    [m] = meetings(nlp, "التقى رئيس المجلس الرئاسي محمد المنفي اليوم في طرابلس المبعوثة الأممية بالإنابة ستيفاني خوري.")
    envoy = m.participants[1]
    assert (envoy.name, envoy.title) == ("ستيفاني خوري", "المبعوثة الأممية بالإنابة")


def test_an_agreement_told_in_the_passive_with_its_conjunction(nlp: NLP) -> None:
    text = ("استقبل الرئيس عبد الفتاح السيسي اليوم رئيس وزراء إسبانيا بيدرو سانشيز. "
            "وتم الاتفاق على رفع مستوى العلاقات إلى شراكة استراتيجية.")
    [m] = meetings(nlp, text)
    assert [o.type.value for o in m.outcomes] == ["agreement"]


def test_by_phone_ends_the_caller_s_title(nlp: NLP) -> None:
    text = ("أبوظبي - وام\nبحث صاحب السمو الشيخ محمد بن زايد آل نهيان رئيس الدولة هاتفيا مع فخامة الرئيس فلاديمير بوتين "
            "رئيس روسيا الاتحادية، العلاقات الاستراتيجية بين البلدين.")
    [m] = meetings(nlp, text)
    assert m.mode == Mode.phone
    assert [(p.title, p.country) for p in m.participants] == [("رئيس الدولة", "AE"), ("رئيس روسيا الاتحادية", "RU")]


def test_the_body_whose_event_frames_the_talks_is_no_party(nlp: NLP) -> None:
    text = ("عقد وزراء خارجية دول مجلس التعاون الخليجي اجتماعا مع وزير الخارجية الأمريكي أنتوني بلينكن "
            "على هامش أعمال الجمعية العامة للأمم المتحدة.")
    [m] = meetings(nlp, text)
    assert "الأمم المتحدة" not in " ".join(names(m)) and "لأمم المتحدة" not in names(m)
    assert "أنتوني بلينكن" in names(m)


def test_the_host_s_office_before_an_ambassador_is_not_the_ambassador_s(nlp: NLP) -> None:
    text = ("استقبل الأمير خالد الفيصل أمير منطقة مكة المكرمة في جدة أمس القنصل العام الفرنسي. "
            "كما استقبل أمير منطقة مكة المكرمة سفير جمهورية البيرو لدى المملكة كارلوس فيغا الذي ودعه بمناسبة انتهاء عمله.")
    guest = next(p for m in meetings(nlp, text) for p in m.participants if p.name == "كارلوس فيغا")
    assert guest.title == "سفير جمهورية البيرو لدى المملكة" and guest.country == "PE"


def test_a_financial_adviser_called_by_name_is_no_malian(nlp: NLP) -> None:
    text = ("التقى وزير الخارجية الأردني أيمن الصفدي في عمّان أمس مستشار مالي ألماني يدعى كارل شميت، "
            "وبحث معه تقديم دعم مالي إضافي.")
    [m] = meetings(nlp, text)
    guest = party(m, "كارل شميت")
    assert guest.title == "مستشار مالي ألماني" and guest.country == "DE"


def test_the_state_left_is_no_part_of_the_visitor_s_title(nlp: NLP) -> None:
    text = ("غادر الأمير فيصل بن فرحان بن عبدالله وزير الخارجية جمهورية مصر العربية بعد زيارة عمل التقى خلالها "
            "بفخامة الرئيس المصري عبدالفتاح السيسي وعدد من المسؤولين.")
    [m] = meetings(nlp, text)
    guest = party(m, "فيصل بن فرحان بن عبدالله")
    assert guest.title == "وزير الخارجية" and guest.country != "EG"


def test_an_office_in_the_accusative_is_no_part_of_the_name(nlp: NLP) -> None:
    text = "التقى المبعوث الأممي هانس غروندبرغ في مسقط أمس محمد عبد السلام زعيما لوفد الحوثيين المفاوض."
    [m] = meetings(nlp, text)
    assert "محمد عبد السلام" in names(m)


def test_a_martyr_s_body_received_is_no_meeting(nlp: NLP) -> None:
    assert meetings(nlp, "استقبل محافظ القطيف محمد العلي أمس في مطار الدمام جثمان الشهيد الرقيب سعد الغامدي.") == []


def test_two_short_names_side_by_side_are_host_and_guest(nlp: NLP) -> None:
    text = ("أجرى الرئيس الروسي فلاديمير بوتين أمس محادثات مع نظيره التركي رجب طيب أردوغان في سوتشي. "
            "واستقبل بوتين أردوغان في مقر إقامته على البحر الأسود.")
    found = meetings(nlp, text)
    assert {n for m in found for n in names(m)} == {"فلاديمير بوتين", "رجب طيب أردوغان"}


def test_a_definite_office_after_and_opens_the_second_person_s_title(nlp: NLP) -> None:
    text = ("وأجريت في باريس أمس مباحثات بين الشيخ محمد بن عبدالرحمن آل ثاني رئيس مجلس الوزراء وزير الخارجية "
            "والرئيس الفرنسي إيمانويل ماكرون تناولت العلاقات الثنائية.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert by_name["إيمانويل ماكرون"].title == "الرئيس الفرنسي" and by_name["إيمانويل ماكرون"].country == "FR"


def test_an_institution_s_own_name_inside_a_title_is_no_person(nlp: NLP) -> None:
    text = "التقى وزير النقل الأردني وسام التهتموني في الإسماعيلية أمس رئيس هيئة قناة السويس الفريق أسامة ربيع."
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert set(by_name) == {"وسام التهتموني", "أسامة ربيع"}
    assert by_name["أسامة ربيع"].title == "رئيس هيئة قناة السويس"


def test_where_they_met_parts_the_host_s_title_from_the_guest_s(nlp: NLP) -> None:
    text = ("استقبل السفير خالد الزهراني سفير خادم الحرمين الشريفين في كانبرا بمقر السفارة أستاذ الطب بجامعة سيدني "
            "الدكتور أحمد العتيبي.")
    [m] = meetings(nlp, text)
    by_name = {p.name: p for p in m.participants}
    assert set(by_name) == {"خالد الزهراني", "أحمد العتيبي"}
    assert by_name["خالد الزهراني"].title == "سفير خادم الحرمين الشريفين"
    assert by_name["أحمد العتيبي"].title == "أستاذ الطب بجامعة سيدني"


def test_the_persons_he_met_left_unnamed_are_no_meeting(nlp: NLP) -> None:
    text = ("وأوضح المصدر أن الموقوف سلمان العلي دخل الكويت أكثر من عشر مرات، حيث يجري التحقيق معه حول "
            "الأشخاص الذين التقى بهم هناك.")
    assert meetings(nlp, text) == []


def test_students_received_are_no_meeting(nlp: NLP) -> None:
    text = "استقبل وزير التربية والتعليم الأردني عزمي محافظة أمس في مكتبه طلبة جامعة اليرموك الفائزين بالمسابقة الوطنية."
    assert meetings(nlp, text) == []


def test_persian_letters_typed_in_arabic_are_read_as_arabic(nlp: NLP) -> None:
    text = ("وعقد الوزير عراقجي اجتماعا موسعا مع نظيره العماني بدر البوسعيدي. وقال المتحدث باسم الخارجية "
            "العراقية إن زيارة وزير الخارجية الايرانی عباس عراقجي الی بغداد ستبحث العلاقات.")
    [m] = meetings(nlp, text)
    assert {p.name: p.country for p in m.participants}.get("عراقجي") == "IR"


def test_an_ordinal_after_a_family_named_by_it_is_no_person(nlp: NLP) -> None:
    text = ("استقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة أمس وزير الخارجية الروسي سيرغي لافروف. "
            "وسيعقد وزير الخارجية الروسي سيرغي لافروف اجتماعا ثلاثيا مع نظيريه الأميركي أنتوني بلينكن "
            "والتركي هاكان فيدان "
            "خلال زيارته لقطر يومي الثاني والثالث من أغسطس.")
    found = meetings(nlp, text)
    assert any({"أنتوني بلينكن", "هاكان فيدان"} <= set(names(m)) for m in found)
    assert not any("الثاني" in n for m in found for n in names(m))


def test_a_position_quoted_after_an_is_told_in_full(nlp: NLP) -> None:
    text = ("استقبل الرئيس التونسي قيس سعيد في قرطاج أمس وزير الخارجية الجزائري أحمد عطاف، "
            "وأكد الرئيس خلال اللقاء أن «أمن الجزائر من أمن تونس».")
    [m] = meetings(nlp, text)
    assert any("أمن الجزائر من أمن تونس" in o.evidence.text for o in m.outcomes)


def test_the_group_they_work_against_is_no_party(nlp: NLP) -> None:
    text = ("وتأتي جولة تينوبو بعد أن زار واشنطن والتقى الرئيس الأميركي جو بايدن، حيث أكد الطرفان على تعاونهما "
            "في تصعيد المعركة ضد «بوكو حرام» خلال المرحلة المقبلة.")
    assert not any("بوكو" in n for m in meetings(nlp, text) for n in names(m))


def test_a_title_word_the_tagger_ends_a_name_with_is_the_family_name(nlp: NLP) -> None:
    text = "استقبل وزير الخارجية المصري بدر عبد العاطي في القاهرة أمس الناشط الحقوقي أحمد سلطان."
    [m] = meetings(nlp, text)
    assert "أحمد سلطان" in names(m)


def test_a_paper_told_in_quotes_after_li_is_no_party(nlp: NLP) -> None:
    text = ("فقد اجتمع رئيس الوزراء اليمني سالم بن بريك مع الوزراء الموجودين هناك، فيما أعلن مسؤول يمني "
            "لـ«الشرق الأوسط»، أن انتقال الحكومة سيكتمل منتصف الشهر.")
    assert not any("الشرق الأوسط" in n for m in meetings(nlp, text) for n in names(m))
