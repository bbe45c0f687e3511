"""The Associations page: the associations of the year, the council, the director's order."""
