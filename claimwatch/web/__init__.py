"""The dashboard: server-rendered pages, templates and static files."""
