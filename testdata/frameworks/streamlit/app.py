import sqlite3
import subprocess

import streamlit as st

st.title("Inventory explorer")
name = st.text_input("Item name")
db = sqlite3.connect("inventory.db")
rows = db.execute("SELECT * FROM items WHERE name = '%s'" % name).fetchall()  # want: T89
same = db.execute("SELECT * FROM items WHERE name = ?", (name,)).fetchall()
st.markdown("**Results for %s**" % name)
st.markdown("<b>Results for %s</b>" % name, unsafe_allow_html=True)  # want: T79
host = st.sidebar.text_input("Ping host", "localhost")
if st.button("Ping"):
    st.code(subprocess.run("ping -c 1 " + host, shell=True, capture_output=True, text=True).stdout)  # want: T78
