"""Home: the welcome card and the number cards."""
