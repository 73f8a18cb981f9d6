import subprocess

import gradio as gr


def lookup(domain):
    return subprocess.run("whois " + domain, shell=True, capture_output=True, text=True).stdout  # want: T78


def lookup_safe(domain):
    return subprocess.run(["whois", "--", domain], capture_output=True, text=True).stdout


with gr.Blocks() as demo:
    box = gr.Textbox(label="Domain")
    out = gr.Textbox(label="Result")
    button = gr.Button("Look up")
    button.click(lookup, inputs=box, outputs=out)
    box.submit(lookup_safe, inputs=box, outputs=out)

demo.launch()
