def cases(cmd):
    match cmd:
        case "go":
            go()
        case ["move", x] if x > 0:
            move(x)
        case Point(x=0) | Point(y=0):
            axis()
        case {"k": v, **rest}:
            kv(v, rest)
        case _:
            other()
    return 1


def capture_guard(v):
    match v:
        case n if n and ok(n):
            use(n)
        case other:
            skip(other)
        case 1:
            dead()


def no_default(v):
    match v.kind:
        case None:
            return 0
        case [*items]:
            return len(items)
    return -1
