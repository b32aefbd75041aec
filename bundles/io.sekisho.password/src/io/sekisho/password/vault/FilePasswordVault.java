package io.sekisho.password.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.password.fingerprint.Argon2Fingerprinter;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.internal.Messages;
import io.sekisho.password.internal.Secrets;

/**
 * The vault as an owner-only text file, one use per line: {@code TAG<TAB>facility id<TAB>account id<TAB>facility
 * label}. The tag is Argon2id(password, installation salt) keyed with the installation secret: the file alone
 * allows no guessing at all, the file with the key costs one Argon2id per guess, as the facility fingerprints do.
 */
public final class FilePasswordVault implements PasswordVault {

	public static final String FILE_NAME = "password-vault.tsv"; //$NON-NLS-1$
	private static final String HEADER = "# Sekisho password vault 1: tag = Argon2id(password; installation salt; secret = installation key)"; //$NON-NLS-1$

	private record Entry(String tag, Use use) {
	}

	private final Path file;
	private final InstallationSecret secret;
	private final Argon2Parameters parameters;

	public FilePasswordVault(Path file, InstallationSecret secret, Argon2Parameters parameters) {
		this.file = file;
		this.secret = secret;
		this.parameters = parameters;
	}

	/** The vault of this user in the configuration folder, with the key file beside it. */
	public static FilePasswordVault inConfigFolder() throws IOException {
		return new FilePasswordVault(ConfigFolder.path().resolve(FILE_NAME), FileInstallationSecret.inConfigFolder(),
				Argon2Parameters.SEKISHO);
	}

	public Path file() {
		return file;
	}

	@Override
	public synchronized List<Use> usesElsewhere(CharSequence password, String facilityId) throws IOException {
		String tag = tag(password);
		List<Use> uses = new ArrayList<>();
		for (Entry e : read()) {
			if (!e.use().facilityId().equals(facilityId) && constantTimeEquals(e.tag(), tag)) {
				uses.add(e.use());
			}
		}
		return uses;
	}

	@Override
	public synchronized void record(CharSequence password, Use use) throws IOException {
		String tag = tag(password);
		List<Entry> entries = new ArrayList<>(read());
		entries.removeIf(e -> e.use().facilityId().equals(use.facilityId()) && e.use().accountId().equals(use.accountId()));
		entries.add(new Entry(tag, use));
		write(entries);
	}

	@Override
	public synchronized void forget(String facilityId, String accountId) throws IOException {
		List<Entry> entries = new ArrayList<>(read());
		if (entries.removeIf(e -> e.use().facilityId().equals(facilityId) && e.use().accountId().equals(accountId))) {
			write(entries);
		}
	}

	private String tag(CharSequence password) {
		byte[] key = secret.key();
		byte[] salt = secret.salt();
		try {
			return Base64.getEncoder().withoutPadding().encodeToString(Argon2Fingerprinter.hash(password, salt, key, parameters));
		} finally {
			Secrets.wipe(key);
			Secrets.wipe(salt);
		}
	}

	private List<Entry> read() throws IOException {
		if (!Files.exists(file)) {
			return List.of();
		}
		List<Entry> entries = new ArrayList<>();
		int lineNumber = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			lineNumber++;
			if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			String[] f = line.split("\t", -1); //$NON-NLS-1$
			if (f.length != 4 || f[0].isEmpty() || f[1].isEmpty() || f[2].isEmpty()) {
				throw new IOException(NLS.bind(Messages.Vault_badLine, file, lineNumber));
			}
			entries.add(new Entry(f[0], new Use(f[1], f[3], f[2])));
		}
		return entries;
	}

	private void write(List<Entry> entries) throws IOException {
		StringBuilder out = new StringBuilder(HEADER).append('\n');
		for (Entry e : entries) {
			out.append(e.tag()).append('\t').append(clean(e.use().facilityId())).append('\t').append(clean(e.use().accountId()))
					.append('\t').append(clean(e.use().facilityLabel())).append('\n');
		}
		OwnerOnlyFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String clean(String field) {
		return field == null ? "" : field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); //$NON-NLS-1$
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}
}
