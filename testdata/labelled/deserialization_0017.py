# label: deserialization safe CWE-502
# deserialization_0017: source script, bar try

import yaml


def main():
    param = input("value: ")
    try:
        bar = param.encode("ascii").decode("ascii")
    except UnicodeError:
        bar = ""
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    return 0


if __name__ == "__main__":
    main()
