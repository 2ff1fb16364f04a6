"""Chats: a row for every chat that talks to the bot, its settings, subscription and topics."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from factories import count
from sqlalchemy.engine import Engine
from sqlmodel import Session

from storage.subscribers import (
    MAX_TOPICS,
    UNSET,
    UnknownChat,
    ensure_chat,
    follow_topic,
    get_chat,
    subscribe,
    topics_of,
    unfollow_topic,
    unsubscribe,
    update_chat,
)

START = datetime(2024, 3, 1, 12, 0, tzinfo=UTC)
LATER = START + timedelta(days=3)
NETWORK = "Red de Protección Consular"
WORKING_GROUP = "Grupo de Trabajo sobre Niñez y Adolescencia Migrante"


def test_a_new_chat_is_stored_unsubscribed_with_its_settings(session: Session) -> None:
    assert get_chat(session, chat_id=-1001) is None
    chat = ensure_chat(
        session,
        chat_id=-1001,
        now=START,
        lang="en",
        timezone="America/Guatemala",
        chat_type="supergroup",
    )
    session.commit()
    stored = get_chat(session, chat_id=-1001)
    assert stored is not None and stored.id == chat.id
    assert (stored.chat_type, stored.lang, stored.timezone) == (
        "supergroup",
        "en",
        "America/Guatemala",
    )
    assert (stored.active, stored.follows, stored.country) == (False, "all", None)
    assert (stored.lead_days, stored.digest) == (None, True)
    assert stored.created_at == stored.updated_at == START


def test_ensuring_an_existing_chat_returns_it_unchanged(session: Session) -> None:
    first = ensure_chat(session, chat_id=7, now=START, lang="es", timezone="America/Panama")
    session.commit()
    again = ensure_chat(session, chat_id=7, now=LATER, lang="en", timezone="UTC", chat_type="group")
    session.commit()
    assert again.id == first.id
    assert (again.lang, again.timezone, again.chat_type) == ("es", "America/Panama", "private")
    assert again.updated_at == START
    assert count(session, "subscriber") == 1


def test_two_replicas_creating_the_same_chat_share_one_row(engine: Engine) -> None:
    with Session(engine) as one, Session(engine) as two:
        made = ensure_chat(one, chat_id=5, now=START, lang="es", timezone="UTC")
        one.commit()
        # The second replica's insert meets the first one's row and yields to it.
        seen = ensure_chat(two, chat_id=5, now=LATER, lang="en", timezone="UTC")
        two.commit()
        assert seen.id == made.id and seen.lang == "es"
    with Session(engine) as session:
        assert count(session, "subscriber") == 1


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"lang": "fr"}, "unsupported language 'fr'"),
        ({"timezone": "Mars/Olympus"}, "unknown timezone 'Mars/Olympus'"),
        ({"timezone": "../etc/passwd"}, "unknown timezone"),
        ({"chat_type": "bot"}, "unknown chat type 'bot'"),
    ],
)
def test_a_new_chat_with_invalid_settings_is_refused(
    session: Session, settings: dict[str, str], message: str
) -> None:
    values = {"lang": "es", "timezone": "UTC", "chat_type": "private", **settings}
    with pytest.raises(ValueError, match=message):
        ensure_chat(session, chat_id=1, now=START, **values)
    assert get_chat(session, chat_id=1) is None


def test_updating_changes_only_what_is_given(session: Session) -> None:
    ensure_chat(session, chat_id=1, now=START, lang="es", timezone="America/Mexico_City")
    chat = update_chat(
        session,
        chat_id=1,
        now=LATER,
        timezone="America/Tegucigalpa",
        country="Honduras",
        follows="country",
        lead_days=[1, 14, 3],
        digest=False,
    )
    session.commit()
    assert (chat.lang, chat.timezone, chat.country, chat.follows) == (
        "es",
        "America/Tegucigalpa",
        "Honduras",
        "country",
    )
    # Largest first, whatever order they came in.
    assert chat.lead_days == [14, 3, 1]
    assert chat.digest is False
    assert chat.updated_at == LATER
    session.expire_all()
    stored = get_chat(session, chat_id=1)
    assert stored is not None and stored.lead_days == [14, 3, 1] and stored.digest is False
    again = update_chat(session, chat_id=1, now=LATER + timedelta(days=1), lang="en")
    assert (again.lang, again.country, again.lead_days) == ("en", "Honduras", [14, 3, 1])


def test_updating_nothing_new_keeps_updated_at(session: Session) -> None:
    ensure_chat(session, chat_id=1, now=START, lang="es", timezone="UTC")
    chat = update_chat(session, chat_id=1, now=LATER, lang="es", digest=True)
    assert chat.updated_at == START


def test_lead_days_none_restores_the_defaults_and_empty_means_none(session: Session) -> None:
    ensure_chat(session, chat_id=1, now=START, lang="es", timezone="UTC")
    assert update_chat(session, chat_id=1, now=LATER, lead_days=[7]).lead_days == [7]
    assert update_chat(session, chat_id=1, now=LATER, lead_days=None).lead_days is None
    assert update_chat(session, chat_id=1, now=LATER, lead_days=[]).lead_days == []
    session.commit()
    session.expire_all()
    stored = get_chat(session, chat_id=1)
    assert stored is not None and stored.lead_days == []


def test_clearing_the_country_goes_back_to_following_everything(session: Session) -> None:
    ensure_chat(session, chat_id=1, now=START, lang="es", timezone="UTC")
    update_chat(session, chat_id=1, now=START, country="Panamá", follows="country")
    chat = update_chat(session, chat_id=1, now=LATER, country=None)
    assert (chat.country, chat.follows) == (None, "all")
    # A country kept without following it is fine, and following it later needs no repeat.
    update_chat(session, chat_id=1, now=LATER, country="Belice", follows="all")
    chat = update_chat(session, chat_id=1, now=LATER, follows="country")
    assert (chat.country, chat.follows) == ("Belice", "country")


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ({"lang": "pt"}, "unsupported language 'pt'"),
        ({"timezone": "Central America"}, "unknown timezone 'Central America'"),
        ({"timezone": ""}, "unknown timezone"),
        ({"lead_days": [61]}, "from 0 .* to 60, not 61"),
        ({"lead_days": [-1]}, "to 60, not -1"),
        ({"lead_days": [3, 3]}, "must not repeat"),
        ({"lead_days": [1, 2, 3, 4, 5, 6, 7]}, "at most 6 lead days"),
        ({"lead_days": [1.5]}, "whole days, not 1.5"),
        ({"lead_days": [True]}, "whole days, not True"),
        ({"follows": "topics"}, "follows is one of all, country, not 'topics'"),
        ({"follows": "country"}, "following a country needs a country"),
        ({"follows": "country", "country": None}, "following a country needs a country"),
        ({"country": "   "}, "a country is a name"),
    ],
)
def test_invalid_settings_are_refused_and_nothing_changes(
    session: Session, settings: dict[str, object], message: str
) -> None:
    ensure_chat(session, chat_id=1, now=START, lang="es", timezone="UTC")
    with pytest.raises(ValueError, match=message):
        update_chat(session, chat_id=1, now=LATER, digest=False, **settings)  # type: ignore[arg-type]
    chat = get_chat(session, chat_id=1)
    assert chat is not None
    assert (chat.lang, chat.timezone, chat.digest, chat.lead_days) == ("es", "UTC", True, None)
    assert chat.updated_at == START


def test_updating_a_chat_that_never_talked_to_the_bot_is_an_error(session: Session) -> None:
    with pytest.raises(UnknownChat):
        update_chat(session, chat_id=404, now=START, lang="en")
    with pytest.raises(UnknownChat):
        follow_topic(session, chat_id=404, topic=NETWORK)


def test_subscribing_activates_and_unsubscribing_keeps_the_settings(session: Session) -> None:
    ensure_chat(session, chat_id=3, now=START, lang="en", timezone="America/Belize")
    update_chat(session, chat_id=3, now=START, country="Belice", lead_days=[2], digest=False)
    chat = subscribe(session, chat_id=3, now=LATER)
    session.commit()
    # Subscribing without settings keeps the chat's own.
    assert chat.active is True
    assert (chat.lang, chat.timezone, chat.country, chat.lead_days, chat.digest) == (
        "en",
        "America/Belize",
        "Belice",
        [2],
        False,
    )
    assert chat.updated_at == LATER
    assert unsubscribe(session, chat_id=3, now=LATER + timedelta(hours=1)) is True
    assert unsubscribe(session, chat_id=3) is False
    session.commit()
    session.expire_all()
    stored = get_chat(session, chat_id=3)
    assert stored is not None and stored.active is False
    assert (stored.lang, stored.country, stored.lead_days, stored.digest) == (
        "en",
        "Belice",
        [2],
        False,
    )
    assert stored.updated_at == LATER + timedelta(hours=1)
    again = subscribe(session, chat_id=3, now=LATER, follows="country")
    assert (again.active, again.follows, again.lang) == (True, "country", "en")


def test_subscribing_a_new_chat_creates_it_with_the_defaults(session: Session) -> None:
    chat = subscribe(session, chat_id=11, now=START, country="OIM", follows="country")
    assert (chat.active, chat.lang, chat.timezone, chat.chat_type) == (
        True,
        "es",
        "America/Mexico_City",
        "private",
    )
    assert (chat.country, chat.follows) == ("OIM", "country")
    with pytest.raises(ValueError, match="needs a country"):
        subscribe(session, chat_id=12, now=START, follows="country")
    assert unsubscribe(session, chat_id=999) is False
    # UNSET, spelt out, is the same as leaving a setting out.
    kept = update_chat(session, chat_id=11, now=START, country=UNSET, lead_days=UNSET, lang="en")
    assert (kept.country, kept.lead_days, kept.lang) == ("OIM", None, "en")


def test_following_and_unfollowing_topics(session: Session) -> None:
    ensure_chat(session, chat_id=1, now=START, lang="es", timezone="UTC")
    ensure_chat(session, chat_id=2, now=START, lang="es", timezone="UTC")
    assert topics_of(session, chat_id=1) == []
    assert follow_topic(session, chat_id=1, topic=NETWORK) is True
    assert follow_topic(session, chat_id=1, topic=f"  {NETWORK} ") is False
    assert follow_topic(session, chat_id=1, topic=WORKING_GROUP) is True
    assert follow_topic(session, chat_id=2, topic=WORKING_GROUP) is True
    session.commit()
    assert topics_of(session, chat_id=1) == [WORKING_GROUP, NETWORK]
    assert unfollow_topic(session, chat_id=1, topic=WORKING_GROUP) is True
    assert unfollow_topic(session, chat_id=1, topic=WORKING_GROUP) is False
    assert unfollow_topic(session, chat_id=404, topic=NETWORK) is False
    session.commit()
    assert topics_of(session, chat_id=1) == [NETWORK]
    assert topics_of(session, chat_id=2) == [WORKING_GROUP]
    assert topics_of(session, chat_id=404) == []
    # Topics survive unsubscribing, like the other settings.
    subscribe(session, chat_id=1, now=LATER)
    unsubscribe(session, chat_id=1)
    session.commit()
    assert topics_of(session, chat_id=1) == [NETWORK]


def test_topics_are_names_and_a_chat_follows_a_bounded_number(session: Session) -> None:
    ensure_chat(session, chat_id=1, now=START, lang="es", timezone="UTC")
    with pytest.raises(ValueError, match="a topic is a name"):
        follow_topic(session, chat_id=1, topic="  ")
    for n in range(MAX_TOPICS):
        assert follow_topic(session, chat_id=1, topic=f"Grupo {n:02d}")
    with pytest.raises(ValueError, match=f"at most {MAX_TOPICS} topics"):
        follow_topic(session, chat_id=1, topic="Uno más")
    # Following one already followed is still just "no change".
    assert follow_topic(session, chat_id=1, topic="Grupo 00") is False
    assert len(topics_of(session, chat_id=1)) == MAX_TOPICS
