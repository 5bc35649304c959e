"""Widgets, formatting and words shared by every screen."""
