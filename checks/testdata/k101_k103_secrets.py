class Settings:
    db_password: str = "hunter2"  # want: K101(LOW,MEDIUM)
    api_token: "str" = "abc"  # want: K101
    password: str
    user: str = "app"


password: str = get_password()
dbPassword = "hunter2"  # want: K103(LOW,MEDIUM)
self.apiToken = "abc"  # want: K103
clientSecret: str = "xyz"  # want: K103
if userPassword == "root":  # want: K103
    pass
connect(authToken="abc")  # want: K103
connect(tokenizer="abc")
passwordHint = "hint"  # want: K103
Compass = "north"
bypassMode = "x"
db_password = "x"  # want: B105


async def login(user, password="admin"):  # want: K102(LOW,MEDIUM)
    pass


def connect(host, *, token="abc123"):  # want: K102
    pass


def connect2(host, *, token=None, user="x"):
    pass


async def connect3(host, *, secret="s"):  # want: K102
    pass


def connect4(host, apiKeyPassword="x"):  # want: K103
    pass


def connect5(host, *, userToken="x"):  # want: K103
    pass
