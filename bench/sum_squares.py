# A generator expression over a range: generators, and int results beyond 2**62.
print(sum(i * i for i in range(5_000_000)))
