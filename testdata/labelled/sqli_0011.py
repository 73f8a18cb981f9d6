# label: sqli vulnerable CWE-89
# sqli_0011: source script, bar splitjoin

from sqlalchemy import create_engine, text


def main():
    param = input("value: ")
    bar = " ".join(param.split(" "))
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))  # want: T89
    return 0


if __name__ == "__main__":
    main()
