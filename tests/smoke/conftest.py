"""Smoke tests open the real app in its own process, on a real X server (Xvfb)."""

from __future__ import annotations

import os

import pytest


@pytest.fixture
def x_display() -> str:
    display = os.environ.get("DISPLAY")
    if not display:
        if os.environ.get("CI"):
            pytest.fail("smoke tests need an X server in CI: run them under xvfb-run")
        pytest.skip("no X server: run under xvfb-run to open real windows")
    return display
