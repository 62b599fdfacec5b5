"""Targets for the benchmarks: each figure is printed next to its target, and the bench's exit
status says whether every target was met.

Exit status of every bench in this folder:

- 0: measured, every target met;
- 1: measured, a target MISSED (the lines marked MISSED say which);
- 2: could not measure (a tool missing, a child failing to start); one line on stderr says why.
"""

from __future__ import annotations

import sys

EXIT_MET = 0
EXIT_MISSED = 1
EXIT_UNMEASURED = 2


class Verdict:
    """Collects the figures that have a target; ``exit_code()`` prints the summary line."""

    def __init__(self, bench: str) -> None:
        self.bench = bench
        self.missed: list[str] = []

    def at_most(self, label: str, value: float, target: float, unit: str = "") -> bool:
        return self._judge(label, value, value <= target, f"<= {target:g}{unit}", unit)

    def at_least(self, label: str, value: float, target: float, unit: str = "") -> bool:
        return self._judge(label, value, value >= target, f">= {target:g}{unit}", unit)

    def holds(self, label: str, ok: bool, wanted: str) -> bool:
        """A yes/no target, such as "every entry came back"."""
        print(f"{label}: {'yes' if ok else 'no'} (target: {wanted}) {'ok' if ok else 'MISSED'}")
        if not ok:
            self.missed.append(label)
        return ok

    def _judge(self, label: str, value: float, ok: bool, target: str, unit: str) -> bool:
        shown = f"{value:.2f}" if isinstance(value, float) else str(value)
        print(f"{label}: {shown}{unit} (target {target}) {'ok' if ok else 'MISSED'}")
        if not ok:
            self.missed.append(label)
        return ok

    def exit_code(self) -> int:
        if self.missed:
            print(f"{self.bench}: TARGET MISSED ({'; '.join(self.missed)})")
            return EXIT_MISSED
        print(f"{self.bench}: every target met")
        return EXIT_MET


def unmeasured(bench: str, why: object) -> int:
    """Say in one line why nothing could be measured; return the exit status for that."""
    print(f"{bench}: could not measure: {why}", file=sys.stderr)
    return EXIT_UNMEASURED
