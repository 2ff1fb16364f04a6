"""The commitment store: SQLModel models, engine and sessions, queries, migrations."""
