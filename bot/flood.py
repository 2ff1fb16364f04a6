"""Flood control: which updates of a chat that sends too many are dropped, and when to say so.

Each sender (a user, and a group chat as a whole) has an allowance of `per_minute` updates that
refills at `per_minute` a minute: a burst that size passes, and so does a steady pace of one
every 60/`per_minute` seconds, forever. The update that finds the allowance spent mutes its
sender for `mute`; every update from it is dropped until then. Dropped updates keep spending the
allowance, so a sender still flooding when the mute ends is muted again at once. The sender is
told once: not again until its allowance has refilled whole (it was quiet for a minute).

A group's allowance is `GROUP_FACTOR` times a user's, so that no one member can use it up: a
member who floods is muted first, and the others are still answered there.

Pure: the caller passes the moment (from the bot's clock), so tests move time by hand. Memory
stays bounded: a sender whose allowance is whole and who is not muted holds nothing worth
keeping, and is forgotten; past `max_senders` the least recently seen are forgotten first.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

WINDOW = 60.0  # seconds: the allowance is per minute
GROUP_FACTOR = 2
Sender = tuple[str, int]  # ("user", user id) or ("group", chat id)


class Verdict(enum.Enum):
    """What to do with an update."""

    ANSWER = "answer"
    WARN = "warn"  # drop it, and tell the sender to slow down (once per episode)
    DROP = "drop"  # drop it silently


@dataclass(frozen=True)
class Decision:
    """A verdict, and which sender it is about (None when the update is answered)."""

    verdict: Verdict
    sender: Sender | None = None


class _Allowance:
    """One sender's state: tokens left at `updated`, muted until when, told or not."""

    __slots__ = ("capacity", "muted_until", "tokens", "told", "updated")

    def __init__(self, capacity: int, now: float) -> None:
        self.capacity = capacity
        self.tokens = float(capacity)
        self.updated = now
        self.muted_until = 0.0
        self.told = False


class FloodGate:
    """The allowance of every sender seen in the last minute (or still muted)."""

    def __init__(
        self,
        per_minute: int = 30,
        mute: timedelta = timedelta(seconds=60),
        *,
        max_senders: int = 100_000,
    ) -> None:
        if per_minute < 0 or mute <= timedelta(0) or max_senders < 1:
            raise ValueError("per_minute >= 0 (0: off), a positive mute and max_senders >= 1")
        self.per_minute = per_minute
        self.mute = mute.total_seconds()
        self.max_senders = max_senders
        # Least recently seen first: forgetting idle senders pops from the front.
        self._senders: dict[Sender, _Allowance] = {}
        self.dropped = 0  # updates dropped, for the logs and the metrics
        self.muted = 0  # mutes begun

    @property
    def enabled(self) -> bool:
        """Whether flood control is on (per_minute > 0)."""
        return self.per_minute > 0

    def __len__(self) -> int:
        """Return how many senders are remembered."""
        return len(self._senders)

    def admit(self, now: datetime, *, user: int | None, group: int | None = None) -> Decision:
        """Count one update at `now` from `user`, in `group` (its chat id) if it came from one."""
        senders: list[Sender] = []
        if user is not None:
            senders.append(("user", user))
        if group is not None:
            senders.append(("group", group))
        if not self.enabled or not senders:
            return Decision(Verdict.ANSWER)
        moment = now.timestamp()
        self._forget_idle(moment)
        states = [(sender, self._allowance(sender, moment)) for sender in senders]
        for sender, state in states:
            if state.muted_until > moment:
                # Still flooding while muted keeps the allowance spent: the mute outlasts it.
                state.tokens = max(0.0, state.tokens - 1)
                self.dropped += 1
                return Decision(Verdict.DROP, sender)
        for sender, state in states:
            if state.tokens < 1:
                state.muted_until = moment + self.mute
                state.tokens = 0.0
                self.muted += 1
                self.dropped += 1
                if state.told:
                    return Decision(Verdict.DROP, sender)
                state.told = True
                return Decision(Verdict.WARN, sender)
        for _, state in states:
            state.tokens -= 1
        return Decision(Verdict.ANSWER)

    def is_muted(self, sender: Sender, now: datetime) -> bool:
        """Return whether `sender`'s updates are being dropped at `now`."""
        state = self._senders.get(sender)
        return state is not None and state.muted_until > now.timestamp()

    def _allowance(self, sender: Sender, moment: float) -> _Allowance:
        state = self._senders.pop(sender, None)
        if state is None:
            factor = GROUP_FACTOR if sender[0] == "group" else 1
            state = _Allowance(self.per_minute * factor, moment)
        else:
            elapsed = max(0.0, moment - state.updated)
            refill = elapsed * state.capacity / WINDOW
            state.tokens = min(float(state.capacity), state.tokens + refill)
            state.updated = moment
            if state.tokens >= state.capacity and state.muted_until <= moment:
                state.told = False  # quiet for a whole refill: a new episode may be told again
        self._senders[sender] = state  # now the most recently seen
        if len(self._senders) > self.max_senders:
            del self._senders[next(iter(self._senders))]
        return state

    def _forget_idle(self, moment: float) -> None:
        """Forget the senders whose allowance is whole again and who are not muted."""
        while self._senders:
            sender, state = next(iter(self._senders.items()))
            refilled = state.updated + (state.capacity - state.tokens) * WINDOW / state.capacity
            if max(refilled, state.muted_until) > moment:
                # The others were seen later: a later pass forgets them (within a minute of
                # when they could be), and max_senders bounds them meanwhile.
                return
            del self._senders[sender]
