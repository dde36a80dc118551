"""The reading stages: raw input -> decoded text -> clean body with metadata and language segments."""
