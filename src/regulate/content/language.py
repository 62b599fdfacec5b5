"""Which language the built-in content speaks: patterns, exercises, words and crisis lines.

The data files keep English in the plain keys (``title``, ``text``) and each translation beside
it with a language suffix (``title_de``, ``text_de``). ``localized`` picks the translation for
the current language and falls back to English when there is none. The interface text itself
is translated by Qt (see regulate.ui.i18n), which also calls ``set_language``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEFAULT = "en"


def language_from_environment(environ: Mapping[str, str]) -> str:
    """The desktop's language as the C library sees it (LANGUAGE first, then LC_ALL,
    LC_MESSAGES, LANG): what the interface will speak too, so content read before Qt starts
    (``regulate ground 54321`` resolves its exercise first) is already in that language."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        first = value.split(":")[0] if name == "LANGUAGE" else value
        if first:
            return normalise(first)
    return DEFAULT


def normalise(code: str | None) -> str:
    """The bare language of a code: "de_DE", "de-AT" and "DE" all give "de"; "" gives "en"."""
    if not code:
        return DEFAULT
    bare = code.replace("-", "_").split("_")[0].split(".")[0].strip().lower()
    if not bare.isalpha() or bare in ("c", "posix"):
        return DEFAULT
    return bare


_current = language_from_environment(os.environ)


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
