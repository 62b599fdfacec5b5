"""Everything the person sees. The only package (with ``regulate.app``) that imports Qt."""
