"""Saved job postings: the schema.org JobPosting a career site publishes, read from a
pasted address or page (or sent by the bookmarklet) and kept with the application
(docs/postings.md)."""
