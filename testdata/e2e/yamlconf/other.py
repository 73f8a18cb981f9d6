def g(y):
    assert y  # want: B101
