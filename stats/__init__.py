"""Visitor statistics that describe the service, never a visitor (docs/privacy.md).

``tally`` counts in memory (sans-I/O), ``uniques`` estimates distinct browsers with
HyperLogLog, ``store`` keeps hourly rows in the database, ``recorder`` is the async
adapter that moves one into the other.
"""
