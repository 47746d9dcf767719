"""`python -m frontlines` runs the command line."""

from frontlines.cli.main import main

if __name__ == "__main__":
    main()
