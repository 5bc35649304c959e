"""SQLAlchemy engine, tables, repositories and Alembic migrations."""
