"""python -m balikg: the same as the balikg command."""

import sys

from balikg.cli import main

sys.exit(main())
