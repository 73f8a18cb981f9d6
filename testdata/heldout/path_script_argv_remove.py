# label: path safe CWE-22
import os
import sys

CACHE = "/var/cache/app"


def main():
    # a local admin tool: the operator chooses which cache entry to drop,
    # but only a plain name inside the cache directory is accepted
    name = os.path.basename(sys.argv[1])
    os.remove(os.path.join(CACHE, name))


if __name__ == "__main__":
    main()
