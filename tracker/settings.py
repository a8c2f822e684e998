"""Settings for the interview tracker: one file, read from the environment.

Local development works with no environment at all (SQLite, DEBUG on). In
production set DJANGO_DEBUG=0, DJANGO_SECRET_KEY and DJANGO_ALLOWED_HOSTS; the
process refuses to start without a secret key when DEBUG is off.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    """Read a boolean; anything but a clear yes or no is a configuration error."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean such as 1 or 0, not {raw!r}")


def env_int(name: str, default: int) -> int:
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG", True)

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    # Development only: DEBUG on means this instance is not public.
    SECRET_KEY = "dev-only-insecure-key-never-used-when-debug-is-off"

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "crispy_forms",
    "crispy_bootstrap5",
    "bootstrap",
    "django_htmx",
    "axes",
    "csp",
    # For its Swagger UI files and template, served by whitenoise: the API docs need no CDN.
    "ninja",
    # The core (applications, rounds, updates, the advice) and one app per capability
    # (docs/structure.md): the core never imports a feature app (tests/test_house_rules.py).
    "interviews.accounts",
    "interviews",
    "interviews.worklog",
    "interviews.api",
    "interviews.hrmail",
    "interviews.exchange",
    "interviews.insights",
    "interviews.postings",
    "interviews.documents",
    # Django's Tasks API (the backport of Django 6's django.tasks) and its database backend,
    # then the jobs that run on it (docs/tasks.md).
    "django_tasks",
    "django_tasks_db",
    "interviews.jobs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed when the browser asks (the board: 86 KB -> 7 KB). Below whitenoise,
    # which serves its own pre-compressed static files and returns before this runs;
    # above every middleware that reads or writes a body. It pads against BREACH (Django
    # 4.2+) and weakens ETags, which the feed's conditional GET compares weakly.
    "django.middleware.gzip.GZipMiddleware",
    "interviews.headers.PrivateByDefaultMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "interviews.profiles.ProfileMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, so that it sees the outcome of every login attempt.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "tracker.urls"
WSGI_APPLICATION = "tracker.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "interviews.hrmail.context_processors.navigation",
            ],
        },
    },
]

# SQLite by default; PostgreSQL (or anything dj-database-url reads) through DATABASE_URL.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DJANGO_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Several writers (gunicorn workers) must queue, never fail with "database is locked":
    # WAL lets readers run beside a writer, IMMEDIATE takes the write lock up front and
    # the timeout lets a writer wait its turn.
    # Each worker thread keeps its connection for good (a SQLite connection is only an
    # open file): while any is open, the WAL's shared-memory index stays, and reads go on
    # even on a full disk, where a new connection could not create that index.
    DATABASES["default"]["CONN_MAX_AGE"] = None
    DATABASES["default"]["OPTIONS"] = {
        # Short: a writer waits this long for the lock, then gets a 503 "try again"
        # (interviews.faults); a long wait tied up a worker that reads were waiting for.
        "timeout": env_int("DJANGO_DB_TIMEOUT", 5),
        "transaction_mode": "IMMEDIATE",
        # The WAL is cut back to 4 MB after each checkpoint, so one big import cannot
        # leave it holding the space a full disk needs back.
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA journal_size_limit=4194304;"
        ),
    }

elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Likewise on PostgreSQL: a statement that waits this long for a lock fails (a 503).
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = (
        f"-c lock_timeout={env_int('DJANGO_DB_TIMEOUT', 5) * 1000}"
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "interviews.accounts.auth.ProfileBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "interviews:board"
LOGOUT_REDIRECT_URL = "login"

# Five failed log-ins from one address lock log-ins from it for an hour, whatever the
# usernames (so spraying many accounts is stopped, and the per-address count covers five
# for one username from that address too). Another address is not affected: nobody can
# lock a person out of their account from elsewhere. A success does not wipe the count,
# or an attacker with an account of their own could log in between tries to reset it.
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = 1
AXES_LOCKOUT_PARAMETERS = ["ip_address", ["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_CLIENT_IP_CALLABLE = "interviews.accounts.throttle.client_ip"

# Throttles (interviews.accounts.throttle): (per client address, per target e-mail address).
THROTTLES = {
    "password_reset": ("10/h", "3/h"),
    "signup": ("5/h", "3/h"),
    "email_change": ("10/h", "3/h"),
    "account_delete": ("10/h", "5/h"),  # wrong passwords on /settings/delete/
}
RATELIMIT_IP_META_KEY = "interviews.accounts.throttle.client_ip"
# Shared by every worker process on every machine, so a throttle counts all of a client's
# requests; its increments are atomic (interviews.accounts.cache). The table is made by
# a migration (interviews 0007).
CACHES = {
    "default": {
        "BACKEND": "interviews.accounts.cache.AtomicDatabaseCache",
        "LOCATION": "tracker_cache",
    }
}

# Background work (interviews.jobs, docs/tasks.md): tasks are rows in the database, claimed
# by `manage.py db_worker` processes with row locks, so workers on any number of machines
# share the one database. `make run` starts a worker beside the web server.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        # "rerunnable": tasks that may run again from the start, put back in the queue
        # when their worker died; "jobs": people's long jobs, taken over when their lease
        # lapses (interviews.jobs.health).
        "QUEUES": ["default", "rerunnable", "jobs"],
    }
}
# How long a person's job (an import, a backup) stays its worker's after the last batch
# it wrote: a dead worker's job is taken over once this lapses (interviews.jobs.runs).
JOB_LEASE_SECONDS = env_int("DJANGO_JOB_LEASE_SECONDS", 60)

LANGUAGE_CODE = "en-us"
# Defaults for a new person's settings; each person changes theirs in /settings/.
TIME_ZONE = os.environ.get("DJANGO_TIME_ZONE", "UTC")
DEFAULT_COUNTRY = os.environ.get("DJANGO_DEFAULT_COUNTRY", "US")
USE_I18N = True
# English formats plus day-first dotted dates typed as text (tracker/formats/en).
FORMAT_MODULE_PATH = ["tracker.formats"]
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
# In production whitenoise serves the collected files: each under a content-hashed name
# with a far-future, immutable cache header (so a repeat visit asks for none of them),
# and each pre-compressed as gzip and, with the `brotli` package, as Brotli.
# Uploaded résumés and cover letters (interviews.documents) are private: they leave only
# through a view that checks their owner, never from a URL of their own. By default a
# folder on this machine, outside the static and media folders; a deployment of several
# machines points the "documents" alias at shared storage (S3: docs/documents.md).
DOCUMENTS_ROOT = Path(os.environ.get("DJANGO_DOCUMENTS_ROOT", BASE_DIR / "private" / "documents"))
# The most one document may be; an upload is stopped while it streams in past this.
DOCUMENT_MAX_BYTES = env_int("DJANGO_DOCUMENT_MAX_BYTES", 10 * 1024 * 1024)
# Django's own bounds on a request's form: fields outside files (2.5 MB, the default),
# files kept in memory before they go to a temporary file, and files in one request.
DATA_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440
DATA_UPLOAD_MAX_NUMBER_FILES = 10
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        # No base_url: the files have no public address. 0o600: readable by this server only.
        "OPTIONS": {"location": DOCUMENTS_ROOT, "file_permissions_mode": 0o600},
    },
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# E-mail: printed to the console unless an SMTP host is configured.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Interview Tracker <noreply@localhost>")
# Where this instance is reached, for links in e-mails sent outside a request (the digest).
SITE_URL = os.environ.get("DJANGO_SITE_URL", "http://127.0.0.1:8000")

# The keys that encrypt mailbox app passwords at rest (interviews.hrmail.secrets), newest
# first: DJANGO_MAIL_KEYS="new,old" reads passwords under either and writes under the
# new one (docs/operations.md: rotating the mail key). DJANGO_MAIL_KEY (one key) still
# works. Without either the key is derived from SECRET_KEY, and rotating SECRET_KEY
# would make every stored password unreadable: check --deploy warns (interviews.W002).
MAIL_KEYS = env_list("DJANGO_MAIL_KEYS") or env_list("DJANGO_MAIL_KEY")
MAIL_KEY_DERIVED = not MAIL_KEYS
if MAIL_KEY_DERIVED:
    MAIL_KEYS = [
        base64.urlsafe_b64encode(
            hashlib.sha256(b"interview-tracker mail password\x00" + SECRET_KEY.encode()).digest()
        ).decode()
    ]
MAIL_KEY = MAIL_KEYS[0]  # the one new passwords are encrypted with

# Mailboxes must be on public addresses (interviews.hrmail.addresses): the server would
# otherwise connect wherever a person points it, inside its own network too. Set this
# where the IMAP server sits on the same private network, e.g. a home server.
MAIL_PRIVATE_NETWORK = env_bool("DJANGO_MAIL_PRIVATE_NETWORK", False)
# The same for a job posting's address pasted for the server to fetch (interviews.postings):
# public addresses only, unless set (the tests' pages on 127.0.0.1).
POSTINGS_PRIVATE_NETWORK = env_bool("DJANGO_POSTINGS_PRIVATE_NETWORK", False)

# Production hardening; every switch can be set from the environment.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
# Behind a reverse proxy the client's address and scheme come from the proxy's headers:
# DJANGO_PROXY_COUNT says how many proxies append to X-Forwarded-For (interviews.accounts.throttle).
BEHIND_PROXY = env_bool("DJANGO_BEHIND_PROXY", False)
PROXY_COUNT = env_int("DJANGO_PROXY_COUNT", 1) if BEHIND_PROXY else 0
if BEHIND_PROXY and PROXY_COUNT < 1:
    raise ImproperlyConfigured("DJANGO_PROXY_COUNT must be 1 or more behind a proxy.")
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# Only this site's own scripts and styles run: no inline scripts, event handlers or style
# attributes (scripts live in interviews/static/interviews/). Bootstrap draws its icons
# with data: images.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}
# Nothing here needs the camera, the microphone, your location or payments.
PERMISSIONS_POLICY: dict[str, list[str]] = {
    feature: []
    for feature in (
        "accelerometer",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
}

# Every handler drops the secret part of URLs (feed tokens, reset links): interviews.logs.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact_secrets": {"()": "interviews.logs.RedactSecrets"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact_secrets"]},
        # runserver's request lines, as Django logs them by default, redacted too.
        "django.server": {
            "class": "logging.StreamHandler",
            "formatter": "django.server",
            "filters": ["redact_secrets"],
        },
    },
    "loggers": {
        "django": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["django.server"], "level": "INFO", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("DJANGO_LOG_LEVEL", "WARNING")},
}
