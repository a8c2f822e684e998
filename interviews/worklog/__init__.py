"""The work-search log: activities beyond applications, claim weeks against the weekly
minimum a benefits office asks for, and exports in the shapes agencies accept.

``weeks`` and ``layouts`` are pure (plain entries in, weeks and rows out);
``selectors`` reads one person's records for a range of days into those entries.
"""
