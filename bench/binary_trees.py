# Binary trees (Benchmarks Game) with a class per node: allocation, attribute
# access and reference counting.
class Node:
    def __init__(self, left, right):
        self.left = left
        self.right = right

    def check(self):
        if self.left is None:
            return 1
        return 1 + self.left.check() + self.right.check()

def make(depth):
    if depth == 0:
        return Node(None, None)
    depth -= 1
    return Node(make(depth), make(depth))

def main(max_depth):
    stretch = max_depth + 1
    print(f"stretch tree of depth {stretch}\t check: {make(stretch).check()}")
    long_lived = make(max_depth)
    for depth in range(4, max_depth + 1, 2):
        iterations = 2 ** (max_depth - depth + 4)
        total = 0
        for _ in range(iterations):
            total += make(depth).check()
        print(f"{iterations}\t trees of depth {depth}\t check: {total}")
    print(f"long lived tree of depth {max_depth}\t check: {long_lived.check()}")

main(14)
