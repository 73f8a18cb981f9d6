"""Restore saved experiment state from files named on the command line."""
import argparse
import json

import dill
import joblib
import jsonpickle
import numpy as np


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("state")
    parser.add_argument("--model")
    parser.add_argument("--weights")
    args = parser.parse_args()

    with open("snapshot.json") as fh:
        snapshot = fh.read()
    restored = jsonpickle.decode(args.state)  # want: T502
    plain = json.loads(args.state)
    model = joblib.load(args.model)  # want: T502
    weights = np.load(args.weights, allow_pickle=True)  # want: T502, T22
    arrays = np.load("weights.npy")
    with open("session.pkl", "rb") as fh:
        session = dill.load(fh)
    print(restored, plain, model, weights, arrays, snapshot, session)


if __name__ == "__main__":
    main()
