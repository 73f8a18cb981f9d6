query = "SELECT * FROM users WHERE id = %s" % uid  # want: B608(MEDIUM,LOW)
query = "SELECT * FROM users WHERE name = '" + name + "'"  # want: B608(MEDIUM,LOW)
query = "SELECT " + cols + " FROM users"  # want: B608
query = "DELETE FROM users WHERE id = {}".format(uid)  # want: B608(MEDIUM,LOW)
query = "UPDATE users SET name = 'x' WHERE id = %s" % uid  # want: B608
query = "INSERT INTO users (a) VALUES (%s)" % a  # want: B608
query = f"SELECT * FROM users WHERE id = {uid}"  # want: B608(MEDIUM,LOW)
query = f"SELECT * FROM {table} WHERE id = {uid}"  # want: B608(MEDIUM,LOW)
cursor.execute("SELECT * FROM users WHERE id = %s" % uid)  # want: B608(MEDIUM,MEDIUM)
cursor.executemany("DELETE FROM t WHERE a = '%s'" % a)  # want: B608(MEDIUM,MEDIUM)
cursor.execute("SELECT * FROM users WHERE id = {}".format(uid))  # want: B608(MEDIUM,MEDIUM)
cursor.execute(f"SELECT * FROM users WHERE id = {uid}")  # want: B608(MEDIUM,MEDIUM)
cursor.execute("SELECT * FROM t WHERE x = 'ID'".replace("ID", uid))  # want: B608(MEDIUM,LOW)
cursor.execute(
    "SELECT * "  # want: B608(MEDIUM,MEDIUM)
    "FROM users WHERE id = %s" % uid
)
cursor.execute("SELECT * FROM users WHERE id = %s", (uid,))
query = "SELECT * FROM users"
message = "select a color from the list: %s" % colors  # want: B608
label = "Please update your settings" + suffix
text = "delete the file from disk %s" % name
x = "insert coin" + " into machine" + values
cur.execute(f"SELECT {column_name} FROM foo WHERE id = 1")  # want: B608(MEDIUM,MEDIUM) -- bandit#916
cur.execute(f"INSERT INTO {table_name} VALUES (1)")  # want: B608(MEDIUM,MEDIUM)
cur.execute(f"UPDATE {table_name} SET id = 1")  # want: B608(MEDIUM,MEDIUM)
query = "INSERT INTO users VALUES(%s)" % value  # want: B608(MEDIUM,LOW) -- bandit#1336
query = f"{verb} * FROM users"
