def while_else(n):
    while n > 0:
        n -= 1
    else:
        done()
    after()


def while_true():
    while True:
        if poll():
            break
        step()
    return 1


def while_true_forever():
    while 1:
        step()


def while_and(a, b):
    while a and b:
        step()


def for_else(xs):
    for x in xs:
        if x:
            break
        work(x)
    else:
        nothing()
    return x


def for_continue(xs):
    for i, x in enumerate(xs):
        if not x:
            continue
        use(i, x)


async def async_for(src):
    async for item in src:
        await handle(item)


def nested_loops(rows):
    for row in rows:
        for cell in row:
            if cell:
                break
        else:
            continue
        found(row)
    else:
        missing()


def break_in_else(xs):
    while xs:
        xs.pop()
    else:
        pass
