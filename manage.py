#!/usr/bin/env python
from __future__ import annotations

import os
import sys


def main() -> None:
    if sys.version_info < (3, 12):
        sys.exit(f"Faultline needs Python 3.12 or newer (this is {sys.version.split()[0]}); run `make run`.")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "briefings.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
