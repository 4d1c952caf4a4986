"""The shipped model pack: small enough, loaded from the repo, and no network touched."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from liqaa.settings import REPO_ROOT
from tests.conftest import models_dir
from workers.nlp import LEMMA_SPELLINGS, PACK_FILES, TOKENIZER, WORD_FREQUENCIES, get_pipeline

NO_NETWORK = """
import socket, sys
def refuse(*args, **kwargs):
    raise RuntimeError("network touched: %r" % (args,))
socket.socket.connect = refuse
socket.create_connection = refuse
socket.getaddrinfo = refuse
from pathlib import Path
from workers.nlp import get_pipeline
from workers.analysis import analyse
nlp = get_pipeline(Path(sys.argv[1]))
a = analyse(nlp, "التقى وزير الخارجية المصري نظيره الأردني في القاهرة اليوم.")
assert len(a.words) >= 8 and any(w.upos == "NOUN" for w in a.words), a.words
print("ok", len(a.words))
"""


def test_pack_loads_and_runs_with_the_network_cut() -> None:
    out = subprocess.run([sys.executable, "-c", NO_NETWORK, str(models_dir())], cwd=REPO_ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]
    assert out.stdout.startswith("ok")


NO_OPTIMISERS = """
import sys
from pathlib import Path
from stanza.models.common import utils
before = utils.get_optimizer
from workers.nlp import get_pipeline
get_pipeline(Path(sys.argv[1]))
assert "torch._dynamo" not in sys.modules, "loading built a training optimiser"
assert utils.get_optimizer is before, "Stanza's optimiser factory was not restored"
print("ok")
"""


def test_loading_builds_no_training_optimiser() -> None:
    # building one imports torch._dynamo, 1.6 s of the pipeline's load
    out = subprocess.run([sys.executable, "-c", NO_OPTIMISERS, str(models_dir())], cwd=REPO_ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-2000:]


def test_pack_is_at_most_60_mb() -> None:
    files = {*PACK_FILES.values(), TOKENIZER, WORD_FREQUENCIES, LEMMA_SPELLINGS}
    assert all((models_dir() / f).exists() for f in files)
    total = sum(f.stat().st_size for f in models_dir().iterdir())  # every file shipped, card and all
    assert total <= 60 * 10**6


def test_pipeline_is_built_once_per_process() -> None:
    assert get_pipeline(models_dir()) is get_pipeline(models_dir())


def test_official_models_setting_uses_the_same_loader(tmp_path: Path) -> None:
    # a directory without official models: Stanza's own loader says so (no download is tried)
    with pytest.raises(Exception, match=r"(?i)resources|not found|no such"):
        get_pipeline(models_dir(), tmp_path)
