# The random module with a fixed seed reproduces CPython's Mersenne Twister sequences.
import random

random.seed(12345)
print([round(random.random(), 10) for _ in range(5)])
print([random.randint(1, 6) for _ in range(20)])
print(random.choice("abcdefg"), random.randrange(0, 100, 5), random.uniform(1, 2))
deck = list(range(20))
random.shuffle(deck)
print(deck)
print(random.sample(range(100), 8), random.getrandbits(40))
rng = random.Random(2024)
print([rng.randint(0, 1000) for _ in range(8)])
random.seed(7)
rolls = [random.randint(1, 6) for _ in range(6000)]
print([rolls.count(face) for face in range(1, 7)])
print(random.choices(["red", "green", "blue"], k=6))
print(random.choices(["a", "b"], weights=[9, 1], k=10))
