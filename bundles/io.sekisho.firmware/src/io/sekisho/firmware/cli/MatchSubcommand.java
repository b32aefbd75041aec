package io.sekisho.firmware.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.firmware.match.CveMatch;
import io.sekisho.firmware.match.Matcher;
import io.sekisho.firmware.register.DeviceMatch;
import io.sekisho.firmware.register.FirmwareRegister;
import io.sekisho.firmware.register.RegisterLabels;
import io.sekisho.firmware.register.SecuritySoftwareCheck;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc firmware match FILE.sekisho [--store DIR] [--apply] [--json] [--definitions-days N]: per device of the
 * register its status and CVEs, and the security software whose definition files are older than N days (7).
 * {@code --apply} writes the register and its findings and saves the file atomically (the previous file stays as
 * .bak); without it the file is not touched.
 */
@Command(name = "match")
public final class MatchSubcommand implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path file;

	@Mixin
	private StoreOption storeOption = new StoreOption();

	@Option(names = "--apply")
	private boolean apply;

	@Option(names = "--json")
	private boolean json;

	@Option(names = "--definitions-days", paramLabel = "N")
	private String definitionsDays;

	@Override
	public int run(CommandIO io) throws CommandException {
		int days = days(definitionsDays);
		FacilityWorkbook workbook = load(file).workbook();
		LocalDate today = LocalDate.now();
		List<DeviceMatch> results;
		try (VulnerabilityStore store = Stores.open(storeOption.explicit(), io.err())) {
			FirmwareRegister register = new FirmwareRegister(new Matcher(store, VersionSchemes.fromPlatform()), today);
			results = apply ? register.apply(workbook) : register.evaluate(workbook); //$NON-NLS-1$
		}
		SecuritySoftwareCheck definitions = new SecuritySoftwareCheck(days, today);
		if (json) {
			io.out().println(json(results, workbook, definitions));
		} else {
			print(results, workbook, definitions, io);
		}
		if (apply) {
			try {
				SekishoFiles.save(workbook, file);
			} catch (IOException e) {
				throw new CommandException(NLS.bind(MatchMessages.Match_cannotSave, file, e.getMessage()), e);
			}
			io.out().println(NLS.bind(MatchMessages.Match_saved, results.size(), file));
		}
		return ExitCode.OK;
	}

	private static int days(String given) throws CommandException {
		String value = given != null ? given : String.valueOf(SecuritySoftwareCheck.DEFAULT_MAX_AGE_DAYS);
		try {
			int days = Integer.parseInt(value);
			if (days >= 0 && days <= 3650) {
				return days;
			}
		} catch (NumberFormatException e) {
			// reported below
		}
		throw new CommandException(NLS.bind(MatchMessages.Match_badDays, value), ExitCode.USAGE);
	}

	static SekishoResource load(Path file) throws CommandException {
		if (!Files.isRegularFile(file)) {
			throw new CommandException(NLS.bind(MatchMessages.Match_fileNotFound, file), ExitCode.PROBLEMS);
		}
		try {
			return SekishoFiles.load(file);
		} catch (ModelLoadException e) {
			throw new CommandException(e.getMessage(), ExitCode.PROBLEMS);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(MatchMessages.Match_cannotRead, file, e.getMessage()), e);
		}
	}

	private static void print(List<DeviceMatch> results, FacilityWorkbook workbook, SecuritySoftwareCheck definitions, CommandIO io) {
		for (DeviceMatch r : results) {
			Device d = r.device();
			io.out().println(NLS.bind(MatchMessages.Match_deviceLine,
					new Object[] { d.getName(), RegisterLabels.of(r.status()), product(d), r.version() == null ? "-" : r.version() })); //$NON-NLS-1$
			r.result().ifPresent(m -> m.matches().forEach(c -> io.out().println(cveLine(c))));
		}
		for (Device d : workbook.getDevices()) {
			if (definitions.stale(d.getSecuritySoftware())) {
				io.out().println(NLS.bind(MatchMessages.Match_definitionsLine, new Object[] { d.getName(), RegisterLabels.staleDefinitions(),
						d.getSecuritySoftware().getProduct(), d.getSecuritySoftware().getDefinitionDate(), definitions.ageDays(d.getSecuritySoftware()) }));
			}
		}
	}

	private static String cveLine(CveMatch c) {
		String kev = c.kev().map(k -> NLS.bind(MatchMessages.Match_kev, k.dueDate() == null ? "-" : k.dueDate().toString())).orElse(""); //$NON-NLS-1$ //$NON-NLS-2$
		String fixed = c.fixedIn() == null ? "" : NLS.bind(MatchMessages.Match_fixedIn, c.fixedIn()); //$NON-NLS-1$
		String jvn = c.jvn().isEmpty() ? "" : "  " + c.jvn().get(0).jvnId() + (c.jvn().get(0).titleJa() == null ? "" : " " + c.jvn().get(0).titleJa()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String how = switch (c.applicability()) {
		case AFFECTED -> MatchMessages.Match_affected;
		case POSSIBLE, UNREADABLE -> MatchMessages.Match_possible;
		case AWAITING -> c.basis().equals(CveMatch.BASIS_JVN) ? MatchMessages.Match_awaitingJvn : MatchMessages.Match_awaitingCna;
		};
		return NLS.bind(MatchMessages.Match_cveLine, new Object[] { c.id(), how, severityLabel(c), c.score().map(s -> String.format(java.util.Locale.ROOT, "%.1f", s)).orElse("-"), //$NON-NLS-1$ //$NON-NLS-2$
				kev + fixed + jvn });
	}

	private static String severityLabel(CveMatch c) {
		return switch (c.severity()) {
		case "CRITICAL" -> MatchMessages.Severity_critical; //$NON-NLS-1$
		case "HIGH" -> MatchMessages.Severity_high; //$NON-NLS-1$
		case "MEDIUM" -> MatchMessages.Severity_medium; //$NON-NLS-1$
		case "LOW" -> MatchMessages.Severity_low; //$NON-NLS-1$
		default -> MatchMessages.Severity_unknown;
		};
	}

	private static String product(Device d) {
		String model = d.getModel() == null ? "" : d.getModel(); //$NON-NLS-1$
		String os = d.getOperatingSystem() == null ? "" : d.getOperatingSystem(); //$NON-NLS-1$
		String both = (model + ' ' + os).strip();
		return both.isEmpty() ? "-" : both; //$NON-NLS-1$
	}

	private static String json(List<DeviceMatch> results, FacilityWorkbook workbook, SecuritySoftwareCheck definitions) throws CommandException {
		StringWriter out = new StringWriter();
		try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
			g.useDefaultPrettyPrinter();
			g.writeStartObject();
			g.writeArrayFieldStart("devices"); //$NON-NLS-1$
			for (DeviceMatch r : results) {
				g.writeStartObject();
				g.writeStringField("device", r.device().getName()); //$NON-NLS-1$
				g.writeStringField("id", r.device().getId()); //$NON-NLS-1$
				g.writeStringField("status", r.status().getLiteral()); //$NON-NLS-1$
				g.writeStringField("version", r.version()); //$NON-NLS-1$
				g.writeStringField("firmware", r.products().map(p -> p.firmware().get(0).toString()).orElse(null)); //$NON-NLS-1$
				g.writeStringField("hardware", r.products().filter(p -> !p.hardware().isEmpty()).map(p -> p.hardware().get(0).toString()).orElse(null)); //$NON-NLS-1$
				g.writeStringField("scheme", r.result().map(m -> m.scheme()).orElse(null)); //$NON-NLS-1$
				g.writeArrayFieldStart("cves"); //$NON-NLS-1$
				for (CveMatch c : r.result().map(m -> m.matches()).orElse(List.of())) {
					g.writeStartObject();
					g.writeStringField("id", c.id()); //$NON-NLS-1$
					g.writeStringField("status", LookupSubcommand.status(c.applicability())); //$NON-NLS-1$
					g.writeStringField("basis", c.basis()); //$NON-NLS-1$
					g.writeStringField("severity", c.severity()); //$NON-NLS-1$
					if (c.score().isPresent()) {
						g.writeNumberField("score", c.score().get()); //$NON-NLS-1$
					}
					g.writeBooleanField("knownExploited", c.knownExploited()); //$NON-NLS-1$
					g.writeStringField("kevDueDate", c.kev().map(k -> k.dueDate() == null ? null : k.dueDate().toString()).orElse(null)); //$NON-NLS-1$
					g.writeStringField("requiredAction", c.kev().map(k -> k.requiredAction()).orElse(null)); //$NON-NLS-1$
					g.writeBooleanField("ransomwareUse", c.kev().map(k -> k.ransomwareUse()).orElse(false)); //$NON-NLS-1$
					g.writeStringField("fixedIn", c.fixedIn()); //$NON-NLS-1$
					g.writeStringField("jvnId", c.jvn().isEmpty() ? null : c.jvn().get(0).jvnId()); //$NON-NLS-1$
					g.writeStringField("titleJa", c.jvn().isEmpty() ? null : c.jvn().get(0).titleJa()); //$NON-NLS-1$
					g.writeEndObject();
				}
				g.writeEndArray();
				g.writeEndObject();
			}
			g.writeEndArray();
			g.writeArrayFieldStart("staleDefinitions"); //$NON-NLS-1$
			for (Device d : workbook.getDevices()) {
				if (definitions.stale(d.getSecuritySoftware())) {
					g.writeStartObject();
					g.writeStringField("device", d.getName()); //$NON-NLS-1$
					g.writeStringField("product", d.getSecuritySoftware().getProduct()); //$NON-NLS-1$
					g.writeStringField("definitionDate", d.getSecuritySoftware().getDefinitionDate().toString()); //$NON-NLS-1$
					g.writeNumberField("ageDays", definitions.ageDays(d.getSecuritySoftware())); //$NON-NLS-1$
					g.writeEndObject();
				}
			}
			g.writeEndArray();
			g.writeEndObject();
		} catch (IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
		return out.toString();
	}
}
