"""Administration: accounts, backups, audit log, directory, letterhead, data."""
