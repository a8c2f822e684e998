"""The JSON API under /api/: routes and schemas only (see ``interviews.api.routes``)."""
