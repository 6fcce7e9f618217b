"""The reader tests share their snippet statements (snippets.py beside this file)."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
