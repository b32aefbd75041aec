package io.sekisho.workbook.internal.cli;

import picocli.CommandLine.Command;

/** sekishoc workbook export|import-answers: the handover workbook. Each subcommand is a class of its own. */
@Command(name = "workbook", subcommands = { ExportWorkbook.class, ImportAnswers.class })
public final class WorkbookCommand {
}
