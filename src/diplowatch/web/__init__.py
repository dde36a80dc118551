"""The analyst's workbench: `diplowatch serve`, server-rendered pages over the dossier (app.py, pages.py)
and the REST API under /api/v1. Every page calls the library functions the commands call."""
