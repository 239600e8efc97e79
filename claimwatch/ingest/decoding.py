"""Turning raw bytes into text, with errors that name the file and line."""
from __future__ import annotations

from datetime import date, datetime


def looks_binary(data: bytes) -> bool:
    """NUL bytes in the first 8 KiB: an image, archive or other non-text file."""
    return b"\x00" in data[:8192]


def decode_utf8(data: bytes, where: str) -> str:
    """UTF-8 text (a BOM is dropped); raises ValueError naming the line of the first bad byte."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ValueError(
            f"{where}:{line}: not UTF-8 (byte 0x{data[exc.start]:02x}); "
            f"re-save the file as UTF-8, e.g. `iconv -f latin1 -t utf-8`"
        ) from None


def parse_date(value: object) -> date | None:
    """An ISO date or datetime string as a date; None for None/''; ValueError otherwise."""
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise ValueError(f"published must be an ISO date string, not {type(value).__name__}")
    text = value.strip()
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        pass
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"published {value!r} is not an ISO date (YYYY-MM-DD)") from None
