package io.sekisho.netmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.netmap.internal.Messages;

/** Runs the rules over a facility's network. */
public final class NetworkAnalysis {

	private final List<RuleDescriptor> rules;
	private final List<String> loadFailures;

	public NetworkAnalysis(RuleRegistry registry) {
		this.rules = registry.rules();
		this.loadFailures = registry.problems();
	}

	/** @return the analysis with the rules contributed to the platform */
	public static NetworkAnalysis fromPlatform() {
		return new NetworkAnalysis(RuleRegistry.fromPlatform());
	}

	public List<RuleDescriptor> rules() {
		return rules;
	}

	public AnalysisReport run(FacilityWorkbook workbook) {
		return run(NetworkGraph.of(workbook), null);
	}

	public AnalysisReport run(FacilityWorkbook workbook, IProgressMonitor monitor) {
		return run(NetworkGraph.of(workbook), monitor);
	}

	/** Runs the rules with their messages in {@code locale}'s language (the handover workbook's, say). */
	public AnalysisReport run(FacilityWorkbook workbook, Locale locale) {
		return run(NetworkGraph.of(workbook), null, locale);
	}

	public AnalysisReport run(NetworkGraph graph, IProgressMonitor monitor) {
		return run(graph, monitor, Locale.getDefault());
	}

	public AnalysisReport run(NetworkGraph graph, IProgressMonitor monitor, Locale locale) {
		SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, Messages.Analysis_task,
				rules.size());
		List<RuleResult> results = new ArrayList<>();
		List<String> failures = new ArrayList<>(loadFailures);
		for (RuleDescriptor descriptor : rules) {
			if (progress.isCanceled()) {
				return new AnalysisReport(results, failures, true);
			}
			List<RuleResult> found = new ArrayList<>();
			try {
				descriptor.rule().check(graph, new Context(descriptor, found, progress, locale));
				results.addAll(found);
			} catch (RuntimeException | LinkageError e) {
				failures.add(NLS.bind(Messages.Analysis_ruleFailed, new Object[] { descriptor.id(), descriptor.contributor(), String.valueOf(e) }));
			}
			progress.worked(1);
		}
		return new AnalysisReport(results, failures, false);
	}

	private record Context(RuleDescriptor descriptor, List<RuleResult> into, IProgressMonitor monitor, Locale locale) implements RuleContext {

		@Override
		public void report(List<? extends Identified> elements, String message) {
			into.add(new RuleResult(descriptor.id(), descriptor.severity(), List.copyOf(elements), false, message));
		}

		@Override
		public void reportPath(List<? extends Identified> path, String message) {
			into.add(new RuleResult(descriptor.id(), descriptor.severity(), List.copyOf(path), true, message));
		}

		@Override
		public boolean isCanceled() {
			return monitor.isCanceled();
		}
	}
}
