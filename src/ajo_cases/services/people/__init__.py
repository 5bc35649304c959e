"""People: registering, editing and finding them by any spelling."""
