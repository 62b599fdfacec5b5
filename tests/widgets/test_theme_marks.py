"""Placeholder words never look typed, and tick boxes grow with the text."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QPalette

from regulate.ui.theme import CONTRAST, DARK, LIGHT, palette_for, placeholder_text, style_sheet
from tests.widgets.test_contrast import ratio

THEMES = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}


@pytest.mark.parametrize("theme", THEMES)
def test_placeholder_words_are_readable_but_clearly_not_typed(theme: str) -> None:
    colours = THEMES[theme]
    placeholder = placeholder_text(colours)
    assert ratio(placeholder, colours.surface) >= 4.5
    assert ratio(placeholder, colours.text) >= 2.0  # a clearly lighter grey than typed text
    assert palette_for(colours).color(QPalette.ColorRole.PlaceholderText) == placeholder
    assert f"placeholder-text-color: {placeholder.name()}" in style_sheet(colours)


def test_tick_boxes_grow_with_the_text() -> None:
    def tick(base: float) -> int:
        sheet = style_sheet(LIGHT, base)
        rule = re.search(r"QCheckBox::indicator \{\s*width: (\d+)px; height: (\d+)px", sheet)
        assert rule is not None
        assert rule.group(1) == rule.group(2)
        return int(rule.group(1))

    assert tick(11.0) == 18
    assert tick(22.0) == 36
    assert tick(16.5) == 27
