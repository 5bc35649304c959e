"""Use cases: the one API the desktop UI and the command line call. No Qt here."""
