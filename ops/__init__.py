"""What an operator meets: start-up checks, the log format, the metrics listener, warnings."""
