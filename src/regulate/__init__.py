"""Regulate: a calm desktop companion for coming back into your window of tolerance.

Layers, one direction only (see docs/ARCHITECTURE.md):
``core`` (pure rules) <- ``content`` / ``storage`` (data files, the journal) <- ``cli`` /
``ui`` + ``app`` (the only code that touches Qt).
"""

__version__ = "0.1.0"
