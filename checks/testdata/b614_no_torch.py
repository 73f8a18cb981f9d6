from torch import load

load("model.pt")
