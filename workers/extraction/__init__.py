"""Meeting extraction: a sequence of small stages over one analysed document."""

from workers.extraction.meetings import extract_meetings

__all__ = ["extract_meetings"]
