"""The analyst's workbench over HTTP: `diplowatch serve` (app.py), server-rendered pages over the dossier
(pages.py), the REST API (`web.api`) and its security (`web.security`). Every page and route calls the
library functions the commands call."""
