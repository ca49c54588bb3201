"""``python -m discrepancy``: the same as the ``discrepancy`` command."""

from discrepancy.cli import entry

if __name__ == "__main__":
    entry()
