"""Plan: the unified plan of methodical work and the associations' work plans."""
