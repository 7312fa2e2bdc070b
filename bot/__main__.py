"""`python -m bot` is `debate-bot`."""

import sys

from bot.cli import main

sys.exit(main())
