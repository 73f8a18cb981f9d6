# fixture-filename: ./pkg/users.py
# fixture-config: {"assert_used": {"skips": ["*/test_*.py", "*_test.py"]}}
def helper(user):
    assert user.is_admin  # want: B101
