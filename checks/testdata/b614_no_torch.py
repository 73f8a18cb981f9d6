from torch import load

load("model.pt")  # want: K107 -- B614 needs `import torch`
