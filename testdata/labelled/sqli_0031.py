# label: sqli safe CWE-89
# sqli_0031: source script, bar dictset_safe

from sqlalchemy import create_engine, text


def main():
    param = input("value: ")
    values = {}
    values["keyB"] = param
    values["keyA"] = "a-Value"
    bar = values.get("keyA")
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))
    return 0


if __name__ == "__main__":
    main()
