"""Loading Hugging Face models picked by the caller."""
from fastapi import FastAPI
from transformers import AutoModelForCausalLM, AutoTokenizer

app = FastAPI()


@app.post("/load")
def load(repo: str):
    model = AutoModelForCausalLM.from_pretrained(repo, trust_remote_code=True)  # want: T94
    tokenizer = AutoTokenizer.from_pretrained(repo)
    return {"model": model.config.model_type, "vocab": tokenizer.vocab_size}
