# label: sqli safe CWE-89
# sqli_0023: source script, bar dict_safe

import os
from sqlalchemy import create_engine, text


def main():
    param = os.environ.get("APP_VALUE", "")
    values = {"keyA": "a-Value", "keyB": param, "keyC": "another-Value"}
    bar = values["keyA"]
    engine = create_engine("sqlite:///app.db")
    with engine.connect() as db:
        db.execute(text("UPDATE users SET bio = '%s' WHERE id = 1" % bar))
    return 0


if __name__ == "__main__":
    main()
