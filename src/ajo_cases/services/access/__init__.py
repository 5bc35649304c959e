"""Accounts, unlocking, key rotation, integrity checks and the audit viewer."""
