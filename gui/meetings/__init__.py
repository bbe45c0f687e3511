"""The Meetings page: the year's meetings, their editor, the protocols, and the term coverage."""
