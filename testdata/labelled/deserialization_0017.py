# label: deserialization safe CWE-502
# deserialization_0017: source script, bar generator

import yaml


def produce(value):
    yield value
    yield "done"


def main():
    param = input("value: ")
    bar = next(produce(param))
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    return 0


if __name__ == "__main__":
    main()
