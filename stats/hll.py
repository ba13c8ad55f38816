"""An in-process HyperLogLog, the same size as Redis's (2**14 six-bit registers).

Used when there is no Redis (one instance); its registers are merged into the database
every flush, so a restart loses nothing. The standard error is 1.04 / sqrt(2**14) ≈ 0.81 %:
about two estimates in three fall within ±0.81 % of the truth, 99.7 % within ±2.44 %.
Below ~40,000 elements linear counting is used, which is closer still. Nothing an element
was made of can be read back out of the registers: each keeps only a maximum run length.
"""

from __future__ import annotations

import math
from hashlib import blake2b

P = 14
M = 1 << P
STANDARD_ERROR = 1.04 / math.sqrt(M)
_REST = 64 - P
_ALPHA = 0.7213 / (1 + 1.079 / M)


class HyperLogLog:
    __slots__ = ("registers",)

    def __init__(self, registers: bytes | None = None) -> None:
        if registers is not None and len(registers) != M:
            raise ValueError(f"a HyperLogLog has {M} registers, not {len(registers)}")
        self.registers = bytearray(registers if registers is not None else M)

    def add(self, element: bytes) -> None:
        value = int.from_bytes(blake2b(element, digest_size=8).digest(), "big")
        index = value >> _REST
        rank = _REST - (value & ((1 << _REST) - 1)).bit_length() + 1
        if rank > self.registers[index]:
            self.registers[index] = rank

    def merge(self, other: HyperLogLog | bytes) -> None:
        theirs = other.registers if isinstance(other, HyperLogLog) else other
        if len(theirs) != M:
            raise ValueError("registers of another size cannot be merged")
        self.registers = bytearray(map(max, self.registers, theirs))

    def count(self) -> int:
        zeros = self.registers.count(0)
        estimate = _ALPHA * M * M / sum(2.0**-r for r in self.registers)
        if estimate <= 2.5 * M and zeros:
            estimate = M * math.log(M / zeros)
        return round(estimate)

    def __bool__(self) -> bool:
        return any(self.registers)
