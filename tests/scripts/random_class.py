# random.Random instances: independent generators, same sequences as CPython
import random

r1 = random.Random(42)
r2 = random.Random(42)
print(r1.random() == r2.random(), r1.random(), r2.randint(1, 6))  # expect: True 0.025010755222666936 1
print(random.Random(42).random(), random.Random(0).random(), random.Random("seed").random())  # expect: 0.6394267984578837 0.8444218515250481 0.1382359792209653
r = random.Random(2024)
print([r.randint(1, 6) for _ in range(12)])  # expect: [4, 2, 6, 5, 3, 2, 6, 4, 6, 3, 5, 2]
print(r.sample(range(1000), 4), r.choice("xyz"), r.getrandbits(16), r.uniform(0, 1))  # expect: [651, 832, 752, 510] y 27254 0.5273293236476118
deck = [f"{rank}{suit}" for suit in "SH" for rank in "A23456789"]
r.shuffle(deck)
print(deck)  # expect: ['5S', '5H', '6S', '8H', 'AS', '7H', '9H', '4H', '6H', '3S', '8S', '4S', '3H', '2S', '9S', '2H', 'AH', '7S']
r.seed(5)
x = r.random()
r.seed(5)
print(x == r.random(), type(r).__name__, isinstance(r, random.Random))  # expect: True Random True

class Dice(random.Random):
    def roll(self):
        return self.randint(1, 6)

d = Dice(3)
print([d.roll() for _ in range(8)])  # expect: [2, 5, 5, 2, 3, 5, 4, 6]
random.seed(99)
g = random.Random(99)
print(random.random() == g.random(), random.gauss(0, 1) == g.gauss(0, 1))  # expect: True True
counts = [0] * 6
rr = random.Random(1)
for _ in range(6000):
    counts[rr.randrange(6)] += 1
print(counts, sum(counts))  # expect: [979, 1002, 1007, 995, 1045, 972] 6000
