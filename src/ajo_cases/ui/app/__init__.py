"""The application frame: session, unlock, first run, main window, settings."""
