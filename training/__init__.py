"""Reproducible training of Liqaa's Arabic Stanza model pack (see models/MODEL_CARD.md)."""
