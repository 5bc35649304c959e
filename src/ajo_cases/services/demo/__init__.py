"""Realistic synthetic records for trying the application."""
