"""Module docstring."""
from __future__ import annotations
import os, sys as system
from . import sibling
from ..pkg.mod import (a as b, c)
from .x import *

x = y = 1
x, *rest = [1, 2, 3]
a[1:2, ::3] = b.c
total += 1
count: int = 0
label: str
(paren): int = 5
del a, b[0], c.d
assert x, "message"
global g1, g2


def outer():
    v = 0

    def inner():
        nonlocal v
        v += 1
        return
    return inner


if x:
    pass
elif y:
    ...
else:
    x = None

while x:
    break
else:
    continue_ = True

for i, j in pairs:
    continue
else:
    pass

try:
    raise ValueError("bad") from None
except (ValueError, TypeError) as err:
    raise
except Exception:
    pass
else:
    x = 1
finally:
    x = 2

try:
    pass
except* OSError as group:
    pass

with open(p) as f, lock:
    pass

with (open(a) as fa, open(b) as fb):
    pass


class Base(Parent, metaclass=Meta, **extra):
    """Doc."""
    attr: int = 1

    @property
    @cache(size=3)
    def method(self, /, a, b=2, *args, c, d=4, **kw) -> int:
        return a


async def coroutine(x):
    async with ctx() as c:
        pass
    async for item in aiter():
        await item
    return [i async for i in source() if await i]


def gen():
    yield
    yield 1
    x = yield from other()


type Alias = list[int]
type Generic[T, *Ts, **P] = dict[T, P]


def typed[T: int, U: (str, bytes) = str](x: T) -> U:
    pass


class Box[T = int]:
    pass
