#!/usr/bin/python3
"""LibreOffice (through its Python UNO bridge) as "another program than ours" for the handover workbook.

  workbook-libreoffice.py fill EXPORTED.xlsx FILLED.xlsx
      opens a workbook exported by sekishoc, types answers into the hospital checklist and one vendor sheet as a
      user would (answer words, dates typed as text, a remark), and saves it as .xlsx with LibreOffice's own
      writer. Used once to make bundles/io.sekisho.workbook.tests/resources/libreoffice/demo-filled.xlsx.
  workbook-libreoffice.py fill-cells EXPORTED.xlsx FILLED.xlsx CELLS.tsv
      types the cells of CELLS.tsv (lines: sheet name prefix, row key "item|column", column number, text; an empty
      text clears the cell) as a user would, and saves with LibreOffice's own xlsx writer. Used by the tests of the
      three-way answer import.
  workbook-libreoffice.py open-encrypted FILE.xlsx      (password on the first line of stdin)
      opens a password-protected workbook and prints the first cell of the first sheet; exit 1 when it fails.

Needs soffice and python3-uno (apt-get install --no-install-recommends libreoffice-calc-nogui python3-uno);
runs on the system Python (/usr/bin/python3), the one python3-uno is built for.
"""
import os
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue

KEY_COLUMN = 9  # J: the hidden row key "item|column"


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def start_office(profile):
    port = 20000 + os.getpid() % 10000
    office = subprocess.Popen(["soffice", "--headless", "--invisible", "--norestore", "--nologo",
                               "-env:UserInstallation=file://" + profile,
                               "--accept=socket,host=127.0.0.1,port=%d;urp;" % port],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(120):
        try:
            ctx = resolver.resolve("uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
            desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
            return office, desktop
        except Exception:
            time.sleep(0.5)
    office.kill()
    raise SystemExit("soffice did not start")


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def row_of(sheet, key):
    cursor = sheet.createCursor()
    cursor.gotoEndOfUsedArea(False)
    for r in range(cursor.RangeAddress.EndRow + 1):
        if sheet.getCellByPosition(KEY_COLUMN, r).getString() == key:
            return r
    raise SystemExit("no row %s in %s" % (key, sheet.Name))


def type_into(sheet, column, row, text):
    # setFormula parses the text like typing does: "2025/7/1" becomes a date, "いいえ" stays text
    sheet.getCellByPosition(column, row).setFormula(text)


def fill(desktop, source, target):
    doc = desktop.loadComponentFromURL(url(source), "_blank", 0, (prop("Hidden", True),))
    sheets = doc.Sheets
    # the facility's own form: 医療機関確認用 (up to FY2025) or 医療機関・薬局確認用 (FY2026 on)
    checklist = [sheets.getByIndex(i) for i in range(sheets.Count) if sheets.getByIndex(i).Name.startswith("チェックリスト（医療機関")][0]
    r = row_of(checklist, "2-①|general")         # the demo answered はい: the hospital corrects it
    type_into(checklist, 3, r, "いいえ")
    type_into(checklist, 4, r, "2025/7/1")
    type_into(checklist, 7, r, "2025/12/15")
    type_into(checklist, 8, r, "台帳の更新が必要（LibreOfficeで記入）")
    r = row_of(checklist, "2-⑨|general")         # removable media: a second round
    type_into(checklist, 5, r, "はい")
    type_into(checklist, 6, r, "2025/8/20")
    vendor = [sheets.getByIndex(i) for i in range(sheets.Count) if sheets.getByIndex(i).Name.startswith("事業者確認用")][0]
    r = row_of(vendor, "2-③|general")
    type_into(vendor, 3, r, "はい")
    type_into(vendor, 4, r, "2025/7/10")
    vendor_name = vendor.Name
    doc.storeToURL(url(target), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
    doc.close(True)
    print("%s: filled by LibreOffice (vendor sheet %s)" % (target, vendor_name))


def read_cells(spec):
    cells = []
    with open(spec, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line:
                prefix, key, column, text = line.split("\t")
                cells.append((prefix, key, int(column), text))
    return cells


def fill_cells(desktop, source, target, spec):
    doc = desktop.loadComponentFromURL(url(source), "_blank", 0, (prop("Hidden", True),))
    sheets = doc.Sheets
    for prefix, key, column, text in read_cells(spec):
        sheet = [sheets.getByIndex(i) for i in range(sheets.Count) if sheets.getByIndex(i).Name.startswith(prefix)][0]
        r = row_of(sheet, key)
        if text:
            type_into(sheet, column, r, text)
        else:
            sheet.getCellByPosition(column, r).setString("")
    doc.storeToURL(url(target), (prop("FilterName", "Calc MS Excel 2007 XML"), prop("Overwrite", True)))
    doc.close(True)
    print("%s: filled by LibreOffice" % target)


def open_encrypted(desktop, path, password):
    doc = desktop.loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True), prop("Password", password)))
    if doc is None:
        raise SystemExit("%s: LibreOffice could not open it with the password" % path)
    print(doc.Sheets.getByIndex(0).getCellByPosition(0, 0).getString())
    doc.close(True)


def main():
    if len(sys.argv) < 3 or sys.argv[1] not in ("fill", "fill-cells", "open-encrypted"):
        raise SystemExit(__doc__)
    with tempfile.TemporaryDirectory() as profile:
        office, desktop = start_office(profile)
        try:
            if sys.argv[1] == "fill":
                fill(desktop, sys.argv[2], sys.argv[3])
            elif sys.argv[1] == "fill-cells":
                fill_cells(desktop, sys.argv[2], sys.argv[3], sys.argv[4])
            else:
                open_encrypted(desktop, sys.argv[2], sys.stdin.readline().rstrip("\r\n"))
        finally:
            try:
                desktop.terminate()
            except Exception:
                pass
            office.wait(timeout=60)


if __name__ == "__main__":
    main()
