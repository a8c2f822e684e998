"""The models of the features leave the core app's state for their own apps (each
new app's 0001 takes its own up). Nothing happens in the database: each table keeps
its name (``db_table``) and every row."""

from django.db import migrations


class Migration(migrations.Migration):
    dependencies = [
        ("interviews", "0022_records_start_date_and_promises_read"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name="Activity"),
                migrations.DeleteModel(name="LogExclusion"),
                migrations.DeleteModel(name="ApiToken"),
                migrations.DeleteModel(name="MailSuggestion"),
                migrations.DeleteModel(name="MailAccount"),
                migrations.DeleteModel(name="Profile"),
                migrations.DeleteModel(name="EmailChangeRequest"),
            ],
        ),
    ]
