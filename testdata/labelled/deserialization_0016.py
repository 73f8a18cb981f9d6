# label: deserialization safe CWE-502
# deserialization_0016: source script, bar percent

import sys
import yaml


def main():
    param = sys.argv[1] if len(sys.argv) > 1 else ""
    bar = "%s" % param
    obj = yaml.safe_load(bar)
    return 0


if __name__ == "__main__":
    main()
