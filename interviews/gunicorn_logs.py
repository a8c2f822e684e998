"""gunicorn's access log with the secrets taken out (``gunicorn.conf.py`` names it).

gunicorn writes its access log itself, outside Django's LOGGING, so the filter in
``interviews.logs`` never saw it: feed tokens and reset links went to it in clear, in
the request line, the path and the Referer alike. Every atom a log format can name is
redacted here the same way; credentials in headers (API tokens, cookies) are dropped.
"""

from __future__ import annotations

from gunicorn.glogging import Logger

from interviews.logs import REDACTED, redact

# Header atoms that are credentials whatever they hold.
CREDENTIALS = ("{authorization}i", "{cookie}i", "{set-cookie}o", "{http_authorization}e")


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for key, value in atoms.items():
            if isinstance(value, str):
                atoms[key] = redact(value)
        for key in CREDENTIALS:
            if key in atoms:
                atoms[key] = REDACTED
        return atoms
