"""The small JSON records a training run keeps in its work folder (timings, how each model was
trained, split counts) and the model card reads back."""

from __future__ import annotations

import json
from pathlib import Path


def read(path: Path) -> dict:
    """The record, or {} when the stage that writes it has not run."""
    return json.loads(path.read_text()) if path.exists() else {}


def merge(path: Path, new: dict) -> None:
    """Update a record with this run's entries, keeping those of stages not rerun."""
    path.write_text(json.dumps({**read(path), **new}, indent=1))
