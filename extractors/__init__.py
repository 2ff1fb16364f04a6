"""Pure text -> commitments: turn a CRM document into its meeting, dated commitments and open tasks.

Nothing here touches a database, the network or Telegram.
"""

from extractors.errors import UnusableInput
from extractors.model import Commitment, Extraction, Meeting, OpenTask

__all__ = ["Commitment", "Extraction", "Meeting", "OpenTask", "UnusableInput"]
