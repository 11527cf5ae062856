# A trie with prefix search, and anagram grouping with sorted keys.
class Trie:
    def __init__(self):
        self.children = {}
        self.word = False

    def insert(self, word):
        node = self
        for ch in word:
            node = node.children.setdefault(ch, Trie())
        node.word = True

    def find(self, prefix):
        node = self
        for ch in prefix:
            if ch not in node.children:
                return []
            node = node.children[ch]
        out = []
        def walk(n, path):
            if n.word:
                out.append(prefix + path)
            for ch in sorted(n.children):
                walk(n.children[ch], path + ch)
        walk(node, "")
        return out

    def count(self):
        return self.word + sum(c.count() for c in self.children.values())

words = """stop pots tops spot opts post listen silent enlist inlets tinsel
thread thready threat three throne through throw thrown tread treat""".split()
t = Trie()
for w in words:
    t.insert(w)
print(t.count(), t.find("thr"), t.find("tr"), t.find("x"))
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    if len(groups[key]) > 1:
        print(key, sorted(groups[key]))
print(max(groups.values(), key=len))
