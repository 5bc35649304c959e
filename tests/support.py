"""Constants shared by tests (imported as tests.support)."""

ADMIN = "admin"
ADMIN_PASSWORD = "correct horse battery staple"
CANARY_NAME = "Ҷамшеджон Қаноатзодаи Canaryeski"
