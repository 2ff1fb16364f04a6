"""What the bot's health check asks the database: that it answers at all."""

from __future__ import annotations

from sqlalchemy import literal, select
from sqlmodel import Session


def ping(session: Session) -> bool:
    """Run the cheapest query there is; raise if the database does not answer."""
    session.execute(select(literal(1))).one()
    return True
