"""Importing, exporting and the PDF summary from inside the app, with plain words about
what happened. The same formats and rules as the command line: all or nothing, idempotent."""

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
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from regulate.paths import DataPaths
from regulate.storage.daylio import UnmappedMoods, parse_daylio
from regulate.storage.exchange import ExchangeError, Records, parse_export, to_csv, to_json
from regulate.storage.files import write_atomically
from regulate.storage.journal import Journal, JournalError
from regulate.ui.a11y import mood_words

translate = QCoreApplication.translate


def looks_like_daylio(data: bytes) -> bool:
    head = data[:400].decode("utf-8-sig", errors="replace").splitlines()[:1]
    header = head[0].lower() if head else ""
    return "mood" in header and ("full_date" in header or "weekday" in header)


class MoodMapDialog(QDialog):
    """Daylio lets people rename their moods: ask where each one sits on the 1-5 scale."""

    def __init__(self, labels: Mapping[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("DataDialogs", "Place your moods"))
        intro = QLabel(
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
            for number, word in enumerate(mood_words(), start=1):
                box.addItem(f"{number} {word}", number)
            box.setCurrentIndex(2)
            box.setAccessibleName(translate("DataDialogs", "Place for {label}").format(label=label))
            form.addRow(
                translate("DataDialogs", "{label} ({count} entries)").format(
                    label=label, count=count
                ),
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


def read_records(
    data: bytes, name: str, ask: Callable[[Mapping[str, int]], dict[str, int] | None]
) -> Records | None:
    """Our own export or Daylio's; None if the person cancelled the mood question."""
    if not looks_like_daylio(data):
        return parse_export(data, name)
    try:
        return parse_daylio(data, name)
    except UnmappedMoods as missing:
        mapping = ask(missing.labels)
        if mapping is None:
            return None
        return parse_daylio(data, name, mapping)


def import_into(paths: DataPaths, parent: QWidget) -> str | None:
    """Ask for a file and import it; returns what to tell the person (None if cancelled)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        translate("DataDialogs", "Import a Regulate or Daylio export"),
        "",
        translate("DataDialogs", "Exports (*.json *.csv);;All files (*)"),
    )
    if not path:
        return None
    source = Path(path)

    def ask(labels: Mapping[str, int]) -> dict[str, int] | None:
        dialog = MoodMapDialog(labels, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    try:
        records = read_records(source.read_bytes(), source.name, ask)
    except (OSError, ExchangeError) as exc:
        return translate("DataDialogs", "Nothing was imported: {why}").format(why=exc)
    if records is None:
        return translate("DataDialogs", "Nothing was imported.")
    try:
        with Journal.open(paths.journal, backups=paths.backups) as journal:
            counts = journal.import_records(records.checkins, records.sessions)
    except JournalError as exc:
        return translate("DataDialogs", "Nothing was imported: {why}").format(why=exc)
    return translate(
        "DataDialogs",
        "Imported {c} check-ins and {s} sessions; {k} were already in your journal.",
    ).format(c=counts.checkins_added, s=counts.sessions_added, k=counts.skipped)


def export_from(paths: DataPaths, parent: QWidget) -> str | None:
    path, chosen = QFileDialog.getSaveFileName(
        parent,
        translate("DataDialogs", "Save all your data"),
        "regulate-journal.json",
        translate("DataDialogs", "JSON (*.json);;CSV for spreadsheets (*.csv)"),
    )
    if not path:
        return None
    out = Path(path)
    if paths.holds(out):
        return translate(
            "DataDialogs",
            "Not saved: {path} is inside Regulate's data folder. Choose another place.",
        ).format(path=out)
    try:
        with Journal.open(paths.journal, backups=paths.backups) as journal:
            checkins, sessions = journal.checkins(), journal.sessions()
    except JournalError as exc:
        return translate("DataDialogs", "Could not read your journal: {why}").format(why=exc)
    as_csv = out.suffix.lower() == ".csv" or "CSV" in chosen
    text = to_csv(checkins, sessions) if as_csv else to_json(checkins, sessions)
    try:
        write_atomically(out, text.encode("utf-8"))
    except OSError as exc:
        return translate("DataDialogs", "Could not save {path}: {why}").format(
            path=out, why=exc.strerror or exc
        )
    return translate("DataDialogs", "Saved {c} check-ins and {s} sessions to {path}.").format(
        c=len(checkins), s=len(sessions), path=out
    )


def summary_to(make: Callable[[Path, bool], None], parent: QWidget) -> str | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        translate("DataDialogs", "Save a summary for your therapist"),
        "regulate-summary.pdf",
        translate("DataDialogs", "PDF (*.pdf)"),
    )
    if not path:
        return None
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
    try:
        make(Path(path), answer == QMessageBox.StandardButton.Yes)
    except OSError as exc:
        return translate("DataDialogs", "Could not save {path}: {why}").format(
            path=path, why=exc.strerror or exc
        )
    return translate("DataDialogs", "Saved your summary to {path}.").format(path=path)
