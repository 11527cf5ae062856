# Classical ciphers: Caesar, Vigenere, and frequency analysis to break Caesar.


def caesar(text, shift):
    out = []
    for ch in text:
        if ch.isupper():
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        elif ch.islower():
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        else:
            out.append(ch)
    return "".join(out)

def vigenere(text, key, decrypt=False):
    out, k = [], 0
    for ch in text:
        if ch.isalpha():
            shift = ord(key[k % len(key)].lower()) - 97
            if decrypt:
                shift = -shift
            out.append(caesar(ch, shift))
            k += 1
        else:
            out.append(ch)
    return "".join(out)

def crack_caesar(cipher):
    best = None
    for shift in range(26):
        candidate = caesar(cipher, -shift)
        score = sum(candidate.lower().count(c) for c in "etaoin")
        if best is None or score > best[0]:
            best = (score, shift, candidate)
    return best[1], best[2]

msg = "The GIL lets only one thread run Python bytecode at a time, even on many cores."
enc = caesar(msg, 13)
print(enc)
print(caesar(enc, 13) == msg)
v = vigenere(msg, "baton")
print(v)
print(vigenere(v, "baton", decrypt=True))
print(crack_caesar(caesar(msg, 7)))
print(ord("a"), chr(122), "abc".translate({97: "A"}))
