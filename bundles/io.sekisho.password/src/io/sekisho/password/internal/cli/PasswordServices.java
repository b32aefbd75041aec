package io.sekisho.password.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.core.ConfigFolder;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.assessment.FacilityContext;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.vault.FilePasswordVault;
import io.sekisho.password.vault.PasswordVault;

/** What the passwords subcommands share: the catalog, the chosen profile, the facility file, the local indexes. */
final class PasswordServices {

	final PasswordCatalog catalog;
	final PasswordChecker checker;

	PasswordServices() {
		catalog = PasswordCatalog.fromPlatform();
		checker = new PasswordChecker(catalog);
	}

	/** @param id the profile named by --profile, or {@code null} for the default one */
	PasswordProfile profile(String id) throws CommandException {
		try {
			return id == null ? catalog.defaultProfile() : catalog.requireProfile(id);
		} catch (IllegalArgumentException e) {
			throw new CommandException(e.getMessage(), ExitCode.USAGE);
		}
	}

	/** @param file the facility named by --facility, or {@code null} */
	/** The value of a number option within its bounds, or the fallback when the option was not given. */
	static int number(String name, Integer value, int fallback, int min, int max) throws CommandException {
		if (value == null) {
			return fallback;
		}
		if (value.intValue() < min || value.intValue() > max) {
			throw new CommandException(NLS.bind(Messages.Options_badNumber, new Object[] { name, value, min, max }), ExitCode.USAGE);
		}
		return value.intValue();
	}

	static Optional<FacilityWorkbook> facility(Path file) throws CommandException {
		return file == null ? Optional.empty() : Optional.of(load(file));
	}

	static FacilityWorkbook load(Path path) throws CommandException {
		FacilityWorkbook workbook = CommandFiles.load(path).workbook();
		requireUsable(workbook, path);
		return workbook;
	}

	/** A salt under 16 bytes or a fingerprint cost the file chose beyond the bounds: no password is checked. */
	static void requireUsable(FacilityWorkbook workbook, Path path) throws CommandException {
		try {
			FacilityContext.requireUsable(workbook);
		} catch (IllegalArgumentException e) {
			throw new CommandException(path + ": " + e.getMessage(), ExitCode.PROBLEMS); //$NON-NLS-1$
		}
	}

	/** One facility id with several salts in the vault: copies of one file started as separate facilities. */
	static void warnAboutCopies(PasswordVault vault, FacilityWorkbook workbook, CommandIO io) throws CommandException {
		try {
			List<String> copies = vault.copiesOf(FacilityContext.vaultKey(workbook));
			if (!copies.isEmpty()) {
				io.err().println(NLS.bind(Messages.Vault_copies, copies.size()));
			}
		} catch (IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	static void closeQuietly(BreachedIndex index) {
		try {
			index.close();
		} catch (IOException e) {
			// read-only file: nothing is lost
		}
	}

	/** The breached index named by --breached, else the imported one in the configuration folder if there is one. */
	static Optional<BreachedIndex> breached(Path named) throws CommandException {
		Path path = named != null ? named : ConfigFolder.path().resolve(BreachedIndex.FILE_NAME);
		if (named == null && !Files.exists(path)) {
			return Optional.empty();
		}
		try {
			return Optional.of(BreachedIndex.open(path));
		} catch (IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}

	/** The installation's vault, when one has been recorded into; a check never creates it. */
	static Optional<FilePasswordVault> vault() throws CommandException {
		if (!Files.exists(ConfigFolder.path().resolve(FilePasswordVault.FILE_NAME))) {
			return Optional.empty();
		}
		try {
			return Optional.of(FilePasswordVault.inConfigFolder());
		} catch (IOException e) {
			throw new CommandException(e.getMessage(), e);
		}
	}
}
