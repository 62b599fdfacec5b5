"""Text from a file made safe to show: no control characters, no bidi overrides.

A title such as ``"\\x1b[2J"`` would clear a terminal, and ``"\\u202e"`` would show the rest of a
line backwards; neither belongs in a name or a sentence read from a file. Pure functions, no I/O.
"""

from __future__ import annotations

import re

#: C0 and C1 controls and DEL; the bidi embeddings, overrides and isolates (U+202A to U+202E,
#: U+2066 to U+2069). Line and paragraph separators count as controls too.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
#: The same, but keeping line breaks and tabs (for long text such as a note).
_UNSAFE_KEEP_LINES = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def one_line(text: str) -> str:
    """``text`` on one line: unsafe characters removed, runs of white space made one space."""
    return " ".join(_UNSAFE.sub("", " ".join(text.split())).split())


def strip_unsafe(text: str, *, lines: bool = False) -> str:
    """``text`` without control or bidi-override characters; ``lines`` keeps ``\\n``, ``\\r``
    and ``\\t``."""
    return (_UNSAFE_KEEP_LINES if lines else _UNSAFE).sub("", text)


def shown_name(name: str, limit: int = 120) -> str:
    """A file name fit for a message: one line, unsafe characters shown as ``?``, shortened
    in the middle when very long."""
    cleaned = _UNSAFE.sub("?", name)
    if len(cleaned) > limit:
        half = (limit - 1) // 2
        cleaned = f"{cleaned[:half]}…{cleaned[-half:]}"
    return cleaned
