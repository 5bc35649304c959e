"""AJO Cases: encrypted case management for shelters and migrant-support services."""

__version__ = "0.1.0"
APP_NAME = "AJO Cases"
APP_AUTHOR = "AJO"
