package io.sekisho.core.checks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import io.sekisho.core.internal.Messages;
import io.sekisho.core.registry.ContributionCache;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/**
 * The checks contributed through {@code io.sekisho.core.checks}, in ascending order: the one validation service
 * that {@code sekishoc validate} and the rich client's Problems view call. The platform's checks are read once and
 * kept until a bundle adds or removes a check. A contribution that cannot be created, or a check that throws, is
 * skipped and named with its bundle in {@link CheckReport#failures()}; the other checks still run.
 */
public final class FacilityChecks {

	public static final String EXTENSION_POINT = "io.sekisho.core.checks"; //$NON-NLS-1$

	/** One check with what the messages need: its id, its name in the user's language and its bundle. */
	public record Registered(String id, String name, String contributor, int order, FacilityCheck check) {
	}

	private static final ContributionCache<FacilityChecks> PLATFORM = new ContributionCache<>(EXTENSION_POINT, FacilityChecks::from,
			new FacilityChecks(List.of(), List.of()));

	private final List<Registered> checks;
	private final List<String> broken;

	private FacilityChecks(List<Registered> checks, List<String> broken) {
		List<Registered> sorted = new ArrayList<>(checks);
		sorted.sort(Comparator.comparingInt(Registered::order).thenComparing(Registered::id));
		this.checks = List.copyOf(sorted);
		this.broken = List.copyOf(broken);
	}

	/** @return the checks of the running platform (none outside OSGi) */
	public static FacilityChecks fromPlatform() {
		return PLATFORM.get();
	}

	/** For tools and tests outside OSGi: exactly these checks. */
	public static FacilityChecks of(List<Registered> checks) {
		return new FacilityChecks(checks, List.of());
	}

	public static FacilityChecks from(IExtensionRegistry registry) {
		List<Registered> checks = new ArrayList<>();
		List<String> broken = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"check".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String id = String.valueOf(element.getAttribute("id")); //$NON-NLS-1$
			String name = element.getAttribute("name"); //$NON-NLS-1$
			String contributor = element.getContributor().getName();
			try {
				Object created = element.createExecutableExtension("class"); //$NON-NLS-1$
				if (!(created instanceof FacilityCheck check)) {
					throw new ClassCastException(created.getClass().getName());
				}
				checks.add(new Registered(id, name == null || name.isBlank() ? id : name, contributor, order(element), check));
			} catch (CoreException | RuntimeException | LinkageError e) {
				broken.add(NLS.bind(Messages.Checks_cannotCreate, new Object[] { name == null ? id : name, contributor, reason(e) }));
			}
		}
		return new FacilityChecks(checks, broken);
	}

	/** @return the checks that run, in order */
	public List<Registered> checks() {
		return checks;
	}

	/** @return contributions that could not be created, one message each naming the bundle */
	public List<String> broken() {
		return broken;
	}

	/** Runs every check for today. */
	public CheckReport run(FacilityWorkbook workbook) {
		return run(workbook, LocalDate.now());
	}

	/** Runs every check for {@code today}; a check that throws is skipped and reported. */
	public CheckReport run(FacilityWorkbook workbook, LocalDate today) {
		List<Problem> problems = new ArrayList<>();
		List<String> failures = new ArrayList<>(broken);
		for (Registered registered : checks) {
			try {
				List<Problem> found = registered.check().check(workbook, new CheckContext(today, registered.id()));
				if (found != null) {
					problems.addAll(found);
				}
			} catch (Exception | LinkageError | StackOverflowError e) {
				failures.add(NLS.bind(Messages.Checks_failed, new Object[] { registered.name(), registered.contributor(), reason(e) }));
			}
		}
		return new CheckReport(problems, failures);
	}

	private static int order(IConfigurationElement element) {
		try {
			String order = element.getAttribute("order"); //$NON-NLS-1$
			return order == null ? 1000 : Integer.parseInt(order.trim());
		} catch (NumberFormatException e) {
			return 1000;
		}
	}

	/** The exception's own message, or its simple class name when it has none. */
	private static String reason(Throwable e) {
		Throwable cause = e instanceof CoreException && e.getCause() != null ? e.getCause() : e;
		String message = cause.getMessage();
		return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
	}
}
