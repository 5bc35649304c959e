"""Backups, restore, automatic backups and checking snapshots."""
