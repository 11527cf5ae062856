# A sales report formatter: aligned columns with str.format, f-strings,
# %-formatting and bytes formatting, totals with thousands separators.

REGIONS = ["North", "South", "East", "West", "Central"]
PRODUCTS = [("Widget", 3.75), ("Gadget", 12.5), ("Gizmo", 0.99), ("Doohickey", 149.0), ("Thingamajig", 27.25)]


def make_sales():
    """Deterministic pseudo-random quantities (a linear congruential generator)."""
    state = 12345
    sales = {}
    for region in REGIONS:
        for name, _price in PRODUCTS:
            state = (state * 1103515245 + 12345) % 2**31
            sales[(region, name)] = state % 5000
    return sales


def money(x):
    return f"{x:>14,.2f}"


def header(widths, titles):
    cells = [f"{t:^{w}}" for t, w in zip(titles, widths)]
    line = "+".join("-" * (w + 2) for w in widths)
    return "+" + line + "+\n| " + " | ".join(cells) + " |\n+" + line + "+"


def table(sales):
    widths = [12, 9, 14, 8]
    print(header(widths, ["Product", "Units", "Revenue", "Share"]))
    totals = {name: sum(sales[(r, name)] for r in REGIONS) for name, _ in PRODUCTS}
    revenue = {name: totals[name] * price for name, price in PRODUCTS}
    grand = sum(revenue.values())
    for name, price in sorted(PRODUCTS, key=lambda p: -revenue[p[0]]):
        share = revenue[name] / grand
        print("| {:<12} | {:>9,} | {} | {:>8.1%} |".format(name, totals[name], money(revenue[name]), share))
    print("+" + "+".join("-" * (w + 2) for w in widths) + "+")
    print("| {:<12} | {:>9,} | {} | {:>8.1%} |".format("TOTAL", sum(totals.values()), money(grand), 1))
    return grand


def by_region(sales):
    print()
    print("%-10s %8s %8s %10s" % ("Region", "Units", "Avg", "Best"))
    for region in REGIONS:
        units = [sales[(region, name)] for name, _ in PRODUCTS]
        best = max(PRODUCTS, key=lambda p: sales[(region, p[0])])[0]
        print("%-10s %8d %8.2f %10s" % (region, sum(units), sum(units) / len(units), best))


def spark(sales):
    print()
    peak = max(sales.values())
    for region in REGIONS:
        row = "".join(" .:-=+*#%@"[sales[(region, n)] * 9 // peak] for n, _ in PRODUCTS)
        print(f"{region:>8} |{row}|  {region[:3].upper()!r:>6} {len(region)=}")


def csv_bytes(sales):
    print()
    lines = [b"region,product,units,code"]
    for (region, name), units in sorted(sales.items())[:8]:
        code = sum(map(ord, region + name)) & 0xFFFF
        lines.append(b"%s,%s,%05d,%#06x" % (region.encode(), name.encode(), units, code))
    blob = b"\n".join(lines)
    print(len(blob), blob.count(b","), blob.splitlines()[1:3])
    for line in blob.splitlines()[:4]:
        print(line.decode().expandtabs())
    print(b"|%-8s|%8s|" % (b"left", b"right"), b"%c%c" % (79, b"K"))


def fixed_columns():
    print()
    rows = [("alpha", -3.14159, 42), ("beta", 2.71828e5, -7), ("gamma", 1e-7, 10**12), ("delta", float("inf"), 0)]
    for name, x, n in rows:
        print(f"{name:*<8}|{x:+12.4e}|{x:12.5g}|{n:+15,d}|{n:#x}|{name.title():>7}")
    print("{0:=^40}".format(" END "))


sales = make_sales()
grand = table(sales)
by_region(sales)
spark(sales)
csv_bytes(sales)
fixed_columns()
print(f"grand total: {grand:_.3f} / {grand:.6e} / {int(grand):_x}")
