"""Calm colours and type, taken from the palette so light, dark and high contrast all work.

Nothing here hard-codes a colour into a widget's paint code: widgets ask ``Theme`` at paint
time, and the theme follows the system's colour scheme unless the person picked one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

THEMES = ("system", "light", "dark")


@dataclass(frozen=True)
class Colours:
    window: QColor
    text: QColor
    soft_text: QColor
    accent: QColor
    accent_text: QColor
    surface: QColor
    shape_inner: QColor
    shape_outer: QColor


LIGHT = Colours(
    window=QColor("#f4f1ec"),
    text=QColor("#24303a"),
    soft_text=QColor("#4d5a64"),
    accent=QColor("#2f6f73"),
    accent_text=QColor("#ffffff"),
    surface=QColor("#ffffff"),
    shape_inner=QColor("#9cc9c4"),
    shape_outer=QColor("#5e9e9a"),
)

DARK = Colours(
    window=QColor("#1b2228"),
    text=QColor("#e6e9ec"),
    soft_text=QColor("#b3bcc4"),
    accent=QColor("#7fb8b3"),
    accent_text=QColor("#10181c"),
    surface=QColor("#242d34"),
    shape_inner=QColor("#4f8f8a"),
    shape_outer=QColor("#2f6663"),
)


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def colours_for(choice: str) -> Colours:
    return DARK if is_dark(choice) else LIGHT


def palette_for(colours: Colours) -> QPalette:
    palette = QPalette()
    role = QPalette.ColorRole
    palette.setColor(role.Window, colours.window)
    palette.setColor(role.WindowText, colours.text)
    palette.setColor(role.Base, colours.surface)
    palette.setColor(role.AlternateBase, colours.window)
    palette.setColor(role.Text, colours.text)
    palette.setColor(role.Button, colours.surface)
    palette.setColor(role.ButtonText, colours.text)
    palette.setColor(role.Highlight, colours.accent)
    palette.setColor(role.HighlightedText, colours.accent_text)
    palette.setColor(role.PlaceholderText, colours.soft_text)
    palette.setColor(role.ToolTipBase, colours.surface)
    palette.setColor(role.ToolTipText, colours.text)
    palette.setColor(role.Link, colours.accent)
    return palette


def style_sheet(colours: Colours) -> str:
    """Sizes and a few soft shapes; colours come from the same table as the palette."""
    return f"""
    QLabel#title {{ font-size: 22pt; font-weight: 600; color: {colours.text.name()}; }}
    QLabel#subtitle, QLabel#note {{ color: {colours.soft_text.name()}; }}
    QLabel#subtitle {{ font-size: 13pt; }}
    QPushButton {{
        border: 1px solid {colours.soft_text.name()}; border-radius: 10px;
        padding: 10px 18px; background: {colours.surface.name()}; color: {colours.text.name()};
    }}
    QPushButton:focus {{ border: 3px solid {colours.accent.name()}; }}
    QPushButton:checked {{
        background: {colours.accent.name()}; color: {colours.accent_text.name()};
    }}
    QPushButton:disabled {{ color: {colours.soft_text.name()}; }}
    QPushButton#primary {{
        background: {colours.accent.name()}; color: {colours.accent_text.name()};
        border: 1px solid {colours.accent.name()}; font-size: 15pt; font-weight: 600;
        padding: 16px 24px;
    }}
    QPushButton#primary:focus {{ border: 3px solid {colours.text.name()}; }}
    QPushButton#wayIn {{ font-size: 13pt; padding: 14px 20px; text-align: left; }}
    QPushButton#suds {{ padding: 8px 0px; }}
    QPushButton#chip {{ padding: 6px 8px; border-radius: 14px; }}
    QPushButton#choice {{ padding: 7px 2px; }}
    QTabWidget::pane {{ border: 1px solid {colours.soft_text.name()}; border-radius: 6px; }}
    QWidget#card {{
        background: {colours.surface.name()}; border: 1px solid {colours.soft_text.name()};
        border-radius: 10px;
    }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QLineEdit, QPlainTextEdit {{
        border: 1px solid {colours.soft_text.name()}; border-radius: 6px; padding: 6px;
        background: {colours.surface.name()}; color: {colours.text.name()};
    }}
    QLineEdit:focus, QPlainTextEdit:focus {{ border: 2px solid {colours.accent.name()}; }}
    QCheckBox::indicator {{
        width: 18px; height: 18px; border: 2px solid {colours.soft_text.name()};
        border-radius: 4px; background: {colours.surface.name()};
    }}
    QCheckBox::indicator:checked {{
        background: {colours.accent.name()}; border-color: {colours.accent.name()};
    }}
    QCheckBox:focus {{ color: {colours.accent.name()}; }}
    QLabel#phase {{ font-size: 26pt; font-weight: 600; color: {colours.text.name()}; }}
    QLabel#count {{ font-size: 18pt; color: {colours.soft_text.name()}; }}
    QLabel#step {{ font-size: 21pt; color: {colours.text.name()}; }}
    QLabel#heading {{ font-size: 14pt; font-weight: 600; color: {colours.text.name()}; }}
    """


def base_font() -> QFont:
    """The system's own font, one step larger: people read this when tired or upset."""
    font = QGuiApplication.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(max(font.pointSizeF() * 1.15, 11.0))
    return font
