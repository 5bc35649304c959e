"""Running work off the GUI thread, signals, and reporting failures."""
