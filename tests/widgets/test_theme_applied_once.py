"""Colours and text size are set again only where they changed: each setting makes Qt look at
every widget anew, which a change of language, or of nothing, does not need."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from regulate.storage.settings import Preferences
from regulate.ui.startup import apply_theme


@pytest.fixture
def calls(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    monkeypatch.delenv("REGULATE_THEME", raising=False)
    monkeypatch.delenv("REGULATE_TEXT_SIZE", raising=False)
    apply_theme(qapp, Preferences())
    seen: list[str] = []
    for name in ("setStyle", "setPalette", "setFont", "setStyleSheet"):
        original = getattr(qapp, name)

        def spy(*args: object, _name: str = name, _original: object = original) -> None:
            seen.append(_name)
            _original(*args)  # type: ignore[operator]

        monkeypatch.setattr(qapp, name, spy)
    yield seen
    monkeypatch.undo()
    apply_theme(qapp, Preferences())


def test_the_same_choices_again_set_nothing(qapp: QApplication, calls: list[str]) -> None:
    apply_theme(qapp, Preferences())
    assert calls == []


def test_a_larger_text_sets_the_font_and_the_sheet_only(
    qapp: QApplication, calls: list[str]
) -> None:
    before, sheet = qapp.font().pointSizeF(), qapp.styleSheet()
    apply_theme(qapp, Preferences(text_size=200))
    assert calls == ["setFont", "setStyleSheet"]
    assert qapp.font().pointSizeF() > before
    assert qapp.styleSheet() != sheet  # the sheet's sizes follow the text


def test_dark_colours_set_the_palette_and_the_sheet(qapp: QApplication, calls: list[str]) -> None:
    sheet = qapp.styleSheet()
    apply_theme(qapp, Preferences(theme="dark"))
    assert calls == ["setPalette", "setStyleSheet"]
    assert qapp.styleSheet() != sheet
    assert qapp.palette().window().color().lightness() < 100
