"""The analyst's workbench over HTTP: the REST API (`web.api`), its security (`web.security`), pages."""
