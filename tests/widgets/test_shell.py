"""The app shell: home screen, ways in, and the window remembering its size."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from regulate.paths import data_paths
from regulate.storage.settings import Settings
from regulate.ui.home import HomePage, WayIn
from regulate.ui.main_window import MainWindow


def test_home_lists_each_way_in_as_a_named_button(qtbot: QtBot) -> None:
    started: list[str] = []
    page = HomePage(
        [
            WayIn(
                "Breathe now", "Start breathing at once", lambda: started.append("breathe"), True
            ),
            WayIn("Ground yourself", "Come back to the room", lambda: started.append("ground")),
        ]
    )
    qtbot.addWidget(page)
    assert [button.text() for button in page.buttons] == ["Breathe now", "Ground yourself"]
    assert all(button.accessibleName() for button in page.buttons)
    assert page.buttons[0].objectName() == "primary"
    page.buttons[1].click()
    assert started == ["ground"]


def test_home_without_features_shows_no_buttons(qtbot: QtBot) -> None:
    page = HomePage([])
    qtbot.addWidget(page)
    assert page.buttons == []


def test_window_size_is_remembered_between_runs(qtbot: QtBot, data_dir: Path) -> None:
    paths = data_paths(data_dir).ensure()
    first = MainWindow(Settings.load(paths.settings))
    qtbot.addWidget(first)
    first.resize(700, 500)
    first.show()
    qtbot.waitExposed(first)
    first.close()
    assert paths.settings.exists()
    assert paths.settings.stat().st_mode & 0o777 == 0o600

    second = MainWindow(Settings.load(paths.settings))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (700, 500)


def test_closing_with_a_read_only_folder_still_closes(qtbot: QtBot, data_dir: Path) -> None:
    paths = data_paths(data_dir).ensure()
    settings = Settings.load(paths.settings)
    settings.path = paths.root / "missing-folder" / "settings.json"  # cannot be written
    window = MainWindow(settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.close()
