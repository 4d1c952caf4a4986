"""NER's silver data: fold teachers that never learn the part they stand in for, and a vote that
keeps an entity only where enough teachers give it."""

from training import ner_silver


def test_each_fold_teacher_holds_out_one_contiguous_part_and_all_parts_are_held_out_once() -> None:
    gold = [[{"text": f"w{i}", "ner": "O"}] for i in range(1003)]
    folds = ner_silver.folds(gold, 4)

    held_out = []
    for learn_on, steps_on in folds:
        learned = {s[0]["text"] for s in learn_on}
        missing = [s[0]["text"] for s in gold if s[0]["text"] not in learned]
        held_out.append(missing)
        assert missing == [f"w{i}" for i in range(int(missing[0][1:]), int(missing[-1][1:]) + 1)]  # one block
        assert {s[0]["text"] for s in steps_on} <= learned and len(steps_on) == 200
    assert sorted(w for part in held_out for w in part) == sorted(s[0]["text"] for s in gold)


def test_vote_keeps_the_entities_enough_teachers_give_as_bio_tags() -> None:
    words = ["التقى", "محمد", "بن", "سلمان", "في", "الرياض"]
    teachers = [
        [["O", "B-PERS", "I-PERS", "E-PERS", "O", "S-LOC"]],
        [["O", "B-PERS", "I-PERS", "E-PERS", "O", "S-ORG"]],
        [["O", "S-PERS", "O", "S-PERS", "O", "S-LOC"]],
    ]

    two = ner_silver.vote([words], teachers, need=2)[0]
    three = ner_silver.vote([words], teachers, need=3)[0]

    assert [w["ner"] for w in two] == ["O", "B-PERS", "I-PERS", "I-PERS", "O", "B-LOC"]
    assert [w["text"] for w in two] == words
    assert [w["ner"] for w in three] == ["O"] * 6  # no entity has all three votes


def test_overlapping_entities_keep_the_one_with_more_votes() -> None:
    words = ["وزير", "الخارجية", "الأمريكي"]
    teachers = [[["B-ORG", "E-ORG", "O"]], [["O", "S-ORG", "O"]], [["O", "S-ORG", "S-MISC"]]]

    tags = [w["ner"] for w in ner_silver.vote([words], teachers, need=1)[0]]

    assert tags == ["O", "B-ORG", "B-MISC"]
