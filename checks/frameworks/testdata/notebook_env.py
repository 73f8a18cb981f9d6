# What a notebook looks like after conversion (python/notebook).
import os

get_ipython().run_line_magic("env", "OPENAI_API_KEY=abc123def456ghi789")  # want: K255
get_ipython().run_line_magic("env", "DATA_DIR=/tmp/data")
get_ipython().run_line_magic("env", "OPENAI_API_KEY=<your key here>")
os.environ["ANTHROPIC_API_KEY"] = "0a1b2c3d4e5f6a7b8c9d"  # want: K255
os.environ["HF_TOKEN"] = "hf_abcdefghijklmnopqrstuvwxyz"  # want: B105 -- bandit reports *_TOKEN names
os.environ["CUDA_VISIBLE_DEVICES"] = "0,1,2,3,4"
os.environ.setdefault("STRIPE_API_KEY", "rk_test_51abcdef")  # want: K255
os.environ["OPENAI_API_KEY"] = getpass("key: ")
