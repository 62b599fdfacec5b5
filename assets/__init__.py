"""Runtime files (patterns, sounds, ...), installed as regulate.assets for importlib.resources."""
