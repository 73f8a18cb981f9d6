# label: deserialization safe CWE-502
# deserialization_0017: source script, bar method

import yaml


class Thing:
    def do_something(self, value):
        return value


def main():
    param = input("value: ")
    thing = Thing()
    bar = thing.do_something(param)
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    return 0


if __name__ == "__main__":
    main()
