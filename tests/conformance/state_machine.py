# A vending-machine state machine driven by a table of transitions.
TRANSITIONS = {
    ("idle", "coin"): "paid",
    ("paid", "coin"): "paid",
    ("paid", "select"): "vending",
    ("paid", "refund"): "idle",
    ("vending", "done"): "idle",
}

class Machine:
    def __init__(self):
        self.state = "idle"
        self.credit = 0
        self.history = []

    def fire(self, event, amount=0):
        key = (self.state, event)
        if key not in TRANSITIONS:
            raise RuntimeError(f"event {event!r} not allowed in state {self.state!r}")
        self.history.append(f"{self.state}-{event}->{TRANSITIONS[key]}")
        self.state = TRANSITIONS[key]
        if event == "coin":
            self.credit += amount
        elif event in ("refund", "done"):
            self.credit = 0

m = Machine()
script = [("coin", 50), ("coin", 25), ("select", 0), ("coin", 10), ("done", 0), ("refund", 0), ("coin", 100), ("refund", 0)]
for event, amount in script:
    try:
        m.fire(event, amount)
        print(f"{event:7s} -> {m.state:8s} credit={m.credit}")
    except RuntimeError as e:
        print("rejected:", e)
print(len(m.history), m.history[-2:])
