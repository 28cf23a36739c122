"""What every benchmark reports: a figure, its unit and its target."""

from __future__ import annotations

import statistics
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    """One measured number and the target it is held to."""

    name: str
    value: float
    unit: str
    target: float | None = None
    """The bound; None for a figure that is only reported."""
    higher_is_better: bool = False

    @property
    def met(self) -> bool | None:
        """Whether the target holds (None when there is none)."""
        if self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value <= self.target

    def line(self) -> str:
        """One printed row."""
        target = "" if self.target is None else (
            f"{'≥' if self.higher_is_better else '≤'} {self.target:g} {self.unit}")
        verdict = {True: "met", False: "NOT MET", None: "reported"}[self.met]
        return f"{self.name:<58} {self.value:>10.2f} {self.unit:<6} {target:<14} {verdict}"


def median(values: list[float]) -> float:
    """The median."""
    return statistics.median(values)


def percentile(values: list[float], fraction: float) -> float:
    """The *fraction* percentile (nearest rank)."""
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * len(ordered)) - 1))
    return ordered[index]
