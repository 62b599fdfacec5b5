"""Non-text contrast: every part that carries meaning stands 3:1 or more against what is next
to it, in every theme, computed from the theme's own colours (WCAG 2.x relative luminance)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from regulate.ui.pacer import dot_edge, dot_fill
from regulate.ui.theme import CONTRAST, DARK, LIGHT, Colours, focus_ring
from regulate.ui.window_diagram import DARK_TINTS, LIGHT_TINTS, band_edge

THEMES = {"light": LIGHT, "dark": DARK, "contrast": CONTRAST}


def luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.redF())
        + 0.7152 * channel(colour.greenF())
        + 0.0722 * channel(colour.blueF())
    )


def ratio(one: QColor, other: QColor) -> float:
    a, b = sorted((luminance(one), luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def pairs(colours: Colours) -> dict[str, tuple[QColor, QColor]]:
    tints = DARK_TINTS if colours is DARK else LIGHT_TINTS
    found = {
        "focus ring / window": (focus_ring(colours), colours.window),
        "focus ring / button": (focus_ring(colours), colours.surface),
        "focused primary ring / window": (colours.text, colours.window),
        "focused primary ring / its fill": (colours.text, colours.surface),
        "focused primary words / its fill": (colours.accent, colours.surface),
        "button edge / window": (colours.soft_text, colours.window),
        "field edge / field": (colours.soft_text, colours.surface),
        "placeholder / field": (colours.soft_text, colours.surface),
        "chosen chip / window": (colours.accent, colours.window),
        "chosen tab's mark / its fill": (colours.accent, colours.window),
        "focused tab's ring / tab": (focus_ring(colours), colours.surface),
        "pacer ring / window": (dot_edge(colours), colours.window),
        "tapped dot / resting dot": (dot_fill(colours), colours.window),
        "band edge / window": (band_edge(colours), colours.window),
    }
    for zone, tint in tints.items():
        found[f"band edge / {zone.value} band"] = (band_edge(colours), QColor(tint))
        found[f"marker edge / {zone.value} band"] = (colours.text, QColor(tint))
        found[f"diagram focus / {zone.value} band"] = (focus_ring(colours), QColor(tint))
    return found


@pytest.mark.parametrize("theme", THEMES)
def test_every_meaningful_part_stands_out(theme: str) -> None:
    weak = {
        name: round(ratio(*pair), 2)
        for name, pair in pairs(THEMES[theme]).items()
        if ratio(*pair) < 3.0
    }
    assert not weak, weak


@pytest.mark.parametrize("theme", THEMES)
def test_placeholder_text_reads_as_text(theme: str) -> None:
    colours = THEMES[theme]
    assert ratio(colours.soft_text, colours.surface) >= 4.5


def test_the_ratio_is_the_wcag_one() -> None:
    assert ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert ratio(QColor("#777777"), QColor("#ffffff")) == pytest.approx(4.48, abs=0.01)
