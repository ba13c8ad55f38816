"""``python -m staff add NAME --role …`` (the same as ``kakurega staff …``)."""

import sys

from staff.cli import main

raise SystemExit(main(sys.argv[1:]))
