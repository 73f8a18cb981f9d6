import logging.config
import torch
from transformers import AutoModel, AutoTokenizer
from datasets import load_dataset
from huggingface_hub import hf_hub_download, snapshot_download

logging.config.listen(9999)  # want: B612(MEDIUM,HIGH)
logging.config.listen(9999, verify=check)
logging.config.listen(9999, verify=None)

torch.load("model.pt")  # want: B614(MEDIUM,HIGH)
torch.load("model.pt", weights_only=False)  # want: B614
torch.load("model.pt", weights_only=flag)  # want: B614
torch.serialization.load(f)  # want: B614
torch.load("model.pt", weights_only=True)
torch.save(model, "model.pt")

AutoModel.from_pretrained("org/model")  # want: B615(MEDIUM,HIGH)
AutoModel.from_pretrained("org/model", revision="main")  # want: B615
AutoModel.from_pretrained("org/model", revision="5d0f2e8a7f1b3c")
AutoModel.from_pretrained("org/model", revision=pinned)
AutoModel.from_pretrained("./local/model")
AutoTokenizer.from_pretrained("/abs/model")
load_dataset("squad")  # want: B615
load_dataset("squad", revision="abcdef1")
hf_hub_download(repo_id="org/x", filename="f")  # want: B615
snapshot_download("org/x", commit_id="0123456789abcdef")
other.from_pretrained("org/model")
