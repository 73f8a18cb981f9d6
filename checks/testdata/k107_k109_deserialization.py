from torch import load
from torch.serialization import load as sload
import numpy as np
import joblib
from joblib import load as jload

load("model.pt")  # want: K107(MEDIUM,HIGH)
sload(f)  # want: K107
load("model.pt", weights_only=True)
load(
    "model.pt",
    weights_only=False,  # want: K107
)
np.load(path, allow_pickle=True)  # want: K108(MEDIUM,HIGH)
np.load(path)
np.load(path, allow_pickle=False)
joblib.load(path)  # want: K109(MEDIUM,HIGH)
jload(path)  # want: K109
joblib.dump(model, path)
