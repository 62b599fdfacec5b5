"""Calm colours and type, taken from the palette so light, dark and high contrast all work.

Nothing here hard-codes a colour into a widget's paint code: widgets ask ``Theme`` at paint
time, and the theme follows the system's colour scheme unless the person picked one.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette

THEMES = ("system", "light", "dark", "contrast")
#: The desktop's own font, before Regulate enlarged it.
_system_font: QFont | None = None


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


#: High contrast: black on white, strong edges, nothing faint. Chosen in settings, or followed
#: from the desktop's contrast setting (Qt 6.10+).
CONTRAST = Colours(
    window=QColor("#ffffff"),
    text=QColor("#000000"),
    soft_text=QColor("#1f1f1f"),
    accent=QColor("#00504c"),
    accent_text=QColor("#ffffff"),
    surface=QColor("#ffffff"),
    shape_inner=QColor("#4d9c96"),
    shape_outer=QColor("#00504c"),
)


#: Placeholder words in an empty field ("delete", "Anything you want to remember"): 4.5:1 or
#: more against the field, yet clearly lighter than typed text (2:1 or more apart), so an
#: empty field never looks filled in.
_PLACEHOLDER = {
    id(LIGHT): QColor("#66717a"),
    id(DARK): QColor("#96a1aa"),
    id(CONTRAST): QColor("#595959"),
}


def placeholder_text(colours: Colours) -> QColor:
    return QColor(_PLACEHOLDER.get(id(colours), colours.soft_text))


def wants_high_contrast() -> bool:
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(accessibility(), "contrastPreference", None)
    return preference is not None and "High" in str(preference())


def is_dark(choice: str) -> bool:
    if choice == "dark":
        return True
    if choice == "light":
        return False
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def colours_for(choice: str) -> Colours:
    if choice == "contrast" or (choice == "system" and wants_high_contrast()):
        return CONTRAST
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
    palette.setColor(role.PlaceholderText, placeholder_text(colours))
    palette.setColor(role.ToolTipBase, colours.surface)
    palette.setColor(role.ToolTipText, colours.text)
    palette.setColor(role.Link, colours.accent)
    return palette


def focus_ring(colours: Colours) -> QColor:
    """The ring round the control that has the keyboard: 3:1 or more against the window and
    the control's own fill (tests/widgets/test_contrast.py)."""
    return colours.accent


def _focus_rules(colours: Colours, edge: int) -> str:
    """Focus rings that never change a button's inner size (the padding gives back what the
    wider border takes, so no letter is cut when a button takes the focus). A focused primary
    button turns to its outlined form: a dark ring on a light fill, clear on either side."""
    ring = focus_ring(colours).name()
    grow = 3 - edge
    return f"""
    QPushButton:focus {{
        border: 3px solid {ring}; padding: {10 - grow}px {18 - grow}px;
    }}
    QPushButton:checked:focus {{ border: 3px solid {colours.text.name()}; }}
    QPushButton#primary:focus {{
        border: 3px solid {colours.text.name()}; padding: 14px 22px;
        background: {colours.surface.name()}; color: {colours.accent.name()};
    }}
    QPushButton#wayIn:focus {{ padding: {14 - grow}px {20 - grow}px; }}
    QPushButton#suds:focus {{ padding: {8 - grow}px 0px; }}
    QPushButton#chip:focus {{ padding: {6 - grow}px {8 - grow}px; }}
    QPushButton#choice:focus {{ padding: {7 - grow}px 0px; }}
    """


def style_sheet(colours: Colours, base: float = 11.0) -> str:
    """Sizes (relative to the base text size, so they grow with it) and a few soft shapes;
    colours come from the same table as the palette."""
    edge = 2 if colours is CONTRAST else 1  # high contrast: every edge clearly visible

    def pt(scale: float) -> str:
        return f"{base * scale:.1f}pt"

    # A tick box as tall as a capital and a bit: 18 px at the usual 11 pt, growing with it.
    tick = max(18, round(base * 18 / 11))

    return f"""
    QLabel#title {{ font-size: {pt(2.0)}; font-weight: 600; color: {colours.text.name()}; }}
    QLabel#subtitle, QLabel#note {{ color: {colours.soft_text.name()}; }}
    QLabel#subtitle {{ font-size: {pt(1.18)}; }}
    QPushButton {{
        border: {edge}px solid {colours.soft_text.name()}; border-radius: 10px;
        padding: 10px 18px; background: {colours.surface.name()}; color: {colours.text.name()};
    }}
    QPushButton:checked {{
        background: {colours.accent.name()}; color: {colours.accent_text.name()};
    }}
    QPushButton:disabled {{
        color: {colours.soft_text.name()}; background: {colours.window.name()};
        border-style: dashed;
    }}
    QPushButton#primary {{
        background: {colours.accent.name()}; color: {colours.accent_text.name()};
        border: 1px solid {colours.accent.name()}; font-size: {pt(1.36)}; font-weight: 600;
        padding: 16px 24px;
    }}
    QPushButton#primary:disabled {{
        background: {colours.window.name()}; color: {colours.soft_text.name()};
        border: 1px dashed {colours.soft_text.name()};
    }}
    QPushButton#wayIn {{ font-size: {pt(1.18)}; padding: 14px 20px; text-align: left; }}
    QPushButton#suds {{ padding: 8px 0px; }}
    QPushButton#chip {{ padding: 6px 8px; border-radius: 14px; }}
    QPushButton#choice {{ padding: 7px 2px; }}
    {_focus_rules(colours, edge)}
    QTabWidget::pane {{ border: 1px solid {colours.soft_text.name()}; border-radius: 6px; }}
    QWidget#card {{
        background: {colours.surface.name()}; border: 1px solid {colours.soft_text.name()};
        border-radius: 10px;
    }}
    QScrollArea, QScrollArea > QWidget > QWidget {{ background: transparent; }}
    QScrollArea[tabStop="true"] {{ border: 3px solid transparent; border-radius: 4px; }}
    QScrollArea[tabStop="true"]:focus {{ border-color: {focus_ring(colours).name()}; }}
    QLabel[tabStop="true"] {{ border: 3px solid transparent; border-radius: 4px; }}
    QLabel[tabStop="true"]:focus {{ border-color: {focus_ring(colours).name()}; }}
    QLineEdit, QPlainTextEdit {{
        border: 1px solid {colours.soft_text.name()}; border-radius: 6px; padding: 6px;
        background: {colours.surface.name()}; color: {colours.text.name()};
        placeholder-text-color: {placeholder_text(colours).name()};
    }}
    QLineEdit:focus, QPlainTextEdit:focus {{
        border: 3px solid {focus_ring(colours).name()}; padding: 4px;
    }}
    QComboBox:focus, QAbstractSpinBox:focus {{
        border: 3px solid {focus_ring(colours).name()}; border-radius: 4px;
    }}
    QTabBar::tab {{
        background: {colours.surface.name()}; color: {colours.text.name()};
        border: 3px solid transparent; border-top-left-radius: 6px;
        border-top-right-radius: 6px; padding: 6px 12px; margin-right: 2px;
    }}
    QTabBar::tab:selected {{
        background: {colours.window.name()}; border-bottom-color: {colours.accent.name()};
    }}
    QTabBar::tab:disabled {{ color: {colours.soft_text.name()}; }}
    QTabBar::tab:focus {{ border-color: {focus_ring(colours).name()}; }}
    QCheckBox::indicator {{
        width: {tick}px; height: {tick}px; border: 2px solid {colours.soft_text.name()};
        border-radius: 4px; background: {colours.surface.name()};
    }}
    QCheckBox::indicator:checked {{
        background: {colours.accent.name()}; border-color: {colours.accent.name()};
    }}
    QCheckBox:focus {{ color: {colours.accent.name()}; }}
    QCheckBox::indicator:focus {{ border: 3px solid {focus_ring(colours).name()}; }}
    QLabel#phase {{ font-size: {pt(2.36)}; font-weight: 600; color: {colours.text.name()}; }}
    QLabel#count {{ font-size: {pt(1.64)}; color: {colours.soft_text.name()}; }}
    QLabel#step {{ font-size: {pt(1.9)}; color: {colours.text.name()}; }}
    QLabel#heading {{ font-size: {pt(1.27)}; font-weight: 600; color: {colours.text.name()}; }}
    """


def base_font(percent: int = 100) -> QFont:
    """The system's own font, one step larger (people read this when tired or upset), times
    the person's own text size (100 to 200 %)."""
    global _system_font
    if _system_font is None:
        _system_font = QFont(QGuiApplication.font())
    font = QFont(_system_font)  # never the enlarged one set last time: themes apply live
    if font.pointSizeF() > 0:
        size = max(font.pointSizeF() * 1.15, 11.0)
        font.setPointSizeF(size * max(100, min(200, percent)) / 100)
    return font
