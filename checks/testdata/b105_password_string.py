password = "hunter2"  # want: B105(LOW,MEDIUM)
DB_PASSWORD = "s3cr3t"  # want: B105
api_token = "abc"  # want: B105
self.secret = "abc"  # want: B105
passphrase = "x"  # want: B105
pwd = "x"  # want: B105
my_passwd_value = "x"  # want: B105
a = password_hash = "x"  # want: B105
config = {"password": "hunter2"}  # want: B105
config = {"api_token": 123}  # want: B105
config = {"password": None}  # want: B105
config["password"] = "hunter2"  # want: B105
if password == "root":  # want: B105
    pass
if self.token == "root":  # want: B105
    pass
passwords = "x"
password_length = 12
mypassword = "x"
password: str = "annotated"  # want: K101 -- bandit misses it
password += "more"
config = {"password": get_password()}
config = {"user": "password"}
value = config["password"]
config["password"] = get_password()
if "root" == password:
    pass
if password is None:
    pass
f"{password}"
def f():
    """password = "docstring" is not flagged"""
