"""Content types follow a model that moved to another app.

A model moved between apps keeps its table (``db_table``) and its rows; its content type
row must follow too, or the permissions granted on it and the admin's history of its
records (both keyed by content type id) would stay behind under the old label, and
Django would make a new, empty content type for the new one. Used by the migrations that
move models out of the core (``interviews.migrations.0021`` and each new app's first).
"""

from __future__ import annotations

from django.db import migrations


def relabel_content_types(old: str, new: str, models: list[str]) -> migrations.RunPython:
    """A migration operation that moves the content types of ``models`` (lower-case model
    names) from app label ``old`` to ``new``, and back when the migration is reversed."""

    def move(apps, schema_editor, source: str, target: str) -> None:
        content_type = apps.get_model("contenttypes", "ContentType")
        rows = content_type.objects.using(schema_editor.connection.alias)
        for model in models:
            moving = rows.filter(app_label=source, model=model)
            if moving.exists():
                # A row under the new label exists only if post_migrate made one on a
                # half-migrated database: it is empty, and the old one is the one that
                # permissions and the admin's history point to.
                rows.filter(app_label=target, model=model).delete()
                moving.update(app_label=target)

    return migrations.RunPython(
        lambda apps, editor: move(apps, editor, old, new),
        lambda apps, editor: move(apps, editor, new, old),
    )
