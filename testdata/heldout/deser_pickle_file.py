# label: deser safe CWE-502
import pickle

MODEL_PATH = "/opt/app/model.pkl"


def load_model():
    with open(MODEL_PATH, "rb") as fh:
        return pickle.load(fh)
