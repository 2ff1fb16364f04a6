"""Reminders: the policy of when, the planner that writes the outbox, and the sender."""
