package io.sekisho.workbook;

/** A sheet of the workbook as listed in the cover's table of contents. */
public record SheetEntry(String name, String description) {
}
