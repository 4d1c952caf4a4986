"""Arabic surface forms for matching."""

import re

DIACRITICS = re.compile("[\u064b-\u0652\u0670\u0640]")
ALEF = re.compile("[أإآٱ]")


def norm(text: str) -> str:
    """No diacritics or tatweel, unified alef, yaa and taa marbuta."""
    text = DIACRITICS.sub("", text)
    text = ALEF.sub("ا", text)
    return text.replace("ى", "ي").replace("ة", "ه")
