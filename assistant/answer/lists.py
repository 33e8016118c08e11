"""Lists inside digest passages: the lead line that opens a list, its items, and a quoted block's cited lines."""

from __future__ import annotations

import re

SOURCE_TAG = re.compile(r"\s?\[(?:[A-Z][A-Za-z]{0,4}-?\d+[a-z]?(?:,\s?)?)+\](?:\[(?:[A-Z][A-Za-z]{0,4}-?\d+[a-z]?)\])*")


def with_list(text: str, sentence: str) -> str:
    """`sentence` and, when it ends with a colon, the list items right after it: one exact passage of `text`."""
    if not sentence.rstrip().endswith(":"):
        return sentence
    end = text.find(sentence) + len(sentence)
    rest_of_line, _, after = text[end:].partition("\n")
    items = list_items(after)
    return text[end - len(sentence):end + len(rest_of_line) + 1 + len(items)] if items else sentence


def lead_of(text: str, sentence: str) -> str:
    """The line ending with a colon that opens the list `sentence` is an item of ("five challenges:"), else the run of
    items it is one of (a list under a heading, "## The five pillars"), else `sentence`: an answer that picks items of
    one list shows the whole list."""
    before = text[: max(text.find(sentence), 0)]
    leads = [ln.strip() for ln in before.split("\n") if ln.rstrip().endswith(":")]
    return next((ld for ld in reversed(leads) if sentence in with_list(text, ld)), None) or item_run(text, sentence)


SHORT_LIST, SHORT_ITEM = 8, 120  # a list of names or headings, shown whole


def item_run(text: str, sentence: str) -> str:
    """The short list items around the item `sentence` is on (an exact passage of `text`), else `sentence`."""
    at = text.find(sentence)
    if at < 0:
        return sentence
    lines = text.split("\n")
    starts = [0]
    for ln in lines[:-1]:
        starts.append(starts[-1] + len(ln) + 1)
    i = max(k for k, st in enumerate(starts) if st <= at)
    if not _ITEM.match(lines[i]):
        return sentence
    first = last = i
    while first > 0 and _ITEM.match(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _ITEM.match(lines[last + 1]):
        last += 1
    run = lines[first:last + 1]
    if len(run) < 2 or len(run) > SHORT_LIST or any(len(ln) > SHORT_ITEM for ln in run):
        return sentence  # a list of facts, each its own answer, not a list of names ("the five pillars")
    return text[starts[first]:starts[last] + len(lines[last])]


_ITEM = re.compile(r"\s*(?:[-*]|\d+[.)])\s")


def list_items(text: str) -> str:
    """The list items a passage opens with (the rest of a list the previous passage began), else ''."""
    lines = []
    for line in text.split("\n"):
        if not _ITEM.match(line):
            break
        lines.append(line)
    return "\n".join(lines)


def cited_lines(block: str, n: int) -> str:
    """A quoted block, each of its lines (a sentence and its list items) marked with the citation it comes from."""
    return "\n  ".join(f"{SOURCE_TAG.sub('', line).strip()} [{n}]" for line in block.split("\n") if line.strip())
