"""What uvicorn's protocols look up for every connection, looked up once.

``world/http_guard.py`` and ``world/send_now.py`` set their uvicorn parents' attributes
themselves (an arrival builds both protocols); these are the values uvicorn 0.54 looks up
again in each ``__init__``. tests/test_uvicorn_copies.py checks the copies against uvicorn's own.
"""

from __future__ import annotations

import logging

ERROR_LOGGER = logging.getLogger("uvicorn.error")  # what uvicorn's protocols log to
ACCESS_LOGGER = logging.getLogger("uvicorn.access")
ASGI_VERSIONS = {"asgi2": "2.0", "asgi3": "3.0", "wsgi": "3.0"}  # uvicorn's ``Config.asgi_version``
