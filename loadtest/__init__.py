"""Load generators for Kakurega: the high-concurrency swarm benchmark (``python -m loadtest.swarm``)."""
