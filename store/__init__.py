"""pressroom's headless store: parsing, people, the TinyDB library and the search index.

Nothing in this package imports Textual or Rich, so quick command-line lookups stay fast.
"""

from __future__ import annotations

__version__ = "0.1.0"
