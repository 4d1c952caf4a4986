"""Generated lemmas are respelled the way the treebank spells them, looked-up ones stay, and the
pack's lemmatizers vote."""

from __future__ import annotations

from pathlib import Path

import stanza

from tests.conftest import models_dir
from workers.analysis import analyse
from workers.lemmas import LemmaSpellings, letters, vote
from workers.nlp import get_pipeline

TEXT = ("وناقش الوزيران سبل تطوير المشروعات المشتركة في مجالات الطاقة المتجددة والزراعة والاستثمارات الصناعية. "
        "استقبل العاهل المغربي في الرباط المبعوث الأممي وتباحثا في مستجدات الملف الليبي وتداعياته الإقليمية.")


def word(i: int, text: str, upos: str, lemma: str) -> dict:
    return {"id": i, "text": text, "upos": upos, "lemma": lemma}


def test_spellings_keep_the_most_frequent_one_per_letters_and_pos(tmp_path: Path) -> None:
    spellings = LemmaSpellings.count([("كَلِمَة", "NOUN"), ("كَلمَة", "NOUN"), ("كَلِمَة", "NOUN"), ("كان", "AUX"),
                                      ("كَان", "VERB"), ("كان", "VERB"), ("كَان", "VERB")])
    assert spellings.best == {("كلمة", "NOUN"): "كَلِمَة", ("كان", "AUX"): "كان", ("كان", "VERB"): "كَان"}
    spellings.write(tmp_path / "lemmas.tsv")
    assert LemmaSpellings.read(tmp_path / "lemmas.tsv") == spellings


def test_the_lemma_most_lemmatizers_give_wins_and_the_main_one_keeps_a_tie() -> None:
    ballots = [["كِتاب", "مَكتَب", "قَلَم", "دَرس"],  # the main lemmatizer
               ["كِتاب", "مَكتَبَة", "قَلَم", "دَرَس"],
               ["كَتَب", "مَكتَبَة", "قَلَم", "دِرَاسَة"]]
    assert vote(ballots) == ["كِتاب", "مَكتَبَة", "قَلَم", "دَرس"]
    assert vote(ballots[:1]) == ballots[0]


def test_only_a_lemma_the_dictionary_did_not_give_is_respelled() -> None:
    lemmatizer = get_pipeline(models_dir()).tagger.processors["lemma"].trainer
    # «قال» is in the lemmatizer's dictionary; the made-up «كليماتنا» is not
    assert lemmatizer.skip_seq2seq([("قال", "VERB"), ("كليماتنا", "NOUN")]) == [True, False]
    doc = stanza.Document([[word(1, "قال", "VERB", "قَال"), word(2, "كليماتنا", "NOUN", "كَلمَة")]])
    spellings = LemmaSpellings.count([("قال", "VERB"), ("كَلِمَة", "NOUN")])
    assert spellings.respell([doc], lemmatizer) == 1
    assert [w.lemma for w in doc.sentences[0].words] == ["قَال", "كَلِمَة"]


def test_the_pack_gives_the_vote_of_its_lemmatizers_each_respelled() -> None:
    nlp = get_pipeline(models_dir())
    assert nlp.lemmas is not None and len(nlp.lemmas.best) > 1000
    assert len(nlp.voters) == 4
    analysed = analyse(nlp, TEXT)  # the service's path
    raw, respelled = [], []
    for pipeline in (nlp.tagger, *nlp.voters):  # each lemmatizer alone on the same words and POS
        doc = stanza.Document([[{"id": i + 1, "text": w.text, "upos": w.upos} for i, w in enumerate(analysed.words)]])
        pipeline.processors["lemma"].process(doc)
        raw.append([w.lemma for w in doc.iter_words()])
        nlp.lemmas.respell([doc], pipeline.processors["lemma"].trainer)
        respelled.append([w.lemma for w in doc.iter_words()])
    assert [w.lemma for w in analysed.words] == vote(respelled)
    assert respelled[0] != raw[0], "no generated lemma was respelled: the text tests nothing"
    assert vote(respelled) != respelled[0], "no lemma was outvoted: the text tests nothing"
    # the dual «الوزيران» takes its singular: the main lemmatizer alone, not knowing the word, gives the dual
    dual = next(i for i, w in enumerate(analysed.words) if w.text == "الوزيران")
    assert letters(respelled[0][dual]) != "وزير" and letters(analysed.words[dual].lemma) == "وزير"


def test_without_the_vote_the_main_lemmatizer_alone_decides() -> None:
    nlp = get_pipeline(models_dir(), lemma_vote=False)
    assert nlp.voters == ()
    analysed = analyse(nlp, TEXT)
    dual = next(w for w in analysed.words if w.text == "الوزيران")
    assert letters(dual.lemma) != "وزير"
