"""``python -m regulate`` behaves exactly like the ``regulate`` command."""

from regulate.cli import main

raise SystemExit(main())
