"""The treebank splits the model pack is trained and scored on: fixed, and test never trained on."""

from pathlib import Path

import conllu

from training import treebank


def tiny_treebank(path: Path, n: int) -> None:
    """n one-word sentences written with a Latin comma, the way PUD writes them."""
    blocks = [f"# sent_id = s{i}\n# text = كلمة{i},\n1\tكلمة{i}\tكلمة\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No\n"
              f"2\t,\t,\tPUNCT\t_\t_\t1\tpunct\t_\t_\n" for i in range(n)]
    path.write_text("\n".join(blocks) + "\n", encoding="utf-8")


def sent_ids(path: Path) -> list[str]:
    return [s.metadata["sent_id"] for s in conllu.parse(path.read_text(encoding="utf-8"))]


def test_splits_are_fixed_and_test_is_never_trained_on(tmp_path: Path) -> None:
    tiny_treebank(tmp_path / "pud.conllu", 40)
    counts = treebank.prepare(tmp_path / "pud.conllu", tmp_path / "work")
    ud = tmp_path / "work" / "ud"

    assert counts == {"train": 32, "dev": 4, "test": 4}
    assert sent_ids(ud / "test.conllu") == ["s9", "s19", "s29", "s39"]
    assert sent_ids(ud / "dev.conllu") == ["s8", "s18", "s28", "s38"]
    train_dev = sent_ids(ud / "train_dev.conllu")
    assert sorted(train_dev) == sorted(sent_ids(ud / "train.conllu") + sent_ids(ud / "dev.conllu"))
    assert not set(train_dev) & set(sent_ids(ud / "test.conllu"))


def test_half_the_sentences_get_arabic_commas_and_paragraphs_group_four(tmp_path: Path) -> None:
    tiny_treebank(tmp_path / "pud.conllu", 40)
    treebank.prepare(tmp_path / "pud.conllu", tmp_path / "work")
    text = (tmp_path / "work" / "ud" / "train.txt").read_text(encoding="utf-8")

    paragraphs = text.strip().split("\n\n")
    assert len(paragraphs) == 8  # 32 training sentences, 4 to a paragraph
    assert text.count("،") == 16 and text.count(",") == 16
