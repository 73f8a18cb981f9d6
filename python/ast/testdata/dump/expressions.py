a and b or not c
x if cond else y
lambda: 0
lambda a, /, b=1, *c, d, e=2, **f: a + b
f(a, *args, key=1, **kwargs)
obj.attr.method()[0]
-x + +y * ~z ** 2 // 3 % 4 @ m
a << 1 >> 2 & 3 | 4 ^ 5
a < b <= c == d != e > f >= g is h is not i in j not in k
a / b - c
(y := 10)
[1, 2, *more]
(1,)
()
{1, 2}
{'k': v, **other}
{}
[x * 2 for x in range(10) if x if x > 1]
{x for x in s for y in x}
{k: v for k, v in items}
(g for g in gen)
seq[1:2:3], seq[:], seq[::], seq[a:b, c]
x[...]
print(*[], **{})
f(x for x in y)
f'plain {value} {value!r} {value!s:>10} {value!a} {x=} {"nested"} {y:{width}.{prec}}'
f'{a}' 'b' f'{c}'
'implicit' ' concat'
rb'raw\bytes' b'\x00\xff'
