"""The person's journal (SQLite) and settings. Standard library only; no Qt."""
