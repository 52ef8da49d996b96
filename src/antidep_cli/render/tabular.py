"""Flat records as CSV, for ``list`` and ``targets``."""

from __future__ import annotations

from antidep_cli.render.records import Record


def csv_text(rows: list[Record]) -> str:
    """Flat records as CSV: the first row's keys as the header, lists joined with "; "."""
    import csv
    import io

    buffer = io.StringIO()
    if rows:
        writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n", extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in row.items()})
    return buffer.getvalue()


def acting_rows(record: Record) -> list[Record]:
    """The ``targets`` record as flat rows, one per class or drug, for CSV."""
    key = "drugs" if "drugs" in record else "classes"
    return [
        {k: v for k, v in entry.items() if k != "via"}
        | {"via": [f"{v['target']}: {v['action']}" for v in entry["via"]]}
        for entry in record[key]
    ]
