package io.sekisho.netmap.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.Identified;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleResult;
import io.sekisho.netmap.internal.Messages;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc netmap analyze FILE.sekisho [--json]: one line per result, tab-separated RULE-ID SEVERITY ELEMENTS
 * MESSAGE (elements by name, separated by " > " for a path and ", " otherwise), or a JSON array; exit 1 when a rule
 * of severity error found something.
 */
@Command(name = "analyze")
final class AnalyzeSubcommand implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path file;

	@Option(names = "--json")
	private boolean json;

	@Override
	public int run(CommandIO io) throws CommandException {
		AnalysisReport report = NetworkAnalysis.fromPlatform().run(FacilityFile.load(file).workbook());
		if (json) {
			io.out().println(toJson(report));
		} else {
			for (RuleResult r : report.results()) {
				io.out().println(String.join("\t", r.ruleId(), r.severity().name(), elements(r), oneLine(r.message()))); //$NON-NLS-1$
			}
		}
		for (String failure : report.failures()) {
			io.err().println(failure);
		}
		io.err().println(NLS.bind(Messages.Cli_analyzeSummary, file, report.results().size()));
		return report.hasErrors() ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	private static String elements(RuleResult r) {
		List<String> names = new ArrayList<>();
		for (Identified e : r.elements()) {
			names.add(oneLine(Names.of(e)));
		}
		return String.join(r.path() ? " > " : ", ", names); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String oneLine(String text) {
		return text.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	static String toJson(AnalysisReport report) {
		StringBuilder b = new StringBuilder("[");
		for (int i = 0; i < report.results().size(); i++) {
			RuleResult r = report.results().get(i);
			b.append(i == 0 ? "\n" : ",\n"); //$NON-NLS-1$ //$NON-NLS-2$
			b.append("  {\"rule\": ").append(Json.string(r.ruleId())); //$NON-NLS-1$
			b.append(", \"severity\": ").append(Json.string(r.severity().name())); //$NON-NLS-1$
			b.append(", \"path\": ").append(r.path()); //$NON-NLS-1$
			b.append(", \"elements\": ["); //$NON-NLS-1$
			for (int j = 0; j < r.elements().size(); j++) {
				Identified e = r.elements().get(j);
				b.append(j == 0 ? "" : ", ").append("{\"id\": ").append(Json.string(e.getId())).append(", \"type\": ") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
						.append(Json.string(e.eClass().getName())).append(", \"name\": ").append(Json.string(Names.of(e))).append('}'); //$NON-NLS-1$
			}
			b.append("], \"message\": ").append(Json.string(r.message())).append('}'); //$NON-NLS-1$
		}
		return b.append(report.results().isEmpty() ? "]" : "\n]").toString(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
