"""The compiled tree decoder must give the parser exactly the trees Stanza's own decoder gives."""

import numpy as np
from stanza.models.common.chuliu_edmonds import chuliu_edmonds_one_root

from workers.mst import one_root_tree


def test_same_trees_as_stanza_on_random_sentences() -> None:
    rng = np.random.default_rng(0)
    for _ in range(300):
        n = int(rng.integers(2, 70))
        scores = np.log(rng.dirichlet(np.ones(n), size=n)).astype(np.float32)
        before = scores.copy()
        tree = one_root_tree(scores)
        assert np.array_equal(tree, chuliu_edmonds_one_root(scores))
        assert np.array_equal(scores, before)
        assert (tree[1:] == 0).sum() == 1
