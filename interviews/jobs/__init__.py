"""Background work on Django's Tasks API (django-tasks with its database backend): the
machinery, not the work. People's long jobs and their progress (``models.Job``,
``runs``), the scheduler that queues what is due at an instant (``schedule``), and the
small layers the engine lacks: retries with back-off (``retry``), leases that lapse when
their holder dies (``leases``) and the recovery of a dead worker's tasks (``health``).
The core's own periodic tasks (the digest, the pruning) are here; each feature app owns
its tasks (``exchange.tasks``, ``hrmail.tasks``). docs/tasks.md says why and how it is
deployed.
"""
