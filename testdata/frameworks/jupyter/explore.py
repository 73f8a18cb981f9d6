# Exported from explore.ipynb (cells separated by "# In[ ]:"), as nbconvert writes it.

# In[1]:
import ipywidgets as widgets
import pandas as pd
from IPython import get_ipython
from IPython.display import HTML, display

folder = widgets.Text(description="Folder")
query = widgets.Text(description="Filter")
display(folder, query)

# In[2]:
listing = get_ipython().getoutput("ls -la " + folder.value)  # want: T78
get_ipython().system("du -sh {folder.value}")  # want: T78
get_ipython().system("du -sh /srv/data")

# In[3]:
display(HTML("<h3>Results for %s</h3>" % query.value))  # want: T79
display(HTML("<h3>Results</h3>"))

# In[4]:
frame = pd.read_csv("data.csv")
subset = frame.query(query.value)  # want: T94


def on_change(change):
    get_ipython().run_cell(change["new"])  # want: T94


query.observe(on_change, names="value")


# In[5]:
@widgets.interact(column="amount")
def plot(column):
    return eval("frame." + column + ".describe()")  # want: T94


# In[6]:
note = input("Note to append: ")
get_ipython().system("echo " + note + " >> notes.txt")  # want: T78
