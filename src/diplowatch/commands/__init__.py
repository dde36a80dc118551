"""Sub-commands of the CLI, one module each (discovered by diplowatch.cli)."""
