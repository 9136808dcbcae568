"""Allow ``python -m samnet``."""

from samnet.cli import main

__all__: list[str] = []

if __name__ == "__main__":  # pragma: no branch
    main()
