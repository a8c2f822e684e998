"""gunicorn's settings for this project; gunicorn reads this file from the directory
it is started in (or pass ``--config gunicorn.conf.py``). See docs/operations.md."""

# The access log with feed tokens, reset and mail links redacted (interviews.gunicorn_logs).
logger_class = "interviews.gunicorn_logs.RedactingLogger"
accesslog = "-"  # to stdout, next to Django's own log lines
# The default format plus the time taken; every atom here is redacted.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(M)sms'
