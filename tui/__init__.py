"""pressroom's terminal front ends: the Textual browser and the quick-lookup commands.

This package's ``__init__`` imports nothing heavy: ``pressroom show`` must not pay for Textual.
"""

from __future__ import annotations
