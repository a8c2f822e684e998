"""manage.py in a fresh process with production settings."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
from pathlib import Path

MANAGE = Path(__file__).resolve().parents[2] / "manage.py"


def manage(*args: str, timeout: int = 60, **env: str) -> subprocess.CompletedProcess:
    """Run manage.py in a fresh process with only the DJANGO_* variables given here."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    return subprocess.run(
        [sys.executable, str(MANAGE), *args],
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def production_env(**extra: str) -> dict[str, str]:
    return {
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50)[:50],
        "DJANGO_ALLOWED_HOSTS": "example.com",
        "EMAIL_HOST": "smtp.example.com",
        "DJANGO_MAIL_KEYS": "IKmfrXSI3kb5SYKGqwaeSt7rOh5QyEYkZYMqMOAVSyc=",
        **extra,
    }
