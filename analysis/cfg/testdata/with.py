def with_as(path):
    with open(path) as fh:
        data = fh.read()
    return data


def with_two(a, b):
    with lock, open(a) as src:
        copy(src, b)


async def async_with(s):
    async with s.session() as conn:
        await conn.get()


def return_in_with(path):
    with open(path) as fh:
        return fh.read()


def with_in_loop(xs):
    for x in xs:
        with ctx(x):
            if x:
                break
            continue


def with_in_try(path):
    try:
        with open(path) as fh:
            data = fh.read()
            data = clean(data)
    except OSError:
        data = ""
    return data


def with_suppress(path):
    with suppress(FileNotFoundError):
        os.remove(path)
        logged = True
    done()
