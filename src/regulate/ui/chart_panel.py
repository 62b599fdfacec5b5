"""One panel of the chart: a pyqtgraph view with its words on the left and time underneath.

pyqtgraph's ``PlotItem`` does this and more: a context menu of plot options (built as a form of
some forty widgets whether or not it is ever opened), corner buttons, a title and axes on all
four sides. The chart has its own controls and shows none of those, and building two
``PlotItem``s took about a twentieth of the wait for its window. ``Panel`` is just the view
and the two axes, laid out as ``PlotItem`` lays them out, with the few of its methods the chart
uses, so the drawing is the same.
"""

from __future__ import annotations

from typing import Any

import pyqtgraph as pg
from PySide6.QtWidgets import QGraphicsGridLayout, QGraphicsItem, QSizePolicy

#: The view and its two axes in a grid of two rows and two columns (row, column).
VIEW_CELL = (0, 1)
AXIS_CELLS = {"left": (0, 0), "bottom": (1, 1)}


class Panel(pg.GraphicsWidget):  # type: ignore[misc]  # pyqtgraph has no type hints
    """A ``ViewBox`` with a left axis and a time axis below, nothing else."""

    def __init__(self, bottom: pg.AxisItem) -> None:
        super().__init__()
        policy = QSizePolicy.Policy.Expanding
        self.setSizePolicy(policy, policy)
        grid = QGraphicsGridLayout()
        grid.setContentsMargins(1, 1, 1, 1)
        grid.setHorizontalSpacing(0)
        grid.setVerticalSpacing(0)
        self.setLayout(grid)
        self.vb = pg.ViewBox(parent=self, enableMenu=False)
        grid.addItem(self.vb, *VIEW_CELL)
        self.axes: dict[str, pg.AxisItem] = {
            "left": pg.AxisItem(orientation="left", parent=self),
            "bottom": bottom,
        }
        for side, axis in self.axes.items():  # as PlotItem sets up its axes
            axis.linkToView(self.vb)
            grid.addItem(axis, *AXIS_CELLS[side])
            axis.setZValue(0.5)  # above what is drawn at 0, as in PlotItem
            axis.setFlag(QGraphicsItem.GraphicsItemFlag.ItemNegativeZStacksBehindParent)
        # The axes take what their words need (none when hidden); the view takes the rest.
        grid.setRowStretchFactor(VIEW_CELL[0], 100)
        grid.setColumnStretchFactor(VIEW_CELL[1], 100)

    def getAxis(self, side: str) -> pg.AxisItem:  # pyqtgraph's name
        return self.axes[side]

    def addItem(self, item: QGraphicsItem, ignoreBounds: bool = False) -> None:
        self.vb.addItem(item, ignoreBounds=ignoreBounds)

    def showAxis(self, side: str, show: bool = True) -> None:  # pyqtgraph's name
        axis = self.axes[side]
        if show:  # AxisItem's own show and hide: a hidden axis takes no room
            axis.show()
        else:
            axis.hide()

    def showGrid(self, y: bool, alpha: float) -> None:  # pyqtgraph's name
        """Faint lines across the view at the left axis's ticks."""
        self.axes["left"].setGrid(int(alpha * 255) if y else False)

    def setLabel(self, side: str, text: str) -> None:  # pyqtgraph's name
        self.axes[side].setLabel(text)

    def setXLink(self, other: Panel) -> None:  # pyqtgraph's name
        self.vb.setXLink(other.vb)

    def setXRange(self, start: float, end: float, padding: float = 0.0) -> None:
        self.vb.setXRange(start, end, padding=padding)

    def setYRange(self, low: float, high: float, padding: float = 0.0) -> None:
        self.vb.setYRange(low, high, padding=padding)

    def setMouseEnabled(self, **axes: Any) -> None:
        self.vb.setMouseEnabled(**axes)
