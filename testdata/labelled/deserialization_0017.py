# label: deserialization safe CWE-502
# deserialization_0017: source script, bar varargs

import yaml


def first(*args):
    return args[0]


def main():
    param = input("value: ")
    bar = first(param)
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    return 0


if __name__ == "__main__":
    main()
