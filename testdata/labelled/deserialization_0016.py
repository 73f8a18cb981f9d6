# label: deserialization safe CWE-502
# deserialization_0016: source script, bar del_index

import sys
import yaml


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    items = ["safe", param]
    del items[0]
    bar = items[0]
    obj = yaml.safe_load(bar)
    return 0


if __name__ == "__main__":
    main()
