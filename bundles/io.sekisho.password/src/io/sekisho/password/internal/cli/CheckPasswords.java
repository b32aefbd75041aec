package io.sekisho.password.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.password.CheckContext;
import io.sekisho.password.ContextWords;
import io.sekisho.password.Finding;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.Verdict;
import io.sekisho.password.assessment.FacilityContext;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.fingerprint.FacilityFingerprints;
import io.sekisho.password.fingerprint.Fingerprint;
import io.sekisho.password.vault.FilePasswordVault;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc passwords check: one password per line on standard input, one verdict per line out (line number,
 * ACCEPT/REJECT, score, finding codes), never the password. With --facility the facility's words, its accounts'
 * fingerprints and earlier lines count for reuse, and the installation's vault for reuse in other facilities.
 */
@Command(name = "check")
final class CheckPasswords implements SekishocCommand {

	@Option(names = "--profile", paramLabel = "PROFILE")
	private String profileId;

	@Option(names = "--facility", paramLabel = "FILE.sekisho")
	private Path facilityFile;

	@Option(names = "--breached", paramLabel = "INDEX")
	private Path breachedIndex;

	@Option(names = "--json")
	private boolean json;

	@Option(names = "--mfa")
	private boolean mfa;

	@Option(names = "--periodic-change")
	private boolean periodicChange;

	/** Only to refuse them: a password on the command line would end up in the shell history. */
	@Parameters(hidden = true, arity = "0..*")
	private List<String> words = List.of();

	@Override
	public int run(CommandIO io) throws CommandException {
		if (!words.isEmpty()) {
			throw new CommandException(NLS.bind(Messages.Check_noArguments, words.get(0)), ExitCode.USAGE);
		}
		PasswordServices services = new PasswordServices();
		PasswordProfile profile = services.profile(profileId);
		Optional<FacilityWorkbook> facility = PasswordServices.facility(facilityFile);
		Optional<BreachedIndex> breached = PasswordServices.breached(breachedIndex);
		Optional<FilePasswordVault> vault = facility.isPresent() ? PasswordServices.vault() : Optional.empty();
		ContextWords words = facility.map(FacilityContext::words).orElse(ContextWords.NONE);
		Map<Fingerprint, List<String>> known = new LinkedHashMap<>(facility.map(w -> FacilityContext.fingerprints(w, null)).orElse(Map.of()));
		byte[] salt = facility.map(FacilityWorkbook::getFingerprintSalt).filter(s -> s != null && s.length > 0).orElse(null);
		if (vault.isPresent()) {
			PasswordServices.warnAboutCopies(vault.get(), facility.get(), io);
		}
		int rejected = 0;
		int lineNumber = 0;
		try (PasswordLines lines = new PasswordLines(io.in())) {
			while (lines.next()) {
				lineNumber++;
				if (lines.tooLong()) {
					io.err().println(NLS.bind(Messages.Check_lineTooLong, lineNumber, PasswordLines.MAX_LINE));
					rejected++;
					continue;
				}
				char[] password = lines.password();
				try {
					CheckContext.Builder context = CheckContext.builder(profile).contextWords(words).mfa(mfa)
							.periodicChange(periodicChange);
					if (salt != null) {
						context.facility(new FacilityFingerprints(salt, Argon2Parameters.SEKISHO, known));
					}
					breached.ifPresent(context::breached);
					vault.ifPresent(v -> context.vault(v, FacilityContext.vaultKey(facility.get())));
					Verdict verdict = services.checker.check(password, context.build());
					if (!verdict.accepted()) {
						rejected++;
					}
					print(io.out(), lineNumber, verdict, json);
					int line = lineNumber;
					verdict.fingerprint().ifPresent(f -> known.computeIfAbsent(f, k -> new ArrayList<>()).add(NLS.bind(Messages.Check_lineLabel, line)));
				} finally {
					java.util.Arrays.fill(password, '\0');
				}
			}
		} catch (IOException | java.io.UncheckedIOException e) {
			throw new CommandException(NLS.bind(Messages.Check_inputFailed, lineNumber + 1, e.getMessage()), e);
		} finally {
			breached.ifPresent(PasswordServices::closeQuietly);
		}
		return rejected == 0 ? ExitCode.OK : ExitCode.PROBLEMS;
	}

	private static void print(PrintStream out, int line, Verdict v, boolean json) {
		String verdict = v.accepted() ? "ACCEPT" : "REJECT"; //$NON-NLS-1$ //$NON-NLS-2$
		if (!json) {
			out.println(line + " " + verdict + " " + v.score() + (v.findings().isEmpty() ? "" : " " + String.join(",", v.findingCodes()))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			return;
		}
		StringBuilder s = new StringBuilder("{\"line\":").append(line).append(",\"verdict\":\"").append(verdict) //$NON-NLS-1$ //$NON-NLS-2$
				.append("\",\"profile\":").append(Json.string(v.profileId())) //$NON-NLS-1$
				.append(",\"score\":").append(v.score()).append(",\"length\":").append(v.length()) //$NON-NLS-1$ //$NON-NLS-2$
				.append(",\"guessesLog10\":").append(String.format(Locale.ROOT, "%.2f", v.guessesLog10())) //$NON-NLS-1$ //$NON-NLS-2$
				.append(",\"classes\":["); //$NON-NLS-1$
		s.append(String.join(",", v.classes().stream().sorted().map(c -> Json.string(c.name())).toList())); //$NON-NLS-1$
		s.append("],\"findings\":["); //$NON-NLS-1$
		List<String> findings = new ArrayList<>();
		for (Finding f : v.findings()) {
			findings.add("{\"code\":" + Json.string(f.code().code()) + ",\"en\":" + Json.string(f.message(Locale.ENGLISH)) //$NON-NLS-1$ //$NON-NLS-2$
					+ ",\"ja\":" + Json.string(f.message(Locale.JAPANESE)) + "}"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		s.append(String.join(",", findings)).append("]"); //$NON-NLS-1$ //$NON-NLS-2$
		Verdict.Advice a = v.advice();
		s.append(",\"advice\":{\"en\":{\"warning\":").append(Json.string(a.warning(Locale.ENGLISH))).append(",\"suggestions\":") //$NON-NLS-1$ //$NON-NLS-2$
				.append(Json.array(a.suggestions(Locale.ENGLISH))).append("},\"ja\":{\"warning\":").append(Json.string(a.warning(Locale.JAPANESE))) //$NON-NLS-1$
				.append(",\"suggestions\":").append(Json.array(a.suggestions(Locale.JAPANESE))).append("}}}"); //$NON-NLS-1$ //$NON-NLS-2$
		out.println(s);
	}
}
