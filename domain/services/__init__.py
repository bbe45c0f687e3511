"""Use cases: each public method is one action in one unit of work."""
