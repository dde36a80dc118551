"""diplowatch: a sourced, queryable record of diplomacy from news articles."""

import logging

__version__ = "0.1.0"

logging.getLogger(__name__).addHandler(logging.NullHandler())
