"""Reading time, from the words a visitor reads."""

import math
import re

from django.utils.html import strip_tags

# French and Dutch adults read about 200 to 230 words a minute on screen.
WORDS_PER_MINUTE = 200
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def count_words(texts):
    return sum(len(_WORD.findall(strip_tags(text or ""))) for text in texts)


def reading_minutes(texts):
    """Whole minutes to read `texts`, at least one."""
    return max(1, math.ceil(count_words(texts) / WORDS_PER_MINUTE))
