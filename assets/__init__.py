"""Runtime files (patterns, exercises, icons, sounds, translations), read via importlib.resources."""
