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
yaml.unsafe_load(data)  # want: K112 -- B506 skips it
yaml.load_all(data)  # want: K112 -- B506 skips it
json.load(data)
