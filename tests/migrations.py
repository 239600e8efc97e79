"""Stepping a real store's schema down and back up, as an upgrade of an older store does."""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def downgraded_and_upgraded(url: str, revision: str) -> Iterator[object]:
    """Take the store at `url` down to `revision` and back to head; yields the connection, in the same
    transaction, so the test reads what the upgrade wrote."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    from claimwatch.store.store import MIGRATIONS

    engine = create_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, revision)
            command.upgrade(config, "head")
            yield connection
    finally:
        engine.dispose()
