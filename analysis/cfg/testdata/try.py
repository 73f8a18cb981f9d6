def try_except(p):
    try:
        v = int(p)
    except ValueError as e:
        log(e)
        v = 0
    except (TypeError, KeyError):
        raise
    return v


def try_else_finally():
    try:
        a = f()
    except Exception:
        a = None
    else:
        g(a)
    finally:
        cleanup()
    return a


def bare_except():
    try:
        f()
    except:
        pass


def return_in_finally():
    try:
        return f()
    finally:
        return 2


def finally_only():
    try:
        x = f()
    finally:
        done()
    return x


def loop_finally(xs):
    for x in xs:
        try:
            if x:
                continue
            if not x:
                break
            work(x)
        finally:
            release(x)
    end()


def break_in_finally(xs):
    for x in xs:
        try:
            work(x)
        finally:
            break


def reraise():
    try:
        f()
    except KeyError:
        raise ValueError("bad") from None


def nested_try():
    try:
        try:
            f()
        finally:
            g()
    except OSError:
        h()


def try_star():
    try:
        f()
    except* ValueError:
        a()
    except* TypeError as eg:
        b(eg)
    return 0


def raise_plain(x):
    if x:
        raise ValueError(x)
    return x


def finally_in_finally(xs):
    try:
        a()
    finally:
        try:
            b()
        finally:
            try:
                c()
            finally:
                d()
    return xs


def except_in_loop(xs):
    while xs:
        try:
            x = xs.pop()
        except IndexError:
            break
        else:
            continue
        finally:
            tick()
    return 0


def continue_in_finally(xs):
    for x in xs:
        try:
            return x
        finally:
            continue
    return None


def return_through_with_and_finally(p):
    try:
        with lock:
            return read(p)
    finally:
        release()
