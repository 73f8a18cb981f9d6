# -*- coding: latin-1 -*-
# café crème
def f(x):
    return eval(x)  # want: B307
