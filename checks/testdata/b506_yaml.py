import yaml

yaml.load(data)  # want: B506(MEDIUM,HIGH)
yaml.load(data, Loader=yaml.FullLoader)  # want: B506
yaml.load(data, Loader=yaml.Loader)  # want: B506
yaml.load(data, yaml.UnsafeLoader)  # want: B506
yaml.load(data, Loader=yaml.SafeLoader)
yaml.load(data, Loader=yaml.CSafeLoader)
yaml.load(data, yaml.SafeLoader)
yaml.load(data, SafeLoader)
yaml.safe_load(data)
yaml.unsafe_load(data)
yaml.load_all(data)
json.load(data)
