"""
Edits workbooks with LibreOffice itself (headless, through Python-UNO), as finance would by hand:
set inputs (numbers, text, formulas), clear them, move rows, insert columns, rename sheets, add
rows, overwrite calculation cells; then recalculates, reads named cells back and saves as .xlsx.

Usage: python3 lo_edit.py job.json   (the job: soffice, profile URL, pipe name, workbooks)
Prints one JSON object: {"<out path>": {"<defined name>": value, ...}, ...}
"""
import json
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.table import CellAddress, CellRangeAddress


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(job):
    proc = subprocess.Popen([
        job["soffice"], "-env:UserInstallation=" + job["profile"], "--headless", "--invisible",
        "--norestore", "--nolockcheck", "--accept=pipe,name=%s;urp;" % job["pipe"],
    ], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 120
    while True:
        try:
            ctx = resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % job["pipe"])
            break
        except Exception:
            if time.time() > deadline or proc.poll() is not None:
                raise
            time.sleep(0.2)
    desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)
    return proc, desktop


def named_cell(doc, name):
    cells = doc.NamedRanges.getByName(name).getReferredCells()
    return cells.getCellByPosition(0, 0)


def named_address(doc, name):
    return named_cell(doc, name).getCellAddress()


def run_op(doc, op):
    kind = op["op"]
    sheets = doc.Sheets
    if kind == "setValue":
        named_cell(doc, op["name"]).setValue(op["value"])
    elif kind == "setString":
        named_cell(doc, op["name"]).setString(op["text"])
    elif kind == "setFormula":
        named_cell(doc, op["name"]).setFormula(op["formula"])
    elif kind == "clear":
        # VALUE | DATETIME | STRING | FORMULA: the cell's content, not its format or validation.
        named_cell(doc, op["name"]).clearContents(1 | 2 | 4 | 16)
    elif kind == "renameSheet":
        sheets.getByName(op["from"]).setName(op["to"])
    elif kind == "insertColumn":
        sheets.getByName(op["sheet"]).Columns.insertByIndex(op["index"], 1)
    elif kind == "moveRowsToEnd":
        # Cut rows [first, first+count) (0-based) and paste them below the last used row, as a
        # drag of whole rows does: references to the moved cells (defined names) follow them.
        sheet = sheets.getByName(op["sheet"])
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        end = cursor.getRangeAddress().EndRow + 1
        last_col = cursor.getRangeAddress().EndColumn
        src = CellRangeAddress(sheet.getRangeAddress().Sheet, 0, op["first"], last_col, op["first"] + op["count"] - 1)
        dst = CellAddress(sheet.getRangeAddress().Sheet, 0, end)
        sheet.moveRange(dst, src)
        sheet.Rows.removeByIndex(op["first"], op["count"])
    elif kind == "appendRow":
        sheet = sheets.getByName(op["sheet"])
        cursor = sheet.createCursor()
        cursor.gotoEndOfUsedArea(False)
        row = cursor.getRangeAddress().EndRow + 1
        for i, text in enumerate(op["texts"]):
            if isinstance(text, str):
                sheet.getCellByPosition(i, row).setString(text)
            else:
                sheet.getCellByPosition(i, row).setValue(text)
    elif kind == "overwrite":
        sheets.getByName(op["sheet"]).getCellRangeByName(op["cell"]).setValue(op["value"])
    else:
        raise ValueError("unknown op " + kind)


def value_of(cell):
    t = cell.getType().value
    if t == "EMPTY":
        return None
    if t == "TEXT":
        return cell.getString()
    if t == "FORMULA" and cell.getError() != 0:
        return {"error": cell.getError()}
    # com.sun.star.sheet.FormulaResult.STRING = 2
    if t == "FORMULA" and cell.FormulaResultType2 == 2:
        return cell.getString()
    return cell.getValue()


def main():
    job = json.load(open(sys.argv[1]))
    proc, desktop = connect(job)
    results = {}
    try:
        for w in job["workbooks"]:
            doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(w["in"]), "_blank", 0, (prop("Hidden", True),))
            for op in w["ops"]:
                run_op(doc, op)
            doc.calculateAll()
            results[w["out"]] = {name: value_of(named_cell(doc, name)) for name in w.get("read", [])}
            doc.storeToURL(uno.systemPathToFileUrl(w["out"]), (prop("FilterName", "Calc MS Excel 2007 XML"),))
            doc.close(True)
    finally:
        try:
            desktop.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=60)
        except Exception:
            proc.kill()
    print(json.dumps(results))


main()
