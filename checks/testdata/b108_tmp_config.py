# fixture-config: {"hardcoded_tmp_directory": {"tmp_dirs": ["/scratch"]}}
a = "/tmp/x"
b = "/scratch/x"  # want: B108
