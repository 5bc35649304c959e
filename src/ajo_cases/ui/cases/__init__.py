"""People & cases: the list, registering a person, the case window."""
