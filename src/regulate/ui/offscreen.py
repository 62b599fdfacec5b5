"""PDFs drawn without a screen: `regulate report` and `regulate handout` (offscreen Qt)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler

from regulate.core.entries import ItemKind
from regulate.services.catalogue import Item
from regulate.storage.series import Series
from regulate.ui.startup import make_application


def quiet_offscreen_noise() -> None:
    """The offscreen platform warns about window hints it can't apply; nobody needs that."""

    def handler(kind: QtMsgType, context: object, message: str) -> None:
        if "propagateSizeHints" in message:
            return
        sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def _application(language: str) -> None:
    """Qt without a screen, speaking the language chosen in Settings ("system": the
    desktop's), as the app's own PDFs do."""
    app = make_application()
    if language != "system":
        from regulate.ui.i18n import install_translators

        install_translators(app, language)
    quiet_offscreen_noise()


def report(
    series: Series,
    titles: dict[tuple[ItemKind, str], str],
    out: Path,
    include_notes: bool,
    language: str = "system",
) -> None:
    """The PDF summary of ``series``; raises OSError if it can't be written."""
    from regulate.ui.report import write_report

    _application(language)
    write_report(series, titles, out, include_notes)


def handout(item: Item, out: Path, language: str = "system") -> None:
    """One printable page for a pattern or an exercise."""
    from regulate.ui.handout import write_handout

    _application(language)
    write_handout(item, out)
