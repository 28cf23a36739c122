"""PyInstaller's entry script: the installed console script's job, for the frozen program."""

import sys

from zalo_composer.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
