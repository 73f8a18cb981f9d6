connect(user="app", password="hunter2")  # want: B106(LOW,MEDIUM)
client.login(
    user="app",
    auth_token="abc",  # want: B106
)
connect(password=get_password())
connect(password=None)
connect(passwords="x")
connect(**{"password": "x"})  # want: B105
connect(pwd="a", token="b")  # want: B106
