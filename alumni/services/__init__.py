"""Service functions: each owns one transaction (commit, then enqueue)."""
