package io.sekisho.password.vault;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.sekisho.core.ConfigFolder;
import io.sekisho.model.persistence.OwnerOnly;
import io.sekisho.password.fingerprint.Argon2Fingerprinter;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.internal.Messages;
import io.sekisho.password.internal.Secrets;

/**
 * The vault as an owner-only text file, one use per line:
 * {@code TAG<TAB>scheme<TAB>facility key<TAB>account id<TAB>facility label}. The tag is Argon2id(password,
 * installation salt) keyed with the installation secret: the file alone allows no guessing at all, the file with
 * the key costs one Argon2id per guess. The header records the id of the key the tags were made with; a vault of
 * another key is refused rather than silently missing every reuse. Changes are made under a lock file shared by
 * all processes of the user, and written through the model's atomic writer.
 * <p>
 * Version 1 lines ({@code TAG<TAB>facility id<TAB>account id<TAB>label}, made with {@link Argon2Parameters#SEKISHO_2025})
 * are still read; the next change writes the file as version 2.
 */
public final class FilePasswordVault implements PasswordVault {

	public static final String FILE_NAME = "password-vault.tsv"; //$NON-NLS-1$
	private static final String HEADER = "# Sekisho password vault 2: tag = Argon2id(password; installation salt; secret = installation key)"; //$NON-NLS-1$
	private static final String KEY_ID = "# key-id "; //$NON-NLS-1$
	/** One lock for the processes (the file lock) and one for the threads of this process (file locks are per JVM). */
	private static final Object IN_PROCESS = new Object();

	private record Entry(String scheme, String tag, Use use) {
	}

	private record Contents(String keyId, List<Entry> entries) {
	}

	private final Path file;
	private final InstallationSecret secret;
	private final Argon2Parameters parameters;

	public FilePasswordVault(Path file, InstallationSecret secret, Argon2Parameters parameters) {
		this.file = file;
		this.secret = secret;
		this.parameters = parameters;
	}

	/** The vault of this user in the configuration folder, with the key file beside it: the one key source. */
	public static FilePasswordVault inConfigFolder() throws IOException {
		return new FilePasswordVault(ConfigFolder.path().resolve(FILE_NAME), FileInstallationSecret.inConfigFolder(),
				Argon2Parameters.SEKISHO);
	}

	public Path file() {
		return file;
	}

	@Override
	public List<Use> usesElsewhere(CharSequence password, String facilityId) throws IOException {
		Map<String, String> tags = new HashMap<>(); // one Argon2id per scheme in the file
		List<Use> uses = new ArrayList<>();
		for (Entry e : read().entries()) {
			if (FacilityKeys.sameFacility(e.use().facilityId(), facilityId)) {
				continue;
			}
			String tag = tags.computeIfAbsent(e.scheme(), s -> tag(password, Schemes.parse(s)));
			if (constantTimeEquals(e.tag(), tag)) {
				uses.add(e.use());
			}
		}
		return uses;
	}

	@Override
	public void record(CharSequence password, Use use) throws IOException {
		if (use.facilityId() == null || use.facilityId().isBlank() || use.accountId() == null || use.accountId().isBlank()) {
			throw new IllegalArgumentException("a vault use needs a facility and an account id"); //$NON-NLS-1$
		}
		Entry entry = new Entry(Schemes.of(parameters), tag(password, parameters), use);
		change(entries -> {
			entries.removeIf(e -> sameAccount(e.use(), use.facilityId(), use.accountId()));
			entries.add(entry);
			return true;
		});
	}

	@Override
	public void forget(String facilityId, String accountId) throws IOException {
		change(entries -> entries.removeIf(e -> sameAccount(e.use(), facilityId, accountId)));
	}

	@Override
	public Optional<Recorded> recorded(String facilityId, String accountId) throws IOException {
		return read().entries().stream().filter(e -> sameAccount(e.use(), facilityId, accountId)).findFirst()
				.map(e -> new Recorded(e.scheme(), e.tag(), e.use()));
	}

	@Override
	public void restore(String facilityId, String accountId, Optional<Recorded> previous) throws IOException {
		change(entries -> {
			boolean changed = entries.removeIf(e -> sameAccount(e.use(), facilityId, accountId));
			previous.ifPresent(p -> entries.add(new Entry(p.scheme(), p.tag(), p.use())));
			return changed || previous.isPresent();
		});
	}

	@Override
	public List<String> copiesOf(String facilityId) throws IOException {
		Set<String> copies = new LinkedHashSet<>();
		for (Entry e : read().entries()) {
			if (FacilityKeys.copyOf(e.use().facilityId(), facilityId)) {
				copies.add(e.use().facilityId());
			}
		}
		return List.copyOf(copies);
	}

	private static boolean sameAccount(Use use, String facilityId, String accountId) {
		return FacilityKeys.sameFacility(use.facilityId(), facilityId) && use.accountId().equals(accountId);
	}

	@FunctionalInterface
	private interface Change {
		boolean apply(List<Entry> entries) throws IOException;
	}

	/** Read, change and write under the lock, so that two processes never lose each other's entries. */
	private void change(Change change) throws IOException {
		Path lockFile = file.resolveSibling(file.getFileName() + ".lock"); //$NON-NLS-1$
		OwnerOnly.createDirectories(file.toAbsolutePath().getParent());
		synchronized (IN_PROCESS) {
			if (!Files.exists(lockFile)) {
				try {
					OwnerOnly.createFile(lockFile);
				} catch (java.nio.file.FileAlreadyExistsException e) {
					// another process created it first
				}
			}
			try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
				Contents contents = read();
				List<Entry> entries = new ArrayList<>(contents.entries());
				if (change.apply(entries)) {
					write(entries);
				}
			}
		}
	}

	private String keyId() {
		byte[] key = secret.key();
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
			sha.update("sekisho vault key id\0".getBytes(StandardCharsets.US_ASCII)); //$NON-NLS-1$
			byte[] digest = sha.digest(key);
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 16);
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		} finally {
			Secrets.wipe(key);
		}
	}

	private String tag(CharSequence password, Argon2Parameters with) {
		byte[] key = secret.key();
		byte[] salt = secret.salt();
		try {
			return Base64.getEncoder().withoutPadding().encodeToString(Argon2Fingerprinter.hash(password, salt, key, with));
		} finally {
			Secrets.wipe(key);
			Secrets.wipe(salt);
		}
	}

	private Contents read() throws IOException {
		if (!Files.exists(file)) {
			return new Contents(null, List.of());
		}
		List<Entry> entries = new ArrayList<>();
		String keyId = null;
		int lineNumber = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			lineNumber++;
			if (line.startsWith(KEY_ID)) {
				keyId = line.substring(KEY_ID.length()).strip();
				continue;
			}
			if (line.isBlank() || line.startsWith("#")) { //$NON-NLS-1$
				continue;
			}
			String[] f = line.split("\t", -1); //$NON-NLS-1$
			if (f.length == 4 && !f[0].isEmpty() && !f[1].isEmpty() && !f[2].isEmpty()) { // version 1
				entries.add(new Entry(Schemes.of(Argon2Parameters.SEKISHO_2025), f[0], new Use(f[1], f[3], f[2])));
			} else if (f.length == 5 && !f[0].isEmpty() && Schemes.valid(f[1]) && !f[2].isEmpty() && !f[3].isEmpty()) {
				entries.add(new Entry(f[1], f[0], new Use(f[2], f[4], f[3])));
			} else {
				throw new IOException(NLS.bind(Messages.Vault_badLine, file, lineNumber));
			}
		}
		if (keyId != null && !keyId.equals(keyId())) {
			throw new IOException(NLS.bind(Messages.Vault_otherKey, file, keyId));
		}
		return new Contents(keyId, entries);
	}

	private void write(List<Entry> entries) throws IOException {
		StringBuilder out = new StringBuilder(HEADER).append('\n').append(KEY_ID).append(keyId()).append('\n');
		for (Entry e : entries) {
			out.append(e.tag()).append('\t').append(e.scheme()).append('\t').append(clean(e.use().facilityId())).append('\t')
					.append(clean(e.use().accountId())).append('\t').append(clean(e.use().facilityLabel())).append('\n');
		}
		OwnerOnlyFiles.write(file, out.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String clean(String field) {
		return field == null ? "" : field.replace('\t', ' ').replace('\n', ' ').replace('\r', ' '); //$NON-NLS-1$
	}

	private static boolean constantTimeEquals(String a, String b) {
		return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
	}

	/** The Argon2id parameters of a tag as text: {@code m=65536,t=3,p=1}; only bounded ones are accepted. */
	static final class Schemes {
		private Schemes() {
		}

		static String of(Argon2Parameters p) {
			return "m=" + p.memoryKiB() + ",t=" + p.iterations() + ",p=" + p.parallelism(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}

		static boolean valid(String scheme) {
			try {
				parse(scheme);
				return true;
			} catch (IllegalArgumentException e) {
				return false;
			}
		}

		static Argon2Parameters parse(String scheme) {
			String[] parts = scheme.split(","); //$NON-NLS-1$
			if (parts.length != 3 || !parts[0].startsWith("m=") || !parts[1].startsWith("t=") || !parts[2].startsWith("p=")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				throw new IllegalArgumentException(scheme);
			}
			Argon2Parameters p = new Argon2Parameters(Integer.parseInt(parts[0].substring(2)), Integer.parseInt(parts[1].substring(2)),
					Integer.parseInt(parts[2].substring(2)));
			if (!p.withinBounds()) {
				throw new IllegalArgumentException(scheme);
			}
			return p;
		}
	}
}
