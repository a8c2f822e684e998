"""Résumé and cover-letter versions, and which one went with each application
(docs/documents.md)."""
