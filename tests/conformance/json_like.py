# A small JSON serializer and parser written by hand, checked by round trips.
def dumps(value, indent=0):
    pad = "  " * indent
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = ",\n".join(pad + "  " + dumps(v, indent + 1) for v in value)
        return "[\n" + inner + "\n" + pad + "]"
    if isinstance(value, dict):
        inner = ",\n".join(f'{pad}  "{k}": {dumps(v, indent + 1)}' for k, v in value.items())
        return "{\n" + inner + "\n" + pad + "}"
    raise TypeError(f"cannot serialise {type(value).__name__}")

class Reader:
    def __init__(self, text):
        self.text, self.i = text, 0

    def skip(self):
        while self.i < len(self.text) and self.text[self.i] in " \n\t,:":
            self.i += 1

    def value(self):
        self.skip()
        ch = self.text[self.i]
        if ch == "{":
            self.i += 1
            out = {}
            while True:
                self.skip()
                if self.text[self.i] == "}":
                    self.i += 1
                    return out
                key = self.value()
                out[key] = self.value()
        if ch == "[":
            self.i += 1
            out = []
            while True:
                self.skip()
                if self.text[self.i] == "]":
                    self.i += 1
                    return out
                out.append(self.value())
        if ch == '"':
            j = self.i + 1
            chars = []
            while self.text[j] != '"':
                if self.text[j] == "\\":
                    j += 1
                    chars.append({"n": "\n"}.get(self.text[j], self.text[j]))
                else:
                    chars.append(self.text[j])
                j += 1
            self.i = j + 1
            return "".join(chars)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.i):
                self.i += len(word)
                return val
        j = self.i
        while j < len(self.text) and self.text[j] in "-+.0123456789e":
            j += 1
        num = self.text[self.i:j]
        self.i = j
        return float(num) if any(c in num for c in ".e") else int(num)

doc = {"name": "baton", "version": [0, 1, 0], "gil": True, "threads": None,
       "ratio": 0.98, "notes": "a \"real\" lock\nwith stats", "nested": {"a": [], "b": [{"c": -3}]}}
text = dumps(doc)
print(text)
back = Reader(text).value()
print(back == doc, back["notes"], back["nested"]["b"][0]["c"])
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
