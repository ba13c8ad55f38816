"""Where the quick-exit control sends the visitor by default (a leaf: ``settings`` imports it)."""

EXIT_URL = "https://www.google.co.jp/"
"""Where quick exit goes unless ``KAKUREGA_EXIT_URL`` says otherwise: the one default."""
