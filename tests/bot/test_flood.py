"""Flood control's decisions (bot/flood.py), with time moved by a fake clock."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from fakes.clock import FakeClock

from bot.flood import Decision, FloodGate, Verdict

START = datetime(2017, 6, 23, 15, 0, tzinfo=UTC)
ANA = 1001
LUIS = 1004
GROUP = -2001


def gate(per_minute: int = 30, mute: float = 60, **extra: int) -> FloodGate:
    return FloodGate(per_minute, timedelta(seconds=mute), **extra)


def burst(
    flood: FloodGate, clock: FakeClock, user: int, n: int, every: float = 0.0
) -> list[Verdict]:
    """Send `n` updates from `user`, `every` seconds apart; return the verdicts."""
    verdicts = []
    for _ in range(n):
        verdicts.append(flood.admit(clock.now(), user=user).verdict)
        clock.advance(seconds=every)
    return verdicts


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


@pytest.mark.parametrize(
    ("per_minute", "every", "sent", "answered"),
    [
        # A burst of the allowance passes; the next one is over it.
        (30, 0.0, 31, 30),
        (5, 0.0, 10, 5),
        # 200 in ten seconds: the allowance plus what refills meanwhile (0.5 a second).
        (30, 0.05, 200, 30),
        # A steady pace of the allowance a minute is never stopped, even for ten minutes.
        (30, 2.0, 300, 300),
        (6, 10.0, 60, 60),
        # A little faster than that runs out after a while.
        (30, 1.0, 120, 59),
        # 0 turns flood control off.
        (0, 0.0, 500, 500),
    ],
)
def test_how_many_updates_are_answered(
    clock: FakeClock, per_minute: int, every: float, sent: int, answered: int
) -> None:
    verdicts = burst(gate(per_minute), clock, ANA, sent, every)
    assert verdicts.count(Verdict.ANSWER) == answered
    # Told once, however long the flood lasts within one episode.
    assert verdicts.count(Verdict.WARN) == (1 if answered < sent else 0)


def test_the_update_over_the_limit_is_told_and_the_next_ones_dropped(clock: FakeClock) -> None:
    flood = gate()
    assert burst(flood, clock, ANA, 30) == [Verdict.ANSWER] * 30
    assert flood.admit(clock.now(), user=ANA) == Decision(Verdict.WARN, ("user", ANA))
    assert flood.is_muted(("user", ANA), clock.now())
    clock.advance(seconds=59)
    assert flood.admit(clock.now(), user=ANA) == Decision(Verdict.DROP, ("user", ANA))
    assert flood.dropped == 2 and flood.muted == 1


def test_a_sender_who_stops_is_answered_again_when_the_mute_ends(clock: FakeClock) -> None:
    flood = gate(mute=60)
    burst(flood, clock, ANA, 31)
    clock.advance(seconds=59.9)
    assert flood.is_muted(("user", ANA), clock.now())
    clock.advance(seconds=0.1)
    assert not flood.is_muted(("user", ANA), clock.now())
    assert flood.admit(clock.now(), user=ANA).verdict is Verdict.ANSWER


def test_a_short_mute_releases_with_what_refilled_meanwhile(clock: FakeClock) -> None:
    flood = gate(per_minute=30, mute=10)
    burst(flood, clock, ANA, 31)
    clock.advance(seconds=10)
    # Ten quiet seconds refilled five updates' worth.
    assert burst(flood, clock, ANA, 6) == [Verdict.ANSWER] * 5 + [Verdict.DROP]


def test_a_sender_still_flooding_when_the_mute_ends_stays_muted_untold(clock: FakeClock) -> None:
    flood = gate(mute=60)
    verdicts = burst(flood, clock, ANA, 3000, every=0.1)  # five minutes at ten a second
    assert verdicts.count(Verdict.WARN) == 1
    # The allowance and what refilled in the first three seconds; each time a mute ends, the
    # update then finds next to nothing refilled and is muted again, at once.
    assert verdicts.count(Verdict.ANSWER) == 31
    assert flood.muted == 5


def test_a_sender_quiet_for_a_whole_minute_is_told_again_next_time(clock: FakeClock) -> None:
    flood = gate(mute=30)
    burst(flood, clock, ANA, 31)
    clock.advance(seconds=61)
    verdicts = burst(flood, clock, ANA, 31)
    assert verdicts == [Verdict.ANSWER] * 30 + [Verdict.WARN]


def test_other_users_are_answered_while_one_is_muted(clock: FakeClock) -> None:
    flood = gate()
    burst(flood, clock, ANA, 100, every=0.05)
    assert flood.is_muted(("user", ANA), clock.now())
    assert burst(flood, clock, LUIS, 10, every=1.0) == [Verdict.ANSWER] * 10
    assert flood.admit(clock.now(), user=ANA).verdict is Verdict.DROP


def test_a_group_counts_all_its_members_twice_a_users_allowance(clock: FakeClock) -> None:
    flood = gate(per_minute=10)
    members = range(1, 6)
    verdicts = [flood.admit(clock.now(), user=m, group=GROUP) for m in list(members) * 4]
    assert [d.verdict for d in verdicts] == [Verdict.ANSWER] * 20
    # The 21st update is one too many for the group, not for the member who sent it.
    assert flood.admit(clock.now(), user=6, group=GROUP) == Decision(Verdict.WARN, ("group", GROUP))
    assert flood.admit(clock.now(), user=1, group=GROUP) == Decision(Verdict.DROP, ("group", GROUP))
    # The members' private chats are answered as usual.
    assert flood.admit(clock.now(), user=1).verdict is Verdict.ANSWER


def test_a_member_flooding_a_group_is_muted_without_muting_the_group(clock: FakeClock) -> None:
    flood = gate(per_minute=10)
    verdicts = [flood.admit(clock.now(), user=ANA, group=GROUP) for _ in range(30)]
    assert verdicts[10] == Decision(Verdict.WARN, ("user", ANA))
    assert set(verdicts[11:]) == {Decision(Verdict.DROP, ("user", ANA))}
    # Ana's dropped updates did not spend the group's allowance: Luis is answered there.
    assert flood.admit(clock.now(), user=LUIS, group=GROUP).verdict is Verdict.ANSWER
    # And Ana is muted in her private chat too: it is her sending too much.
    assert flood.admit(clock.now(), user=ANA).verdict is Verdict.DROP


def test_idle_senders_are_forgotten(clock: FakeClock) -> None:
    flood = gate()
    for n in range(1000):
        flood.admit(clock.now(), user=n)
    assert len(flood) == 1000
    # A sender's allowance refills within a minute; after that nothing about it is worth keeping.
    clock.advance(seconds=61)
    flood.admit(clock.now(), user=ANA)
    assert len(flood) == 1


def test_a_muted_sender_is_remembered_until_its_mute_ends(clock: FakeClock) -> None:
    flood = gate(mute=300)
    burst(flood, clock, ANA, 31)
    clock.advance(seconds=120)
    flood.admit(clock.now(), user=LUIS)
    assert flood.is_muted(("user", ANA), clock.now())
    assert flood.admit(clock.now(), user=ANA).verdict is Verdict.DROP
    clock.advance(seconds=400)
    flood.admit(clock.now(), user=LUIS)
    assert len(flood) == 1


def test_memory_is_bounded_however_many_senders_come_at_once(clock: FakeClock) -> None:
    flood = gate(max_senders=100)
    for n in range(10_000):
        flood.admit(clock.now(), user=n)
    assert len(flood) == 100


def test_nonsense_settings_are_refused() -> None:
    with pytest.raises(ValueError):
        gate(per_minute=-1)
    with pytest.raises(ValueError):
        gate(mute=0)
