"""``python -m inspector_desk``: same as the ``inspector-desk`` command."""

import sys

from inspector_desk.cli import main

sys.exit(main())
