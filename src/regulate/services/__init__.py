"""The application layer: what Regulate does, for the command line and the app alike.

Qt-free. ``cli.py`` and the Qt side (``app.py`` and the screens) both call ``Services``; they
only turn its answers into words on a terminal or a screen. It owns opening the journal (one
path, one timeout, one place that knows where backups live), the typed settings, the catalogue
of patterns and exercises, logging finished sessions, suggestions, importing and exporting, and
the rules for where output may be written.
"""

from regulate.services.app import ImportResult, Refused, ServiceError, Services

__all__ = ["ImportResult", "Refused", "ServiceError", "Services"]
