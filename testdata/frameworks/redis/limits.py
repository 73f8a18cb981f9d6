"""Rate limits kept in Redis."""
import redis
from flask import Flask, jsonify, request

app = Flask(__name__)
store = redis.Redis(host="localhost", port=6379)
INCR = "local n = redis.call('INCR', KEYS[1]); redis.call('EXPIRE', KEYS[1], ARGV[1]); return n"


@app.route("/hit")
def hit():
    key = request.args.get("key", "anon")
    count = store.eval(INCR, 1, key, 60)
    return jsonify({"count": count})


@app.route("/hit/custom", methods=["POST"])
def hit_custom():
    window = request.form.get("window", "60")
    script = "return redis.call('EXPIRE', KEYS[1], " + window + ")"
    store.eval(script, 1, "limits")  # want: T94
    return jsonify({"ok": True})
