"""Every control a person can operate has a name a screen reader can say, on every screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from regulate.app import Regulate
from regulate.content.exercises import builtin_exercises
from regulate.content.patterns import find_pattern
from regulate.paths import data_paths
from regulate.services import Services
from regulate.services.requests import GroundRequest, PresentRequest
from regulate.ui.breathing import BreathingPage
from regulate.ui.checkin import CheckinPage
from regulate.ui.grounding import GroundingPage
from regulate.ui.startup import make_application

OPERABLE = (
    QAbstractButton,
    QLineEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
    QComboBox,
    QAbstractSlider,
    QAbstractItemView,
)


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, OPERABLE) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_"):
            continue  # Qt's own internals (scroll bar arrows and the like)
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not (name or "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


@pytest.fixture
def regulate(qtbot: QtBot, data_dir: Path) -> Regulate:
    app = make_application()
    running = Regulate(app, Services(data_paths(data_dir)))
    qtbot.addWidget(running.window)
    running.window.resize(1000, 720)
    running.window.show()
    return running


def test_home(regulate: Regulate) -> None:
    assert unnamed(regulate.window) == []


def test_breathing_and_follow_me(regulate: Regulate) -> None:
    from regulate.services.requests import BreatheRequest

    regulate.breathe(BreatheRequest(pattern=find_pattern("box")))
    assert unnamed(regulate.window) == []
    regulate.page("breathing", BreathingPage).start_follow()
    assert unnamed(regulate.window) == []


def test_grounding_list_step_and_pacer(regulate: Regulate) -> None:
    regulate.ground(GroundRequest())
    assert unnamed(regulate.window) == []
    page = regulate.page("grounding", GroundingPage)
    for exercise_id in ("54321", "butterfly-hug", "categories"):
        page.start(next(e for e in builtin_exercises() if e.id == exercise_id))
        for _ in range(3):
            page.next()
            assert unnamed(regulate.window) == [], exercise_id


def test_checkin_and_result(regulate: Regulate) -> None:
    regulate.checkin()
    assert unnamed(regulate.window) == []
    page = regulate.page("checkin", CheckinPage)
    page.form.diagram.set_value(10)
    page.save()
    assert unnamed(regulate.window) == []


def test_help_settings_and_chart(regulate: Regulate) -> None:
    regulate.show("help")
    assert unnamed(regulate.window) == []
    regulate.show("settings")
    assert unnamed(regulate.window) == []
    regulate.chart()
    assert unnamed(regulate.window) == []


def test_presenter(regulate: Regulate, qtbot: QtBot) -> None:
    regulate.present(PresentRequest())
    presenter = regulate.presenter
    assert presenter is not None
    qtbot.addWidget(presenter)
    assert unnamed(presenter) == []
    presenter.start(find_pattern("resonance"))
    assert unnamed(presenter) == []


def test_an_announcement_waits_for_a_bridge_still_waking(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On Linux Qt learns that a screen reader runs only once its event loop has read the
    answer: the first "Breathe in" of `regulate breathe box` is held until then, not lost."""
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    from regulate.ui import a11y

    sent: list[str] = []
    active = [False]
    monkeypatch.setattr(a11y, "_waking", None)
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: active[0]))
    monkeypatch.setattr(
        QAccessible, "updateAccessibility", staticmethod(lambda event: sent.append(event.message()))
    )
    source = QLabel()
    qtbot.addWidget(source)
    assert a11y.announce_wanted(None)  # not known yet, so wanted
    assert not a11y.announce(source, "Breathe in")
    assert sent == []
    active[0] = True
    qtbot.waitUntil(lambda: sent == ["Breathe in"], timeout=1000)
    waking = a11y._waking
    assert waking is not None
    qtbot.waitUntil(lambda: not waking.waiting(), timeout=1000)


def test_a_held_announcement_is_dropped_when_no_reader_comes(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QLabel

    from regulate.ui import a11y

    sent: list[object] = []
    monkeypatch.setattr(a11y, "_waking", None)
    monkeypatch.setattr(a11y, "WAKE_S", 0.05)
    monkeypatch.setattr(QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(QAccessible, "isActive", staticmethod(lambda: False))
    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(sent.append))
    source = QLabel()
    qtbot.addWidget(source)
    a11y.announce(source, "Breathe in")
    waking = a11y._waking
    assert waking is not None
    qtbot.waitUntil(lambda: not waking.waiting(), timeout=1000)
    assert sent == []
    assert not a11y.announce_wanted(None)  # known now: nobody listens


def test_breathing_drop_downs_say_what_they_choose(qtbot: QtBot) -> None:
    """On Linux a screen reader names a drop-down by its current choice; the description says
    what the choice is about."""
    from regulate.content.patterns import builtin_patterns
    from regulate.ui.breathing import BreathingPage
    from regulate.ui.theme import LIGHT

    page = BreathingPage(builtin_patterns(), LIGHT, None)
    qtbot.addWidget(page)
    assert page.picker.accessibleDescription() == "Breathing pattern"
    assert page.length_box.accessibleDescription() == "How long to breathe"
