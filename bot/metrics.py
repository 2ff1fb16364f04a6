"""What `crmbot run` counts, and GET /metrics: those counts in Prometheus' text format.

The counters live in one `Metrics` object held by `Services`: the handlers' first group counts
updates, the reminder sender counts what it sent. Gauges (outbox depth, last tick, database up)
are read when /metrics is asked for. The text follows the exposition format 0.0.4: a HELP and a
TYPE line per metric, then its sample.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8"


@dataclass
class Metrics:
    """Counters since the process started."""

    updates: int = 0
    reminders_sent: int = 0
    reminders_failed: int = 0
    reminders_late: int = 0

    def count_reminders(self, *, sent: int, failed: int, late: int) -> None:
        """Add one sending round's outcome."""
        self.reminders_sent += sent
        self.reminders_failed += failed
        self.reminders_late += late


@dataclass(frozen=True)
class Gauges:
    """What /metrics reads at the moment it is asked."""

    database_up: bool
    outbox_depth: int | None
    retry_afters: int
    last_tick: datetime | None
    flood_dropped: int = 0
    flood_mutes: int = 0


def exposition(metrics: Metrics, gauges: Gauges) -> str:
    """Return the metrics in Prometheus' text exposition format."""
    samples: list[tuple[str, str, str, float | None]] = [
        ("crmbot_updates_total", "counter", "Updates from Telegram passed to the handlers.",
         metrics.updates),
        ("crmbot_reminders_sent_total", "counter", "Reminders Telegram accepted.",
         metrics.reminders_sent),
        ("crmbot_reminders_failed_total", "counter",
         "Reminders Telegram refused for good (blocked, removed, bad request).",
         metrics.reminders_failed),
        ("crmbot_reminders_late_total", "counter",
         "Reminders sent after their moment (the bot was stopped then).", metrics.reminders_late),
        ("crmbot_outbox_depth", "gauge", "Reminders due and not yet sent.", gauges.outbox_depth),
        ("crmbot_telegram_retry_after_total", "counter",
         "429 answers (retry_after) received from Telegram.", gauges.retry_afters),
        ("crmbot_flood_dropped_total", "counter",
         "Updates dropped because their sender sent too many a minute.", gauges.flood_dropped),
        ("crmbot_flood_mutes_total", "counter",
         "Senders told to slow down and ignored for a while.", gauges.flood_mutes),
        ("crmbot_last_tick_timestamp_seconds", "gauge",
         "When the reminder tick last finished (Unix time; 0: not yet).",
         gauges.last_tick.timestamp() if gauges.last_tick else 0),
        ("crmbot_database_up", "gauge", "1 when the database answered, else 0.",
         1 if gauges.database_up else 0),
    ]  # fmt: skip
    lines: list[str] = []
    for name, kind, help_text, value in samples:
        lines += [f"# HELP {name} {help_text}", f"# TYPE {name} {kind}"]
        if value is not None:  # unknown (the database did not answer): no sample
            lines.append(f"{name} {_number(value)}")
    return "\n".join(lines) + "\n"


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))
