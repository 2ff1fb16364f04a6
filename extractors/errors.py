"""Errors the extractors raise for input they cannot use."""


class UnusableInput(Exception):
    """A document that cannot be read: empty, corrupt, binary, too large or of unknown type."""
