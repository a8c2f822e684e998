"""Background work on Django's Tasks API (django-tasks with its database backend).

The tasks (``tasks``), the scheduler that queues what is due at an instant (``schedule``),
and the small layers the engine lacks: retries with back-off (``retry``) and leases that
lapse when their holder dies (``leases``). docs/tasks.md says why and how it is deployed.
"""
