"""Alembic environment: runs on the connection handed in by storage.database.upgrade()."""

from alembic import context

from storage.tables import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:  # e.g. `alembic upgrade head` by hand: use sqlalchemy.url from alembic.ini
    from sqlalchemy import create_engine

    connection = create_engine(config.get_main_option("sqlalchemy.url")).connect()

context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
