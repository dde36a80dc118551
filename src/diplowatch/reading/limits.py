"""Limits that keep one bad input from hanging or exhausting a batch run."""

# A news article, even as a bloated HTML page, is far below this; bigger files
# are rejected before they are read into memory.
MAX_DOCUMENT_BYTES = 8 * 1024 * 1024
# One JSONL line holds one document: the same ceiling applies per line.
MAX_JSONL_LINE_BYTES = MAX_DOCUMENT_BYTES
# Extensions read when walking a directory (a file named on the command line is always read).
TEXT_SUFFIXES = frozenset({".txt", ".text"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
# The longest text (in characters) a document may have: spaCy's own ceiling (`nlp.max_length`, error
# E088), checked before any stage runs, so an over-long text is rejected at once instead of failing
# in the parser minutes later. A plain text longer than this is rejected before it is cleaned.
MAX_TEXT_CHARS = 1_000_000
