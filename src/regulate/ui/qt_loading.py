"""Loading Qt quickly: a guarded workaround for one slow step in PySide6's import hook.

Once PySide6 is loaded it looks at every module imported after it, to see whether that module
mentions PySide6 (for its optional ``from __feature__ import ...``). It asks with
``inspect.getsource``, which decodes each module's whole source, splits it into lines and keeps
them in ``linecache`` for the rest of the run. With numpy, pyqtgraph and Regulate's own modules
that is about a fourteenth of the wait for the chart's window (bench/chart.py), and megabytes
of source text held for nothing. ``quicker_feature_check`` gives PySide6 the same answer by
searching the file's bytes, and hands anything that is not a plain ``.py`` file to PySide6's own
check.

It replaces one private function (``shibokensupport.feature._mod_uses_pyside``, there from
PySide6 6.4 to at least 6.11). If a later PySide6 drops or renames it, nothing is replaced and
Qt loads as before; tests/unit/test_quick_start.py notices, so the workaround can be looked at
again rather than silently doing nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

import PySide6.QtCore  # noqa: F401  -- installs the import hook this module adjusts

FEATURE_MODULE = "shibokensupport.feature"
_MARK = "_regulate_quicker"


def mentions_pyside(module: ModuleType, fallback: Callable[[ModuleType], bool]) -> bool:
    """Whether ``module``'s source file contains "PySide6", as PySide6 itself would say.
    The bytes are searched only for a file in UTF-8 (Python's default); a file that names
    another encoding in its first two lines is handed to ``fallback``, which decodes it."""
    path = getattr(module, "__file__", None)
    if isinstance(path, str) and path.endswith(".py"):
        try:
            with open(path, "rb") as source:
                data = source.read()
        except OSError:
            return fallback(module)
        if b"coding" not in b"\n".join(data.split(b"\n", 2)[:2]):
            return b"PySide6" in data
    return fallback(module)


def quicker_feature_check() -> bool:
    """Put ``mentions_pyside`` in place of PySide6's check. True if it is in place (now or
    before), False if this PySide6 has no such check."""
    feature = sys.modules.get(FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True


quicker_feature_check()
