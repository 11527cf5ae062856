# random: seeded sequences reproduce CPython's exactly
import random

def err(f, *args, **kw):
    try:
        return f(*args, **kw)
    except Exception as e:
        return f"{type(e).__name__}: {e}"

random.seed(42)
print([random.random() for _ in range(3)])  # expect: [0.6394267984578837, 0.025010755222666936, 0.27502931836911926]
print([random.randint(1, 100) for _ in range(10)])  # expect: [29, 18, 95, 14, 87, 95, 70, 12, 76, 55]
print([random.randrange(10) for _ in range(10)], random.randrange(0, 100, 7), random.randrange(50, 0, -3))  # expect: [0, 0, 1, 3, 3, 8, 9, 0, 8, 3] 77 11
print(random.choice("abcdefg"), random.choice([10, 20, 30]), random.choice(range(1000)), random.choice((1, 2)))  # expect: b 20 603 2
xs = list(range(20))
random.shuffle(xs)
print(xs)  # expect: [17, 7, 19, 11, 4, 15, 14, 9, 6, 16, 1, 18, 12, 3, 2, 8, 10, 13, 5, 0]
print(random.sample(range(100), 10), random.sample("abcdefgh", 3), random.sample(range(10 ** 6), 5))  # expect: [68, 15, 48, 10, 70, 37, 80, 79, 46, 73] ['d', 'f', 'a'] [48050, 693384, 238968, 810620, 303445]
print(random.sample([1, 2, 3, 4, 5, 6, 7, 8], 8), random.sample(range(30), 6))  # expect: [2, 7, 8, 1, 4, 6, 3, 5] [5, 11, 28, 6, 21, 8]
print(random.uniform(1, 10), random.uniform(5, -5), random.triangular(), random.triangular(0, 10, 2))  # expect: 7.316382821126962 -1.8354766553666728 0.18894775677227332 4.59613684997157
print(random.gauss(), random.gauss(), random.gauss(10, 2), random.normalvariate(), random.normalvariate(5, 0.5))  # expect: -0.7322078012757832 -0.15951801589768047 8.45785444378504 -0.7118479574476849 4.909213705542915
print(random.expovariate(1.5), random.lognormvariate(0, 1), random.paretovariate(3), random.weibullvariate(1, 2))  # expect: 1.628942020983323 1.5046511203779307 1.082945023983539 0.8316314569918423
print(random.gammavariate(0.5, 1), random.gammavariate(1, 2), random.gammavariate(5, 1), random.betavariate(2, 3))  # expect: 1.2980769515278705 0.30833507097010776 2.7273123713196705 0.45354405339244525
print(random.choices("abc", k=5), random.choices(range(10), [1] * 10, k=3), random.choices("xy", cum_weights=[1, 10], k=4))  # expect: ['b', 'c', 'a', 'b', 'c'] [8, 1, 1] ['y', 'y', 'y', 'y']
print(random.choices([1, 2, 3], weights=[0.5, 0.25, 0.25], k=6), random.choices("a"))  # expect: [1, 1, 2, 3, 2, 1] ['a']
print(random.getrandbits(1), random.getrandbits(32), random.getrandbits(33), random.getrandbits(64), random.getrandbits(100), random.getrandbits(0))  # expect: 1 1146005448 7596073699 2057774396966550895 567127685788617198060265722632 0
print(random.randrange(2 ** 100), random.randint(-(2 ** 70), 2 ** 70), random.randbytes(5))  # expect: 762594848082602062257403575644 -457499339634801018681 b'l\xd1\xb8_\xc3'
rows = []
for seed in [0, 1, -1, 2 ** 32, 2 ** 32 - 1, 2 ** 100, -(2 ** 64), 12345678901234567890, True]:
    random.seed(seed)
    rows.append((seed, random.random(), random.randrange(1000), random.getrandbits(40)))
print(rows[:4])  # expect: [(0, 0.8444218515250481, 776, 463385069186), (1, 0.13436424411240122, 867, 840964324912), (-1, 0.13436424411240122, 867, 840964324912), (4294967296, 0.11299430095636409, 427, 21194466514)]
print(rows[4:])  # expect: [(4294967295, 0.6353574441341173, 208, 666644823977), (1267650600228229401496703205376, 0.7586581712996778, 231, 1074094164553), (-18446744073709551616, 0.9776462743838505, 380, 545855970802), (12345678901234567890, 0.5120180983871961, 954, 706723110999), (True, 0.13436424411240122, 867, 840964324912)]
rows = []
for seed in [1.5, -0.25, 1e100, 0.0, "hello", "", b"bytes", "héllo wörld", "x" * 200]:
    random.seed(seed)
    rows.append(random.random())
print(rows)  # expect: [0.551763726942059, 0.8538447723761984, 0.31792657575978955, 0.8444218515250481, 0.3537754404730722, 0.9602256525641875, 0.37075677971469856, 0.07829104647591212, 0.8500063097913054]
random.seed(7)
state = random.getstate()
a = [random.random() for _ in range(3)], random.gauss()
random.setstate(state)
b = [random.random() for _ in range(3)], random.gauss()
print(a == b, len(state[1]), state[0])  # expect: True 625 3
print(err(random.choice, []), "|", err(random.randrange, 0), "|", err(random.randrange, 5, 5), "|", err(random.randrange, 1, 10, 0))  # expect: IndexError: Cannot choose from an empty sequence | ValueError: empty range for randrange() | ValueError: empty range for randrange() (5, 5, 0) | ValueError: zero step for randrange()
print(err(random.randrange, 10, 1, 2), "|", err(random.randrange, 5, step=2), "|", err(random.randint, 5, 1))  # expect: ValueError: empty range for randrange() | TypeError: Missing a non-None stop argument | ValueError: empty range for randrange() (5, 2, -3)
print(err(random.sample, range(5), 6), "|", err(random.sample, {1, 2}, 1), "|", err(random.sample, range(5), -1))  # expect: ValueError: Sample larger than population or is negative | TypeError: Population must be a sequence.  For dicts or sets, use sorted(d). | ValueError: Sample larger than population or is negative
print(err(random.choices, "ab", [1], k=1), "|", err(random.choices, "ab", [0, 0]), "|", err(random.choices, "ab", [1, 1], cum_weights=[1, 2]))  # expect: ValueError: The number of weights does not match the population | ValueError: Total of weights must be greater than zero | TypeError: Cannot specify both weights and cumulative weights
print(err(random.choices, "ab", 3), "|", err(random.getrandbits, -1), "|", err(random.gammavariate, 0, 1))  # expect: TypeError: The number of choices must be a keyword argument: k=3 | ValueError: number of bits must be non-negative | ValueError: gammavariate: alpha and beta must be > 0.0
print(repr(err(random.seed, [1])), repr(err(random.Random, {})))  # expect: 'TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.' 'TypeError: The only supported seed types are: None,\nint, float, str, bytes, and bytearray.'
print(random.randrange(1, 2) == 1, random.randrange(-5, -4))  # expect: True -5
random.seed(3)
print(random.sample(["red", "blue"], counts=[4, 2], k=5), random.sample("abc", 2, counts=[1, 2, 3]))  # expect: ['red', 'blue', 'blue', 'red', 'red'] ['c', 'c']
print(err(random.sample, "ab", 1, counts=[1]), "|", err(random.sample, "ab", 1, counts=[0, 0]), "|", err(random.sample, "ab", 1, counts=[1.5, 1]))  # expect: ValueError: The number of counts does not match the population | ValueError: Total of counts must be greater than zero | TypeError: Counts must be integers
