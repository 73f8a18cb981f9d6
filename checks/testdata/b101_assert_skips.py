# fixture-filename: ./pkg/tests/test_users.py
# fixture-config: {"assert_used": {"skips": ["*/test_*.py"]}}
def test_admin(user):
    assert user.is_admin
