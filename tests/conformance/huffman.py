# Huffman coding with a sorted-list priority queue; encode and decode round trip.
TEXT = "this is an example of a huffman tree built by baton and checked against python3"

def build(text):
    freq = {}
    for ch in text:
        freq[ch] = freq.get(ch, 0) + 1
    nodes = [(n, i, ch) for i, (ch, n) in enumerate(sorted(freq.items()))]
    counter = len(nodes)
    while len(nodes) > 1:
        nodes.sort(key=lambda t: (t[0], t[1]))
        (n1, _, a), (n2, _, b) = nodes[0], nodes[1]
        nodes = nodes[2:] + [(n1 + n2, counter, (a, b))]
        counter += 1
    return nodes[0][2], freq

def codes(tree, prefix="", table=None):
    table = {} if table is None else table
    if isinstance(tree, str):
        table[tree] = prefix or "0"
    else:
        codes(tree[0], prefix + "0", table)
        codes(tree[1], prefix + "1", table)
    return table

def decode(bits, tree):
    out, node = [], tree
    for bit in bits:
        node = node[int(bit)]
        if isinstance(node, str):
            out.append(node)
            node = tree
    return "".join(out)

tree, freq = build(TEXT)
table = codes(tree)
for ch in sorted(table, key=lambda c: (len(table[c]), c))[:10]:
    print(repr(ch), freq[ch], table[ch])
bits = "".join(table[ch] for ch in TEXT)
print(len(bits), len(TEXT) * 8, f"{len(bits) / (len(TEXT) * 8):.3f}")
print(decode(bits, tree) == TEXT)
