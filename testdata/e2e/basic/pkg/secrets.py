import random


def token():
    return random.random()  # want: B311


password = "s3cret-value"  # want: B105
