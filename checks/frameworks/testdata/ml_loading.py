import keras
import pandas as pd
import tensorflow as tf
from sentence_transformers import SentenceTransformer
from transformers import AutoModel, pipeline

df = pd.read_pickle("data.pkl")  # want: B301 -- bandit covers pandas.read_pickle
df2 = pd.read_parquet("data.parquet")
m1 = tf.keras.models.load_model("m.keras", safe_mode=False)  # want: K241
m2 = keras.saving.load_model("m.keras")
m3 = keras.models.load_model("m.keras", None, True, False)  # want: K241
keras.config.enable_unsafe_deserialization()  # want: K241
m4 = AutoModel.from_pretrained("org/model", trust_remote_code=True)  # want: K242, B615
m5 = AutoModel.from_pretrained("org/model", trust_remote_code=False)  # want: B615
p = pipeline("text-generation", model="org/model", trust_remote_code=True)  # want: K242
s = SentenceTransformer("org/model", revision="abc123")
