# Graphs: BFS, DFS, Dijkstra with a hand-written binary heap, topological sort.
class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i > 0:
            parent = (i - 1) // 2
            if a[i] < a[parent]:
                a[i], a[parent] = a[parent], a[i]
                i = parent
            else:
                break

    def pop(self):
        a = self.items
        last = a.pop()
        if not a:
            return last
        top, a[0] = a[0], last
        i = 0
        while True:
            smallest, l, r = i, 2 * i + 1, 2 * i + 2
            if l < len(a) and a[l] < a[smallest]:
                smallest = l
            if r < len(a) and a[r] < a[smallest]:
                smallest = r
            if smallest == i:
                return top
            a[i], a[smallest] = a[smallest], a[i]
            i = smallest

    def __len__(self):
        return len(self.items)

edges = [("a", "b", 4), ("a", "c", 2), ("b", "c", 5), ("b", "d", 10), ("c", "e", 3),
         ("e", "d", 4), ("d", "f", 11), ("e", "f", 20), ("c", "f", 30)]
graph = {}
for u, v, w in edges:
    graph.setdefault(u, []).append((v, w))
    graph.setdefault(v, []).append((u, w))

def bfs(start):
    order, seen, queue = [], {start}, [start]
    while queue:
        node = queue.pop(0)
        order.append(node)
        for nxt, _ in sorted(graph[node]):
            if nxt not in seen:
                seen.add(nxt)
                queue.append(nxt)
    return order

def dfs(node, seen=None):
    seen = [] if seen is None else seen
    seen.append(node)
    for nxt, _ in sorted(graph[node]):
        if nxt not in seen:
            dfs(nxt, seen)
    return seen

def dijkstra(start):
    dist = {start: 0}
    heap = MinHeap()
    heap.push((0, start))
    while len(heap):
        d, node = heap.pop()
        if d > dist[node]:
            continue
        for nxt, w in graph[node]:
            nd = d + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                heap.push((nd, nxt))
    return dict(sorted(dist.items()))

print(bfs("a"), dfs("a"))
print(dijkstra("a"))
deps = {"app": ["lib", "log"], "lib": ["core"], "log": ["core"], "core": [], "test": ["app"]}
def topo(deps):
    order, state = [], {}
    def visit(n):
        if state.get(n) == "done":
            return
        if state.get(n) == "busy":
            raise ValueError("cycle at " + n)
        state[n] = "busy"
        for d in deps[n]:
            visit(d)
        state[n] = "done"
        order.append(n)
    for n in sorted(deps):
        visit(n)
    return order
print(topo(deps))
deps["core"] = ["test"]
try:
    topo(deps)
except ValueError as e:
    print("error:", e)
