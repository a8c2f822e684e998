"""Unique e-mail addresses in any mix of capitals, and the throttles' cache table.

A password reset mails a link for every account with the address, so two accounts must
never share one. Accounts that already do keep everything (records, password, username):
the address stays with the account used most recently, and the others lose only the
address, each named in the output so an administrator can tell them; they can add a new
address on their settings page.
"""

from django.core.management import call_command
from django.db import migrations
from django.db.models import Count, F
from django.db.models.functions import Lower


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


def clear_shared_addresses(apps, schema_editor):
    User = apps.get_model("auth", "User")
    shared = (
        User.objects.exclude(email="")
        .annotate(address=Lower("email"))
        .values("address")
        .annotate(accounts=Count("pk"))
        .filter(accounts__gt=1)
        .values_list("address", flat=True)
    )
    for address in list(shared):
        # NULLs last on every database: an account never logged in is the least recent.
        holders = User.objects.filter(email__iexact=address).order_by(
            F("last_login").desc(nulls_last=True), "-date_joined", "-pk"
        )
        keeper, *others = holders
        for user in others:
            user.email = ""
            user.save(update_fields=["email"])
            print(
                f"\n  Account {user.username!r} shared its e-mail address with "
                f"{keeper.username!r}: the address stays with {keeper.username!r}; "
                f"{user.username!r} keeps all its data and can add a new address in Settings."
            )


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("interviews", "0006_last_activity"),
    ]

    operations = [
        migrations.RunPython(create_cache_table, migrations.RunPython.noop),
        migrations.RunPython(clear_shared_addresses, migrations.RunPython.noop),
        migrations.RunSQL(
            "CREATE UNIQUE INDEX auth_user_email_unique_ci ON auth_user (LOWER(email)) "
            "WHERE email <> ''",
            "DROP INDEX auth_user_email_unique_ci",
        ),
    ]
