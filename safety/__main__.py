import sys

from safety.cli import main

sys.exit(main(sys.argv[1:]))
