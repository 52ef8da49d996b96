"""Flat records as CSV, for ``list`` and ``targets``: values only, never a Python repr."""

from __future__ import annotations

from typing import Any

from antidep_cli.render.records import Record


def flat(record: Record, prefix: str = "") -> Record:
    """One level of columns: a nested mapping becomes ``xrefs.uniprot``, a list is joined with "; "."""
    out: Record = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out |= flat(value, f"{name}.")
        elif isinstance(value, list):
            out[name] = "; ".join(_item(v) for v in value)
        else:
            out[name] = "" if value is None else value
    return out


def _item(value: Any) -> str:
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_item(v)}" for k, v in value.items() if v is not None)
    if isinstance(value, list):
        return ", ".join(_item(v) for v in value)
    return str(value)


def csv_text(rows: list[Record]) -> str:
    """Records as CSV, with the union of their flattened keys as the header, in first-seen order."""
    import csv
    import io

    flattened = [flat(row) for row in rows]
    columns = list(dict.fromkeys(k for row in flattened for k in row))
    buffer = io.StringIO()
    if flattened:
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n", restval="")
        writer.writeheader()
        writer.writerows(flattened)
    return buffer.getvalue()


def acting_rows(record: Record) -> list[Record]:
    """The ``targets`` record as rows, one per class or drug, for CSV."""
    key = "drugs" if "drugs" in record else "classes"
    return [
        {k: v for k, v in entry.items() if k != "via"}
        | {"via": [f"{v['target']}: {v['action']}" for v in entry["via"]]}
        for entry in record[key]
    ]
