# An event bus with observers, priorities, custom exception hierarchy and
# error isolation: one failing handler must not stop the others.


class EventError(Exception):
    """Base class of the bus's errors."""


class UnknownEvent(EventError):
    def __init__(self, name):
        super().__init__(f"no such event: {name!r}")
        self.name = name


class HandlerFailed(EventError):
    def __init__(self, handler, cause):
        super().__init__(f"{handler} failed: {type(cause).__name__}: {cause}")
        self.handler = handler


class Event:
    __match_args__ = ("name", "payload")

    def __init__(self, name, **payload):
        self.name = name
        self.payload = payload
        self.handled_by = []

    def __repr__(self):
        items = ", ".join(f"{k}={v!r}" for k, v in sorted(self.payload.items()))
        return f"Event({self.name!r}, {items})"

    def __getattr__(self, key):
        try:
            return self.payload[key]
        except KeyError:
            raise AttributeError(f"event {self.name!r} has no field {key!r}") from None


class Bus:
    def __init__(self, *names):
        self._handlers = {n: [] for n in names}
        self.errors = []

    def subscribe(self, name, priority=0):
        if name not in self._handlers:
            raise UnknownEvent(name)

        def register(fn):
            self._handlers[name].append((priority, len(self._handlers[name]), fn))
            self._handlers[name].sort(key=lambda t: (-t[0], t[1]))
            return fn
        return register

    def publish(self, event):
        if event.name not in self._handlers:
            raise UnknownEvent(event.name)
        for _, _, fn in self._handlers[event.name]:
            try:
                fn(event)
            except EventError:
                raise
            except Exception as exc:
                self.errors.append(HandlerFailed(fn.__name__, exc))
            else:
                event.handled_by.append(fn.__name__)
        return event

    def __len__(self):
        return sum(len(v) for v in self._handlers.values())

    def __contains__(self, name):
        return name in self._handlers


bus = Bus("order", "refund")
stock = {"apple": 3, "pear": 0}
log = []


@bus.subscribe("order", priority=10)
def check_stock(ev):
    if stock.get(ev.item, 0) < ev.qty:
        raise ValueError(f"only {stock.get(ev.item, 0)} {ev.item} left")
    stock[ev.item] -= ev.qty


@bus.subscribe("order")
def audit(ev):
    log.append(f"order {ev.item} x{ev.qty}")


@bus.subscribe("order", priority=5)
def loyalty(ev):
    points = ev.qty * 10 // ev.customer_tier
    log.append(f"points {points}")


@bus.subscribe("refund")
def refund(ev):
    stock[ev.item] = stock.get(ev.item, 0) + ev.qty
    log.append(f"refund {ev.item}")


print(len(bus), "order" in bus, "ship" in bus)
orders = [
    Event("order", item="apple", qty=2, customer_tier=2),
    Event("order", item="pear", qty=1, customer_tier=1),
    Event("order", item="apple", qty=1, customer_tier=0),
    Event("refund", item="pear", qty=4),
    Event("order", item="pear", qty=1),
]
for ev in orders:
    done = bus.publish(ev)
    print(repr(done), "->", done.handled_by)

for err in bus.errors:
    print("error:", err, "| handler =", err.handler)

try:
    bus.publish(Event("ship", item="x"))
except EventError as e:
    print(type(e).__name__, e, e.name, isinstance(e, Exception))

try:
    bus.subscribe("nope")
except UnknownEvent as e:
    print("subscribe failed:", e.args)

try:
    orders[0].colour
except AttributeError as e:
    print("AttributeError:", e, e.__suppress_context__)

print(stock)
print("\n".join(log))
print([c.__name__ for c in HandlerFailed.__mro__])
