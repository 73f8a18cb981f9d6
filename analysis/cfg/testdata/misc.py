import sys
import os


def asserts(x, y):
    assert x
    assert not y, "y must be falsy"
    assert x and y, msg(x)
    return x


def no_return(p):
    if not p:
        sys.exit(1)
    if p == "q":
        exit()
    if p == "k":
        os._exit(2)
    if p == "a":
        abort(404)
    return p


def unreachable(x):
    return x
    y = 1
    if y:
        z()


def after_raise():
    raise RuntimeError()
    print("never")


def ifexp_value(p, q):
    x = p if p.isalnum() else "safe"
    f(q if q else None, g(p) if p and q else h())
    return x


def nested_ifexp(a, b, c):
    return a if b else (c if a else b)


def gen(xs):
    for x in xs:
        y = yield x
        z = yield from other(y)


async def coro(c):
    r = await c.fetch()
    return r


def defs():
    def inner(a=1 if x else 2):
        return a
    class K(Base):
        attr = 1
        def m(self):
            return self.attr
    lam = lambda v: v if v else None
    return inner, K, lam


def comps(xs, ys):
    a = [x for x in xs if x if not x.hidden]
    b = {k: v for k, v in ys.items()}
    c = (x * y for x in xs for y in ys if x or y)
    return a, b, c


async def async_comp(xs):
    return {x async for x in aiter(xs)}


def simple_stmts(a):
    global G
    del a[0]
    a += 1
    b: int = 2
    c: str
    type T = list[int]
    import json as j
    from . import mod
    pass


x = 1
if x:
    print(x)


async def ifexp_everywhere(a, b, d):
    d[a if b else 0] = {a if b else 1: (b if a else 2)}
    s = {1 if a else 2, *(a if b else ())}
    t = d[a:(b if a else None):1] + -(a if b else 0)
    u = f"{a if b else b!r:>{3 if a else 4}}"
    v = await (a if b else b)
    w = (yield a if b else b)
    x = a < (b if a else 0) < 3
    y = g(k=(a if b else b), *(() if a else ()))
    del d[a if b else b]
    raise (E if a else F) from (a if b else None)
