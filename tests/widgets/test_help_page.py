"""The Get help page: the right country, links that open outside, and a plan that is never lost."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton
from pytestqt.qtbot import QtBot

from regulate.storage.safety import SafetyPlan
from regulate.ui.help import AUTOSAVE_MS, HelpPage


def texts(page: HelpPage) -> str:
    return " ".join(label.text() for label in page.findChildren(QLabel) if label.isVisibleTo(page))


def make(qtbot: QtBot, path: Path, country: str | None, **kwargs: object) -> HelpPage:
    page = HelpPage(SafetyPlan.load(path), lambda plan: plan.save(path), country, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    return page


def test_numbers_for_the_chosen_country_with_links_for_web_addresses(
    qtbot: QtBot, tmp_path: Path
) -> None:
    page = make(qtbot, tmp_path / "plan.json", "GB", locale="en_US.UTF-8")
    shown = texts(page)
    assert "Numbers for: United Kingdom" in shown
    assert "999" in shown
    assert "116 123" in shown
    assert "988" not in shown
    assert "911" not in shown
    assert not page.chooser.isVisibleTo(page)
    links = [button for button in page.findChildren(QPushButton) if button.objectName() == "link"]
    assert any(button.toolTip() == "https://www.samaritans.org" for button in links)
    # Every label is plain text: what people wrote, names and numbers are never markup.
    labels = page.findChildren(QLabel)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_an_unknown_place_shows_the_chooser_first_and_remembers_the_choice(
    qtbot: QtBot, tmp_path: Path
) -> None:
    remembered: list[str] = []
    page = make(qtbot, tmp_path / "plan.json", None, locale="C", remember_country=remembered.append)
    assert page.chooser.isVisibleTo(page)
    assert "your local emergency number" in texts(page)
    assert "findahelpline.com" in texts(page)
    page.country_box.setCurrentIndex(page.country_box.findData("NZ"))
    page.use_button.click()
    assert remembered == ["NZ"]
    assert not page.chooser.isVisibleTo(page)
    shown = texts(page)
    assert "Numbers for: New Zealand" in shown
    assert "111" in shown
    assert "1737" in shown
    page.change_button.click()
    assert page.chooser.isVisibleTo(page)


def test_the_plan_has_a_labelled_field_for_every_step(qtbot: QtBot, tmp_path: Path) -> None:
    page = make(qtbot, tmp_path / "plan.json", "GB")
    assert list(page.plan_fields) == [
        "warning_signs",
        "what_helps",
        "people_and_places",
        "people_to_ask",
        "professionals",
        "safe_surroundings",
        "reasons_for_living",
    ]
    buddies = {label.buddy() for label in page.findChildren(QLabel)}
    assert all(field in buddies for field in page.plan_fields.values())


def test_typing_is_saved_after_a_short_pause_without_pressing_save(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "plan.json"
    page = make(qtbot, path, "GB")
    page.plan_fields["reasons_for_living"].setPlainText("My dog")
    assert page.dirty
    assert page.autosave.isActive()
    assert page.autosave.interval() == AUTOSAVE_MS
    assert not path.exists()  # debounced: not on every key
    page.autosave.timeout.emit()  # the timer running out, without waiting for it
    assert SafetyPlan.load(path).reasons_for_living == "My dog"
    assert not page.dirty


def test_back_and_hiding_save_what_was_typed_at_once(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "plan.json"
    page = make(qtbot, path, "GB")
    page.show()
    page.plan_fields["safe_surroundings"].setPlainText("Ask Sam to keep the pills")
    with qtbot.waitSignal(page.leave, timeout=1000):
        page._back()
    assert SafetyPlan.load(path).safe_surroundings == "Ask Sam to keep the pills"
    page.contact_fields[0][0].setText("Sam")
    page.contact_fields[0][0].textEdited.emit("Sam")
    page.hide()
    assert SafetyPlan.load(path).contacts[0].name == "Sam"


def test_the_plan_prints_on_one_page(qtbot: QtBot, tmp_path: Path) -> None:
    page = make(qtbot, tmp_path / "plan.json", "IE")
    for field in page.plan_fields.values():
        field.setPlainText("<b>not markup</b>\nA second line")
    out = tmp_path / "plan.pdf"
    page.export_pdf(out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert b"/Count 1" in data  # one page


def test_the_plan_html_escapes_the_persons_words() -> None:
    from regulate.content.crisis import help_for
    from regulate.ui.numbers import iso_day_text
    from regulate.ui.safety_pdf import plan_html

    text = plan_html(SafetyPlan(reasons_for_living="<script>x</script>"), help_for("IE"))
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert "jo@samaritans.ie" in text
    checked = iso_day_text(help_for("IE").last_checked)  # "25 November 2026", not ISO
    assert f"Numbers last checked {checked}" in text


CHILD = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from regulate.storage.safety import SafetyPlan
    from regulate.ui.help import HelpPage

    path = Path(sys.argv[1])
    app = QApplication([])
    page = HelpPage(SafetyPlan.load(path), lambda plan: plan.save(path), "GB")
    page.show()
    page.plan_fields["warning_signs"].setPlainText("Typed just now")
    print("typed", flush=True)
    app.exec()
    """
)


def test_text_survives_a_sigkill_one_second_after_typing(tmp_path: Path) -> None:
    """The whole app process is killed without warning one second after the last key."""
    path = tmp_path / "plan.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(path)], stdout=subprocess.PIPE, env=env, text=True
    ) as child:
        try:
            assert child.stdout is not None
            assert child.stdout.readline().strip() == "typed"
            time.sleep(1.0)  # the one second of the acceptance test; debounce is 0.4 s
            child.send_signal(signal.SIGKILL)
            child.wait(timeout=10)
        finally:
            if child.poll() is None:
                child.kill()
    assert json.loads(path.read_text(encoding="utf-8"))["warning_signs"] == "Typed just now"


@pytest.mark.parametrize("country", ["DE", "AT", "CH"])
def test_german_speaking_countries_get_a_crisis_line(
    qtbot: QtBot, tmp_path: Path, country: str
) -> None:
    page = make(qtbot, tmp_path / "plan.json", country)
    shown = texts(page)
    assert "112" in shown
    assert any(number in shown for number in ("0800 111 0 111", "142", "143"))
