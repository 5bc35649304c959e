"""Pure-Python domain rules: vocabularies, lifecycles, consent, shelter, names (stdlib only)."""
