def login(user, password="admin"):  # want: B107(LOW,MEDIUM)
    pass


def login2(user, password=None, token="abc"):  # want: B107
    pass


def login3(user, password=DEFAULT):
    pass


def login4(user, *, password="kwonly"):  # want: K102 -- bandit misses it
    pass


async def login5(user, password="async"):  # want: K102 -- bandit misses it
    pass


def login6(user, password=""):  # want: B107
    pass


class Client:
    def connect(self, host, secret="xyz"):  # want: B107
        pass


lambda password="lam": password
