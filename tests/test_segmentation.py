"""The tokenizer repairs: which clitic splits are undone, from news word counts and the title lexicon."""

from tests.conftest import models_dir
from workers.analysis import analyse
from workers.arabic import norm
from workers.nlp import get_pipeline
from workers.segmentation import repair, split_future, split_mark, split_proclitic

# counts shaped like news: the rest of و|زير is no word; لي ("to me") is one, as is ولي
FREQ = {"وزير": 6000, "زير": 2, "ولي": 3900, "لي": 1500, "قال": 5800, "وقال": 12000,
        # given names are counted before «بن»: فيصل is one, ومحمد is و + a name
        "فيصل": 2100, "يصل": 1100, "فيصل بن": 1100, "محمد": 30000, "ومحمد": 900, "محمد بن": 3400, "ومحمد بن": 50,
        # سعيد and عيد are both names; news writes سعيد before «بن» nine times as often
        "سعيد": 1100, "عيد": 2400, "سعيد بن": 160, "عيد بن": 18}


def spans(text: str, pieces: list[str]) -> list[tuple[str, int, int]]:
    """(piece, start, end) for pieces written in order in `text`."""
    out, at = [], 0
    for piece in pieces:
        start = text.index(piece, at)
        out.append((piece, start, start + len(piece)))
        at = start + len(piece)
    return out


def words(text: str, pieces: list[str]) -> list[str]:
    return [t for t, _, _ in repair(text, spans(text, pieces), FREQ)]


def test_split_undone_when_the_rest_is_no_word() -> None:
    assert words("وزير الخارجية", ["و", "زير", "الخارجية"]) == ["وزير", "الخارجية"]


def test_a_name_read_as_ila_with_a_pronoun_is_kept_whole() -> None:
    # إلى with «نا» is written إلينا; ألينا (Alina) is a name
    assert words("السفيرة ألينا رومانوسكي", ["السفيرة", "ألي", "نا", "رومانوسكي"]) == ["السفيرة", "ألينا", "رومانوسكي"]
    assert words("قدموا إلينا", ["قدموا", "إلي", "نا"]) == ["قدموا", "إلي", "نا"]


def test_title_word_before_a_definite_noun_is_kept_whole() -> None:
    assert words("استقبل ولي العهد الوزير", ["استقبل", "و", "لي", "العهد", "الوزير"]) == ["استقبل", "ولي", "العهد", "الوزير"]


def test_title_word_before_another_title_is_kept_whole() -> None:
    assert words("ولي ولي العهد", ["و", "لي", "و", "لي", "العهد"]) == ["ولي", "ولي", "العهد"]


def test_title_word_before_its_genitive_without_the_article_is_kept_whole() -> None:
    assert words("ولي عهد أبوظبي", ["و", "لي", "عهد", "أبوظبي"]) == ["ولي", "عهد", "أبوظبي"]


def test_given_name_is_kept_whole() -> None:
    assert words("الأمير فيصل بن فرحان", ["الأمير", "ف", "يصل", "بن", "فرحان"]) == ["الأمير", "فيصل", "بن", "فرحان"]
    assert words("ومحمد بن زايد", ["و", "محمد", "بن", "زايد"]) == ["و", "محمد", "بن", "زايد"]


def test_a_given_name_before_bin_is_kept_whole_where_news_writes_it_there_more_often_than_its_rest() -> None:
    assert words("الباحة سعيد بن محمد", ["الباحة", "س", "عيد", "بن", "محمد"]) == ["الباحة", "سعيد", "بن", "محمد"]
    assert words("الباحة سعيد المحمد", ["الباحة", "س", "عيد", "المحمد"]) == ["الباحة", "س", "عيد", "المحمد"]


def test_conjunction_kept_where_the_rest_is_a_word() -> None:
    assert words("ولي رأي آخر", ["و", "لي", "رأي", "آخر"]) == ["و", "لي", "رأي", "آخر"]
    assert words("وقال الوزير", ["و", "قال", "الوزير"]) == ["و", "قال", "الوزير"]


# a foreign name rare in news, yet far commoner than its rest; and a rare verb whose rest is commoner
NAME_FREQ = {"لامبرت": 12, "يلتقيان": 25, "سيلتقيان": 8,
             # words news writes mostly after و or ب, whose rest is rarer: still two tokens
             "والمروج": 14, "وتبادلا": 11, "بالتدرج": 9}


def test_rare_name_kept_whole_where_its_rest_is_rarer_still() -> None:
    pieces = ["قال", "ل", "امبرت"]
    assert [t for t, _, _ in repair("قال لامبرت", spans("قال لامبرت", pieces), NAME_FREQ)] == ["قال", "لامبرت"]
    pieces = ["س", "يلتقيان"]
    assert [t for t, _, _ in repair("سيلتقيان", spans("سيلتقيان", pieces), NAME_FREQ)] == ["س", "يلتقيان"]
    for word in ("والمروج", "وتبادلا", "بالتدرج"):  # the conjunction, or a preposition before the article
        pieces = [word[0], word[1:]]
        assert [t for t, _, _ in repair(word, spans(word, pieces), NAME_FREQ)] == pieces


def test_pronoun_suffix_stays_split() -> None:
    assert words("وصوله", ["وصول", "ه"]) == ["وصول", "ه"]


def test_a_prefix_cut_off_a_noun_with_a_pronoun_is_joined_back_where_news_writes_the_whole() -> None:
    # لقائهما: news writes it, never قائهما; بمساعدتهما: news writes مساعدتهما far more often
    freq = {"لقائهما": 9, "لقائه": 145, "مساعدتهما": 40, "بمساعدتهما": 5}
    for text in ("لقائهما", "لقائه"):
        pieces = [t for t, _, _ in repair(text, spans(text, ["ل", "قائ", text[4:]]), freq)]
        assert pieces == ["لقائ", text[4:]]
    assert [t for t, _, _ in repair("بمساعدتهما", spans("بمساعدتهما", ["ب", "مساعدت", "هما"]), freq)] \
        == ["ب", "مساعدت", "هما"]


# counts shaped like news: يزور is a word far more common than سيزور; سيدة's rest is no word
FUTURE_FREQ = {"يزور": 900, "سيزور": 200, "سيدة": 196, "يدة": 3, "سياسة": 675, "تعقد": 700, "ستعقد": 300,
               "سألت": 104, "ألت": 186}


def test_future_prefix_split_from_a_verb_whose_rest_is_a_word() -> None:
    text = "سيزور الوزير القاهرة وستعقد القمة"
    toks = spans(text, ["سيزور", "الوزير", "القاهرة", "و", "ستعقد", "القمة"])
    got = [piece for tok in toks for piece in split_future(tok, FUTURE_FREQ)]
    assert [t for t, _, _ in got] == ["س", "يزور", "الوزير", "القاهرة", "و", "س", "تعقد", "القمة"]
    assert all(text[a:b] == t for t, a, b in got)  # offsets still point into the text


def test_words_that_begin_with_sin_stay_whole() -> None:
    for word in ("سيدة", "سياسة", "سألت", "سيف"):
        assert split_future((word, 0, len(word)), FUTURE_FREQ) == [(word, 0, len(word))]


# counts shaped like news, keyed as the frequency list is (normalised: ة → ه): تهمة and رشوة are
# nouns news writes with the article; بعيد is a word that takes it itself; وافق is far more common
# than افق; مال is a noun too, but كمال is a given name
PROCLITIC_FREQ = {norm(w): c for w, c in {
    "تهمة": 150, "التهمة": 40, "بتهمة": 210, "رشوة": 120, "الرشوة": 90, "ورشوة": 10,
    "بعيد": 1500, "عيد": 900, "العيد": 5000, "البعيد": 400, "وافق": 400, "افق": 50, "الافق": 120,
    "كمال": 150, "مال": 130, "المال": 1000}.items()}


def test_proclitic_split_from_a_noun_news_writes_with_the_article() -> None:
    text = "أوقف بتهمة الرشوة ورشوة موظف"
    toks = spans(text, ["أوقف", "بتهمة", "الرشوة", "ورشوة", "موظف"])
    got = [piece for tok in toks for piece in split_proclitic(tok, PROCLITIC_FREQ)]
    assert [t for t, _, _ in got] == ["أوقف", "ب", "تهمة", "الرشوة", "و", "رشوة", "موظف"]
    assert all(text[a:b] == t for t, a, b in got)


def test_words_that_take_the_article_themselves_or_outnumber_their_rest_stay_whole() -> None:
    for word in ("بعيد", "وافق", "بالتهمة", "وزير", "كمال"):  # ك is left alone: it would cut names (كمال, كوفي)
        assert split_proclitic((word, 0, len(word)), PROCLITIC_FREQ) == [(word, 0, len(word))]


def test_the_pack_splits_a_preposition_the_tokenizer_leaves_on_a_noun() -> None:
    nlp = get_pipeline(models_dir())
    words = [w.text for w in analyse(nlp, "أوقفت الشرطة رجلا بتهمة التجسس، ووافق القاضي على حبسه.").words]
    assert words[3:5] == ["ب", "تهمة"]
    assert words[7:9] == ["و", "وافق"]  # the verb is not cut into و + افق


def test_the_pack_keeps_foreign_names_and_countries_whole() -> None:
    nlp = get_pipeline(models_dir())
    text = "استقبل سيلفيو برلسكوني في روما وزير خارجية بلغاريا."
    words = [w.text for w in analyse(nlp, text).words]
    assert words[1:3] == ["سيلفيو", "برلسكوني"]  # not س + يلفيو, ب + رلسكوني
    assert "بلغاريا" in words  # not ب + لغاريا


def test_an_arabic_semicolon_or_question_mark_left_on_a_word_is_its_own_token() -> None:
    assert split_mark(("راس؛", 10, 14)) == [("راس", 10, 13), ("؛", 13, 14)]
    assert split_mark(("لماذا؟", 0, 6)) == [("لماذا", 0, 5), ("؟", 5, 6)]
    assert split_mark(("؛", 3, 4)) == [("؛", 3, 4)]
    nlp = get_pipeline(models_dir())
    text = "قررت اللجنة زيارة الدكتور هاني أبو راس؛ لمناقشة التصاريح."
    assert [w.text for w in analyse(nlp, text).words if "راس" in w.text] == ["راس"]


def test_quotation_marks_left_on_a_word_are_tokens_of_their_own() -> None:
    assert split_mark(("«باركليز»", 5, 14)) == [("«", 5, 6), ("باركليز", 6, 13), ("»", 13, 14)]
    assert split_mark(("نرحب»؛", 0, 6)) == [("نرحب", 0, 4), ("»", 4, 5), ("؛", 5, 6)]
    assert split_mark(("«", 3, 4)) == [("«", 3, 4)]
    nlp = get_pipeline(models_dir())
    text = "وقال المخرج ديفيد لين إن فيلمه «دكتور زيفاغو» عرض في لندن."
    assert "زيفاغو" in [w.text for w in analyse(nlp, text).words]
