#!/usr/bin/python3
"""What can be asserted of the printed handover workbook, from its xlsx and the PDF LibreOffice made of it.

  workbook-pdf.py check WORKBOOK.xlsx WORKBOOK.pdf
      1. every chart series, and every data point of a series that has them, has an explicit solid fill
         (LibreOffice draws no bars or slices for a series that relies on theme colours);
      2. the PDF text holds no certainty marker ("[likely]", "[open]", "[firm]");
      3. the 確認事項 (item) text of every checklist row appears whole in the PDF text: a text cut at the cell
         edge or the page edge is missing there.
      Prints one line per failure; exit 0 when all hold, 1 otherwise.

Needs pdftotext (poppler-utils) and openpyxl (python3-openpyxl); runs on the system Python.
"""
import re
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET

import openpyxl

NS = {"c": "http://schemas.openxmlformats.org/drawingml/2006/chart",
      "a": "http://schemas.openxmlformats.org/drawingml/2006/main"}
MARKER = re.compile(r"\[(likely|open|firm)\]")
ITEM_COLUMN = 2   # B
KEY_COLUMN = 10   # J: the hidden row key "item|column"


def chart_failures(xlsx):
    failures = []
    with zipfile.ZipFile(xlsx) as z:
        charts = [n for n in z.namelist() if re.match(r"xl/charts/chart\d+\.xml$", n)]
        if not charts:
            failures.append("no chart in the workbook")
        for name in charts:
            root = ET.fromstring(z.read(name))
            for i, ser in enumerate(root.iter("{%s}ser" % NS["c"])):
                if ser.find("c:spPr/a:solidFill", NS) is None:
                    failures.append("%s: series %d has no fill of its own" % (name, i))
                for dpt in ser.findall("c:dPt", NS):
                    if dpt.find("c:spPr/a:solidFill", NS) is None:
                        failures.append("%s: series %d, data point %s has no fill" %
                                        (name, i, dpt.find("c:idx", NS).get("val")))
    return failures


def squeeze(text):
    return re.sub(r"\s+", "", text)


def item_texts(xlsx):
    workbook = openpyxl.load_workbook(xlsx, read_only=True)
    texts = []
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible":
            continue
        for row in sheet.iter_rows(min_col=1, max_col=KEY_COLUMN, values_only=True):
            if len(row) >= KEY_COLUMN and isinstance(row[KEY_COLUMN - 1], str) and "|" in row[KEY_COLUMN - 1] \
                    and isinstance(row[ITEM_COLUMN - 1], str):
                texts.append((sheet.title, row[KEY_COLUMN - 1], row[ITEM_COLUMN - 1]))
    return texts


def check(xlsx, pdf):
    failures = chart_failures(xlsx)
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], check=True,
                          capture_output=True).stdout.decode("utf-8")
    for m in MARKER.finditer(text):
        failures.append("certainty marker in the PDF: ...%s..." % text[max(0, m.start() - 30):m.end() + 30]
                        .replace("\n", " "))
    squeezed = squeeze(text)
    items = item_texts(xlsx)
    if not items:
        failures.append("no checklist item found in %s" % xlsx)
    for sheet, key, item in items:
        if squeeze(item) not in squeezed:
            failures.append("%s %s: item text not whole in the PDF: %s" % (sheet, key, item))
    for f in failures:
        print(f)
    print("%d chart files, %d item texts checked, %d failures" %
          (len(re.findall("chart", " ".join(zipfile.ZipFile(xlsx).namelist()))) // 2, len(items), len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] != "check":
        sys.exit(__doc__)
    sys.exit(check(sys.argv[2], sys.argv[3]))
