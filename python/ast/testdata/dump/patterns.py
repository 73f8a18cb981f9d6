match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"key": value, 1: other, **kw}:
        pass
    case {"a": 1}:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as num if num > 1:
        pass
    case None:
        pass
    case True | False:
        pass
    case -1 | 1.5 | 2 + 3j | -4j | "str" | b"bytes":
        pass
    case Color.RED:
        pass
    case [*_]:
        pass
    case (a, b, *others):
        pass
    case _:
        pass
