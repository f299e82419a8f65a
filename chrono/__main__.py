"""``python -m chrono``: the same command line as ``chrono``."""
from chrono.cli import main

if __name__ == "__main__":
    main()
