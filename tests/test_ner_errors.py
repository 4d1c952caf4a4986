"""The count of NER's errors by kind that `python -m training.rescore --errors` prints."""

from training.rescore import error_kinds


def test_ner_errors_are_counted_by_kind() -> None:
    gold = [["S-PERS", "O", "B-ORG", "E-ORG", "O", "S-LOC"]]
    predicted = [["S-PERS", "O", "S-ORG", "O", "S-MISC", "S-PERS"]]
    assert error_kinds(gold, predicted) == {("wrong boundary", "ORG"): 1, ("wrong type", "LOC"): 1,
                                             ("spurious", "MISC"): 1}
