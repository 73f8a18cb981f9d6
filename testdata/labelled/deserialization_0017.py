# label: deserialization safe CWE-502
# deserialization_0017: source script, bar ifexp

import sys
import yaml


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    num = 86
    bar = param if (7 * 42) - num > 200 else "This should never happen"
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    return 0


if __name__ == "__main__":
    main()
