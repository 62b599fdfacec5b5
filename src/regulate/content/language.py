"""Which language the built-in content speaks: patterns, exercises, words and crisis lines.

The data files keep English in the plain keys (``title``, ``text``) and each translation beside
it with a language suffix (``title_de``, ``text_de``). ``localized`` picks the translation for
the current language and falls back to English when there is none. The interface text itself
is translated by Qt (see regulate.ui.i18n), which also calls ``set_language``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

DEFAULT = "en"

_current = DEFAULT


def normalise(code: str | None) -> str:
    """The bare language of a code: "de_DE", "de-AT" and "DE" all give "de"; "" gives "en"."""
    if not code:
        return DEFAULT
    bare = code.replace("-", "_").split("_")[0].split(".")[0].strip().lower()
    if not bare.isalpha() or bare in ("c", "posix"):
        return DEFAULT
    return bare


def set_language(code: str | None) -> None:
    """Use ``code`` for built-in content from now on (loaders are re-read on their next call)."""
    global _current
    _current = normalise(code)


def current_language() -> str:
    return _current


def localized_key(key: str, language: str) -> str:
    """The key a translation is stored under: ``localized_key("title", "de")`` is "title_de"."""
    return key if language == DEFAULT else f"{key}_{language}"


def localized(raw: Mapping[str, Any], key: str, language: str | None = None) -> Any:
    """``raw[key + "_xx"]`` for the language if the file has it, else ``raw[key]`` (or None)."""
    language = current_language() if language is None else language
    if language != DEFAULT:
        translated = raw.get(localized_key(key, language))
        if translated is not None:
            return translated
    return raw.get(key)
