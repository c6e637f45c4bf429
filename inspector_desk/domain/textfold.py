"""Search keys for names and text: case, diacritics and Kazakh letters folded away.

``fold("Әлия") == fold("әлия") == fold("Алия") == "алия"``. Rules: NFKD and casefold,
combining marks dropped (so ё → е, й → и, é → e, ﬁ → fi, № → no); Kazakh letters to
their nearest Russian ones (ә→а ғ→г қ→к ң→н ө→о ұ→у ү→у һ→х і→и), plus Latin ı → i.
Fold both the stored text and the query; the key is for matching, never for display.
"""

from __future__ import annotations

import re
import unicodedata

_KAZAKH = "әғқңөұүһіı", "агкноуухиi"
#: Blocks of combining marks that NFKD leaves behind in Latin, Cyrillic and Greek text.
_MARK_BLOCKS = (
    (0x0300, 0x036F),
    (0x0483, 0x0489),
    (0x1AB0, 0x1AFF),
    (0x1DC0, 0x1DFF),
    (0x20D0, 0x20FF),
)
#: The table covers code points below this; str.translate keeps any above (IndexError).
_LIMIT = 0x2100


def _build_table() -> list[str | None]:
    # A list, not a dict: str.translate indexes it without a failed lookup per plain
    # character, which halves the time on Cyrillic names.
    table: list[str | None] = [chr(cp) for cp in range(_LIMIT)]
    for src, dst in zip(*_KAZAKH, strict=True):
        table[ord(src)] = dst
    for lo, hi in _MARK_BLOCKS:
        for cp in range(lo, hi + 1):
            if unicodedata.category(chr(cp)).startswith("M"):
                table[cp] = None
    return table


#: Kazakh letters mapped, combining marks deleted; applied after NFKD.
_TABLE = _build_table()
_TOKEN = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """The search key of ``text`` (see the module docstring)."""
    if text.isascii():
        return text.casefold()
    # NFKD first: it can yield capitals ("№" → "No") that casefold must still see.
    return unicodedata.normalize("NFKD", text).casefold().translate(_TABLE)


def fold_tokens(text: str) -> list[str]:
    """The folded words of ``text``: runs of letters and digits (``_`` and marks split)."""
    return _TOKEN.findall(fold(text))
