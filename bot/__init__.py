"""crmbot application side: command line, Telegram wiring, reminders delivery."""
