#!/usr/bin/python3
"""openpyxl as a second "other program than ours" for the handover workbook.

  workbook-openpyxl.py fill-cells EXPORTED.xlsx FILLED.xlsx CELLS.tsv
      writes the cells of CELLS.tsv (lines: sheet name prefix, row key "item|column", column number (0-based),
      text; an empty text clears the cell; a text like 2025/7/1 becomes a date cell) and saves with openpyxl's own
      writer. Used by the tests of the three-way answer import.

Needs openpyxl (apt-get install python3-openpyxl); runs on the system Python.
"""
import datetime
import re
import sys

import openpyxl

KEY_COLUMN = 10  # J, 1-based: the hidden row key "item|column"
DATE = re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$")


def fill_cells(source, target, spec):
    workbook = openpyxl.load_workbook(source)
    with open(spec, encoding="utf-8") as f:
        lines = [line.rstrip("\n").split("\t") for line in f if line.strip()]
    for prefix, key, column, text in lines:
        sheet = [s for s in workbook.worksheets if s.title.startswith(prefix)][0]
        row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, KEY_COLUMN).value == key)
        cell = sheet.cell(row, int(column) + 1)
        m = DATE.match(text)
        if m:
            cell.value = datetime.datetime(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            cell.number_format = "yyyy/mm/dd"
        else:
            cell.value = text if text else None
    workbook.save(target)
    print("%s: filled by openpyxl" % target)


if __name__ == "__main__":
    if len(sys.argv) != 5 or sys.argv[1] != "fill-cells":
        sys.exit(__doc__)
    fill_cells(sys.argv[2], sys.argv[3], sys.argv[4])
