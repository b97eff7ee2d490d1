"""``python -m compliance_checker``: the same as the ``compliance-checker`` command."""

from compliance_checker.cli import main

if __name__ == "__main__":
    main()
