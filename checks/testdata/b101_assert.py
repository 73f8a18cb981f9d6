def check(user):
    assert user.is_admin  # want: B101(LOW,HIGH)
    assert (  # want: B101
        user.active
    ), "inactive"
    if not user.is_admin:  # a plain check is fine
        raise PermissionError("admins only")
