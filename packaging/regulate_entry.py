"""Entry point of the PyInstaller build: the same ``regulate`` command, frozen.

Kept outside the package so PyInstaller runs it as a plain script; everything else is
``regulate.cli.main``, exactly as the ``regulate`` console script and ``python -m regulate``.
"""

from regulate.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
