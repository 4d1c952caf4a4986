"""Generated lemmas are respelled the way the treebank spells them; looked-up ones stay."""

from __future__ import annotations

from pathlib import Path

import stanza

from tests.conftest import models_dir
from workers.analysis import analyse
from workers.lemmas import LemmaSpellings, letters
from workers.nlp import get_pipeline


def word(i: int, text: str, upos: str, lemma: str) -> dict:
    return {"id": i, "text": text, "upos": upos, "lemma": lemma}


def test_spellings_keep_the_most_frequent_one_per_letters_and_pos(tmp_path: Path) -> None:
    spellings = LemmaSpellings.count([("كَلِمَة", "NOUN"), ("كَلمَة", "NOUN"), ("كَلِمَة", "NOUN"), ("كان", "AUX"),
                                      ("كَان", "VERB"), ("كان", "VERB"), ("كَان", "VERB")])
    assert spellings.best == {("كلمة", "NOUN"): "كَلِمَة", ("كان", "AUX"): "كان", ("كان", "VERB"): "كَان"}
    spellings.write(tmp_path / "lemmas.tsv")
    assert LemmaSpellings.read(tmp_path / "lemmas.tsv") == spellings


def test_only_a_lemma_the_dictionary_did_not_give_is_respelled() -> None:
    lemmatizer = get_pipeline(models_dir()).tagger.processors["lemma"].trainer
    # «قال» is in the lemmatizer's dictionary; the made-up «كليماتنا» is not
    assert lemmatizer.skip_seq2seq([("قال", "VERB"), ("كليماتنا", "NOUN")]) == [True, False]
    doc = stanza.Document([[word(1, "قال", "VERB", "قَال"), word(2, "كليماتنا", "NOUN", "كَلمَة")]])
    spellings = LemmaSpellings.count([("قال", "VERB"), ("كَلِمَة", "NOUN")])
    assert spellings.respell([doc], lemmatizer) == 1
    assert [w.lemma for w in doc.sentences[0].words] == ["قَال", "كَلِمَة"]


def test_the_pack_respells_what_its_lemmatizer_generates() -> None:
    nlp = get_pipeline(models_dir())
    assert nlp.lemmas is not None and len(nlp.lemmas.best) > 1000
    text = "قال المسؤولون إن الكلمات التي ألقاها الرئيس لاقت ترحيبا واسعا بين المدنيين في القرى الجبلية."
    analysed = analyse(nlp, text)  # the service's path
    untouched = nlp.tagger.bulk_process([stanza.Document([], text=[[w.text for w in analysed.words]])])[0]
    assert [w.text for w in untouched.iter_words()] == [w.text for w in analysed.words]
    changed = [(before.lemma, w.upos, w.lemma) for w, before in zip(analysed.words, untouched.iter_words())
               if w.lemma != before.lemma]
    assert changed, "no generated lemma was respelled: the sentence tests nothing"
    for generated, upos, respelled in changed:
        assert nlp.lemmas.best[(letters(generated), upos)] == respelled
