# A program's configuration kept as JSON: defaults merged with a user file,
# validated, changed, written back pretty-printed (indent, sort_keys) and
# read again; the round trip must give back exactly the same settings.
import json
import os

DEFAULTS = {
    "app": {"name": "baton-demo", "version": [1, 4, 2], "debug": False},
    "server": {"host": "127.0.0.1", "port": 8080, "timeouts": {"connect": 2.5, "read": 30.0}},
    "workers": {"count": 4, "policy": "interval", "switch_interval": 0.005},
    "features": ["gil-stats", "trace"],
    "limits": {"max_body": 1048576, "rate": None},
}

USER_TEXT = """
{
    "app": {"debug": true, "motto": "caf\\u00e9 \\u2615 \\ud83d\\ude80"},
    "server": {"port": 9090, "timeouts": {"read": 12.75}},
    "workers": {"count": 8},
    "features": ["gil-stats", "timeline"],
    "limits": {"rate": 250.5, "burst": 1e3}
}
"""


def merge(base, override):
    """Deep-merge override into a copy of base: dicts merge, anything else replaces."""
    out = dict(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = merge(out[key], value)
        else:
            out[key] = value
    return out


def validate(cfg):
    problems = []
    port = cfg["server"]["port"]
    if not 0 < port < 65536:
        problems.append(f"bad port {port}")
    if cfg["workers"]["count"] > 64:
        problems.append("too many workers")
    for name, seconds in sorted(cfg["server"]["timeouts"].items()):
        if seconds <= 0:
            problems.append(f"timeout {name} must be positive")
    return problems


def walk(value, path=""):
    """Every leaf as (dotted path, JSON text of the value)."""
    if isinstance(value, dict):
        for key in sorted(value):
            yield from walk(value[key], f"{path}.{key}" if path else key)
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from walk(item, f"{path}[{i}]")
    else:
        yield path, json.dumps(value)


user = json.loads(USER_TEXT)
config = merge(DEFAULTS, user)
print("problems:", validate(config))
for path, text in walk(config):
    print(f"{path:28} = {text}")

config["server"]["port"] = 70000
config["server"]["timeouts"]["connect"] = 0
print("problems:", validate(config))
config["server"]["port"] = 9443
config["server"]["timeouts"]["connect"] = 1.25

path = "/tmp/baton_conformance_config_%d.json" % os.getpid()
with open(path, "w") as f:
    json.dump(config, f, indent=4, sort_keys=True)
with open(path) as f:
    text = f.read()
print(text)
with open(path) as f:
    again = json.load(f)
os.remove(path)
print("round trip equal:", again == config)
print("same text again:", json.dumps(again, indent=4, sort_keys=True) == text)
print(json.dumps(again, separators=(",", ":"), sort_keys=True))
print(json.dumps(again["app"], ensure_ascii=False, sort_keys=True))
print(json.dumps(again["app"], indent="\t"))
compact = json.dumps(again)
print(len(compact), len(json.dumps(again, indent=2)), compact.count(":"))
