# label: deser vulnerable CWE-502
import sys

import yaml


def main():
    with open(sys.argv[1]) as fh:
        data = yaml.load(fh.read(), Loader=yaml.UnsafeLoader)  # want: T502
    print(data)


if __name__ == "__main__":
    main()
