import socket

s = socket.socket()
s.bind(("0.0.0.0", 8080))  # want: B104(MEDIUM,MEDIUM)
HOST = "0.0.0.0"  # want: B104
app.run(host="0.0.0.0")  # want: B104
url = f"http://0.0.0.0/"
"0.0.0.0"
s.bind(("127.0.0.1", 8080))
s.bind(("0.0.0.0 ", 8080))
other = b"0.0.0.0"
