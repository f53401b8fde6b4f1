"""Where a printout's title may break, and which breaks make it stand balanced.

GB/T 9704 wants a title that takes more than one line broken between words and set
symmetric (a pyramid or an hourglass), never split inside a word. Chinese has no spaces,
so the words are found with a short phrase list taken from the plan's own vocabulary
(the notice's attachment titles and the report titles Duban prints), not with a general
segmenter: the titles are a handful of fixed phrases from one notice, a list of them is
exact and predictable where a statistical segmenter would need a dictionary of megabytes
and could still cut 攻坚 from 台帐 differently from one version to the next.

A break is allowed between two phrases (or a phrase and the text beside it), never inside
quotes “…” or brackets （…）《…》, never before closing punctuation nor after opening
punctuation. Among the allowed breaks the fewest lines are taken, then the most even
lines. When no allowed break fits the width the title breaks anywhere, still evenly.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import combinations

#: Words of the plan's titles, longest first where one holds another.
PHRASES = (
    "“改革攻坚落实年”",
    "“改革攻坚年”",
    "柳州市科学技术局",
    "市科学技术局",
    "市科技局",
    "柳州市",
    "活动",
    "专项工作",
    "领导小组",
    "工作小组",
    "任务小组",
    "办公室",
    "名单",
    "督察清单",
    "督察",
    "工作计划表",
    "工作方案",
    "攻坚台帐",
    "台帐",
    "宣传推广",
    "清单",
    "完成情况",
    "逾期/临期",
    "逾期",
    "临期",
    "事项",
    "任务",
    "措施",
    "与",
    "和",
    "及",
    "时间轴",
    "时间节点",
    "改革攻坚",
    "落实",
    "关于",
    "自治区",
    "重点",
    "科技创新",
)

OPENING = "“‘（(《〈【〔［["
CLOSING = "”’）)》〉】〕］]，,。.、；;：:！!？?"
PAIRS = {"“": "”", "‘": "’", "（": "）", "(": ")", "《": "》", "〈": "〉", "【": "】", "〔": "〕", "［": "］", "[": "]"}


def phrase_breaks(text: str, phrases: Sequence[str] = PHRASES) -> list[int]:
    """Positions (0 < i < len) where *text* may break: at the edges of the phrases found in it.

    Phrases are matched longest first from the left; a stretch no phrase covers stays whole.
    """
    ordered = sorted(set(phrases), key=len, reverse=True)
    edges: set[int] = set()
    at = 0
    while at < len(text):
        found = next((p for p in ordered if text.startswith(p, at)), None)
        if found is None:
            at += 1
            continue
        edges.update((at, at + len(found)))
        at += len(found)
    return [i for i in sorted(edges) if 0 < i < len(text) and allowed(text, i)]


def allowed(text: str, index: int) -> bool:
    """Whether a break before ``text[index]`` keeps quotes, brackets and punctuation whole."""
    if text[index] in CLOSING or text[index - 1] in OPENING:
        return False
    depth: list[str] = []
    for char in text[:index]:
        if char in PAIRS:
            depth.append(PAIRS[char])
        elif depth and char == depth[-1]:
            depth.pop()
    return not depth


def balanced_lines(text: str, width: float, advance: Callable[[str], float],
                   breaks: Sequence[int] | None = None) -> list[str]:
    """*text* as lines no wider than *width* (by *advance*), broken at *breaks* (default: the phrase breaks).

    The fewest lines, then the narrowest widest line, then the most even lines. Falls back to
    breaking between any two characters (punctuation kept with its neighbour) when the allowed
    breaks cannot make every line fit.
    """
    text = text.strip()
    if not text or advance(text) <= width:
        return [text] if text else []
    candidates = list(phrase_breaks(text) if breaks is None else breaks)
    lines = _best(text, width, advance, candidates)
    if lines is None:
        anywhere = [i for i in range(1, len(text)) if allowed(text, i)] or list(range(1, len(text)))
        lines = _best(text, width, advance, anywhere)
    if lines is None:
        anywhere = list(range(1, len(text)))
        lines = _best(text, width, advance, anywhere) or [text]
    return lines


def _best(text: str, width: float, advance: Callable[[str], float], breaks: list[int]) -> list[str] | None:
    widths: dict[tuple[int, int], float] = {}

    def measured(a: int, b: int) -> float:
        if (a, b) not in widths:
            widths[(a, b)] = advance(text[a:b])
        return widths[(a, b)]

    points = sorted(set(breaks))
    for count in range(1, min(len(points), 6) + 1):
        best: tuple[float, float, tuple[int, ...]] | None = None
        # Few points and few lines: trying every combination stays cheap (a title has < 30 points).
        for chosen in combinations(points, count):
            edges = (0, *chosen, len(text))
            spans = [measured(a, b) for a, b in zip(edges, edges[1:])]
            if max(spans) > width:
                continue
            mean = sum(spans) / len(spans)
            key = (max(spans), sum((s - mean) ** 2 for s in spans), chosen)
            if best is None or key[:2] < best[:2]:
                best = key
        if best is not None:
            edges = (0, *best[2], len(text))
            return [text[a:b] for a, b in zip(edges, edges[1:])]
        if len(points) > 20 and count >= 3:
            break
    return None
