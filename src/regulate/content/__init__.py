"""Built-in content read from data files in regulate.assets: patterns (and later exercises)."""
