"""Importing, exporting and the PDF summary from inside the app, with plain words about
what happened. The work itself is the application layer's (the same rules as the command
line: all or nothing, idempotent, never into the data folder); it runs off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from regulate.services import ImportResult, ServiceError, Services
from regulate.storage.daylio import UnmappedMoods
from regulate.storage.series import Series
from regulate.ui.a11y import mood_words, wheel_only_when_focused
from regulate.ui.places import documents, suggested
from regulate.ui.report import chart_png, write_report
from regulate.ui.text import plain_label
from regulate.ui.worker import in_background

translate = QCoreApplication.translate


class MoodMapDialog(QDialog):
    """Daylio lets people rename their moods: ask where each one sits on the 1-5 scale."""

    def __init__(self, labels: Mapping[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DataDialogs", "Place your moods"))
        intro = plain_label(
            translate(
                "DataDialogs",
                "Your Daylio export uses some mood names of your own. Where does each one sit "
                "on Regulate's scale from awful to great?",
            ),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.choices: dict[str, QComboBox] = {}
        for label, count in labels.items():
            box = QComboBox(self)
            wheel_only_when_focused(box)
            for number, word in enumerate(mood_words(), start=1):
                box.addItem(f"{number} {word}", number)
            box.setCurrentIndex(2)
            box.setAccessibleName(translate("DataDialogs", "Place for {label}").format(label=label))
            form.addRow(
                translate("DataDialogs", "{label} (%n entries)", None, count).format(label=label),
                box,
            )
            self.choices[label] = box
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def mapping(self) -> dict[str, int]:
        return {label: int(box.currentData()) for label, box in self.choices.items()}


Tell = Callable[[str], None]


def _choose_import(parent: QWidget) -> Path | None:
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("DataDialogs", "Import a Regulate or Daylio export"),
        str(documents()),
        translate("DataDialogs", "Exports (*.json *.csv);;All files (*)"),
    )
    return Path(path) if path else None


def import_file(
    services: Services,
    source: Path,
    parent: QWidget,
    tell: Tell,
    ask: Callable[[Mapping[str, int]], dict[str, int] | None] | None = None,
) -> None:
    """Import ``source`` off the GUI thread; ``tell`` hears the outcome in plain words. If a
    Daylio file has mood names of its own, the person is asked where they sit, then it goes on.
    """

    def placed(labels: Mapping[str, int]) -> dict[str, int] | None:
        dialog = MoodMapDialog(labels, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    asking = ask or placed

    def done(result: ImportResult) -> None:
        counts = result.counts
        added, sessions, skipped, conflicts = (
            counts.checkins_added,
            counts.sessions_added,
            counts.skipped,
            counts.conflicts,
        )
        message = translate("DataDialogs", "Imported {checkins} and {sessions}; {skipped}.").format(
            checkins=translate("DataDialogs", "%n check-ins", None, added),
            sessions=translate("DataDialogs", "%n sessions", None, sessions),
            skipped=translate("DataDialogs", "%n were already in your journal", None, skipped),
        )
        if counts.conflicts:
            message += " " + translate(
                "DataDialogs",
                "%n of them differ from the entry with the same id in your journal; "
                "your journal's version was kept.",
                None,
                conflicts,
            )
        tell(message)

    def failed(exc: BaseException) -> None:
        if isinstance(exc, UnmappedMoods):
            mapping = asking(exc.labels)
            if mapping is None:
                tell(translate("DataDialogs", "Nothing was imported."))
                return
            in_background(lambda: services.import_file(source, mood_map=mapping), done, failed)
            return
        if isinstance(exc, ServiceError):
            tell(translate("DataDialogs", "Not imported: {why}").format(why=exc))
            return
        raise exc

    in_background(lambda: services.import_file(source), done, failed)


def import_into(services: Services, parent: QWidget, tell: Tell) -> str | None:
    """Ask for a file and import it; returns what to show while it runs (None if cancelled)."""
    source = _choose_import(parent)
    if source is None:
        return None
    import_file(services, source, parent, tell)
    return translate("DataDialogs", "Importing {name}...").format(name=source.name)


def export_from(services: Services, parent: QWidget, tell: Tell) -> str | None:
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("DataDialogs", "Save all your data"),
        suggested("regulate-journal.json"),
        translate("DataDialogs", "JSON (*.json);;CSV for spreadsheets (*.csv)"),
    )
    if not path:
        return None
    out = Path(path)
    fmt = "csv" if out.suffix.lower() == ".csv" or "CSV" in chosen else "json"
    try:
        services.check_output(out)
    except ServiceError as exc:
        return translate("DataDialogs", "Not saved: {why}").format(why=exc)

    def done(counts: tuple[int, int]) -> None:
        checkins, sessions = counts
        tell(
            translate("DataDialogs", "Saved {checkins} and {sessions} to {path}.").format(
                checkins=translate("DataDialogs", "%n check-ins", None, checkins),
                sessions=translate("DataDialogs", "%n sessions", None, sessions),
                path=out,
            )
        )

    in_background(lambda: services.export(fmt, out), done, lambda exc: _failed(exc, out, tell))
    return translate("DataDialogs", "Saving your data...")


def _failed(exc: BaseException, out: Path, tell: Tell) -> None:
    if isinstance(exc, ServiceError | OSError):
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        tell(translate("DataDialogs", "Could not save {path}: {why}").format(path=out, why=why))
        return
    raise exc


def summary_to(services: Services, parent: QWidget, tell: Tell) -> str | None:
    """Ask where, and whether notes go in; read and write off the GUI thread."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("DataDialogs", "Save a summary for your therapist"),
        suggested("regulate-summary.pdf"),
        translate("DataDialogs", "PDF (*.pdf)"),
    )
    if not path:
        return None
    out = Path(path)
    try:
        services.check_output(out, "regulate-summary.pdf")
    except ServiceError as exc:
        return translate("DataDialogs", "Not saved: {why}").format(why=exc)
    answer = QMessageBox.question(
        parent,
        translate("DataDialogs", "Your notes"),
        translate(
            "DataDialogs",
            "Include your notes in the summary? They are left out unless you say yes.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    notes = answer == QMessageBox.StandardButton.Yes
    import time

    from PySide6.QtWidgets import QInputDialog

    from regulate.ui.report import PERIOD_KEYS, period_names, period_start

    names = period_names()
    choices = [names[key] for key in PERIOD_KEYS]
    chosen, ok = QInputDialog.getItem(
        parent,
        translate("DataDialogs", "Which days"),
        translate("DataDialogs", "Which days should the summary cover?"),
        choices,
        1,
        False,
    )
    if not ok:
        return None
    since = period_start(PERIOD_KEYS[choices.index(chosen)], time.time())
    titles = services.catalogue.titles()

    def saved(_: object) -> None:
        tell(translate("DataDialogs", "Saved your summary to {path}.").format(path=out))

    def write(series: Series) -> None:
        picture = chart_png(series) if series.checkins.epoch or series.sessions.epoch else None
        in_background(
            lambda: write_report(series, titles, out, notes, picture),
            saved,
            lambda exc: _failed(exc, out, tell),
        )

    in_background(lambda: services.read_series(since), write, lambda exc: _failed(exc, out, tell))
    return translate("DataDialogs", "Writing your summary...")
