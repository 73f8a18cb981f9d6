def if_else(a):
    if a:
        x = 1
    else:
        x = 2
    return x


def elif_chain(a, b):
    if a:
        r = "a"
    elif b:
        r = "b"
    else:
        r = "none"
    return r


def and_not(a, b):
    if a and not b:
        f(a)
    g()


def or_chain(a, b, c):
    if a or b or c:
        f()


def not_or(a, b):
    if not (a or b):
        return
    use(a)


def mixed(a, b, c):
    if (a or b) and c:
        f()
    else:
        g()


def cond_expr_test(a, b, c):
    if (a if b else c):
        f()


def guard_return(p):
    if ".." in p:
        return None
    if not p.isalnum():
        abort(400)
    open(p)


def walrus(s):
    if (m := match(s)) is not None:
        return m.group(1)


def constants():
    if True:
        a = 1
    if 0:
        b = 2
    if None or x:
        c = 3


def nested(a, b):
    if a:
        if b:
            f()
        g()
    h()


def debug_only(x):
    if __debug__:
        check(x)
    if not __debug__:
        optimized()
