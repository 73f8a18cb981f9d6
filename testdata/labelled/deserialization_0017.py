# label: deserialization safe CWE-502
# deserialization_0017: source script, bar closure

import sys
import yaml


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    def inner():
        return param
    bar = inner()
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    return 0


if __name__ == "__main__":
    main()
