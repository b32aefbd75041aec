package io.sekisho.cli.tests.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.ExitCode;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.core.ConfigFolder;
import io.sekisho.model.ModelIds;
import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.vault.FileInstallationSecret;
import io.sekisho.password.vault.FilePasswordVault;
import io.sekisho.testing.secrets.SecretScanner;
import io.sekisho.workbook.internal.PrivateTempFiles;

/**
 * Issue 16 §2, headless: known, unusual passwords go through every sekishoc path that takes one; afterwards no file
 * the run wrote (facility files and their .bak, the installation vault and key, the breached index, the exported
 * workbook and, decrypted with its password, its content, temporary files) holds any of them in any of the
 * encodings {@link SecretScanner} knows. Files holding secrets or derived values are owner-only.
 */
class PlaintextSecretSweepTest {

	// unusual on purpose: non-ASCII (UTF-16 differs from UTF-8), symbols that XML and TSV escape, no dictionary word
	private static final String ASSESSED = "Qz7\u00a7vK2#mW9&<zR4>"; // reused at two facilities //$NON-NLS-1$
	private static final String CHECKED = "\u95a2\u6240Hy3%Tn8^Lc5*\u00e9"; //$NON-NLS-1$
	private static final String WORKBOOK = "Wb\"Ehon4!Pz7@Jq2\u00df"; //$NON-NLS-1$
	private static final String BREACHED = "Br3ach\u00f8Fx8#Gm1$Vt"; //$NON-NLS-1$

	@TempDir
	Path dir;
	private Path config;
	private String previousConfig;
	private Instant start;

	@BeforeEach
	void isolateConfigFolder() {
		start = Instant.now().minusSeconds(2);
		config = dir.resolve("config"); //$NON-NLS-1$
		previousConfig = System.getProperty(ConfigFolder.PROPERTY);
		System.setProperty(ConfigFolder.PROPERTY, config.toString());
	}

	@AfterEach
	void restoreConfigFolder() {
		if (previousConfig == null) {
			System.clearProperty(ConfigFolder.PROPERTY);
		} else {
			System.setProperty(ConfigFolder.PROPERTY, previousConfig);
		}
	}

	@Test
	void noPasswordTypedIntoSekishocReachesAnyFileItWrites() throws Exception {
		Path koro = facility("koro.sekisho", "厚労記念病院", "FortiGate", "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Path kita = facility("kita.sekisho", "北町クリニック", "VPN", "maint"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		// breached-password import of a file holding one password's SHA-1 among fillers
		Path pwned = dir.resolve("pwned.txt"); //$NON-NLS-1$
		TreeMap<String, Integer> hashes = new TreeMap<>();
		for (String p : List.of(BREACHED, "filler one", "filler two")) { //$NON-NLS-1$ //$NON-NLS-2$
			hashes.put(sha1(p), 7);
		}
		StringBuilder text = new StringBuilder();
		hashes.forEach((h, c) -> text.append(h).append(':').append(c).append('\n'));
		Files.writeString(pwned, text);
		CliRun imported = CliRun.of("passwords", "import-breached", pwned.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.OK, imported.exitCode(), imported.err());

		// assess at two facilities: the installation vault is written and finds the reuse
		CliRun first = CliRun.withInput("admin\t" + ASSESSED + "\n", "passwords", "assess", koro.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(first.out().startsWith("1 "), first.out() + first.err()); //$NON-NLS-1$
		CliRun second = CliRun.withInput("maint\t" + ASSESSED + "\n", "passwords", "assess", kita.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertTrue(second.out().contains("reused-across-facilities"), second.out() + second.err()); //$NON-NLS-1$

		// check with a facility (salt, vault and breached index consulted)
		CliRun check = CliRun.withInput(CHECKED + "\n" + BREACHED + "\n", "passwords", "check", "--facility", koro.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		List<String> lines = check.out().lines().toList();
		assertEquals(2, lines.size(), check.out() + check.err());
		assertTrue(lines.get(1).contains("breached-password"), "the breached index was used: " + lines.get(1)); //$NON-NLS-1$ //$NON-NLS-2$

		// encrypted export (password from standard input) and its answers imported back (saves koro with a .bak)
		Path workbook = dir.resolve("handover.xlsx"); //$NON-NLS-1$
		CliRun export = CliRun.withInput(WORKBOOK + "\n", "workbook", "export", koro.toString(), "--out", workbook.toString(), "--encrypt"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(ExitCode.OK, export.exitCode(), export.err());
		CliRun back = CliRun.withInput(WORKBOOK + "\n", "workbook", "import-answers", koro.toString(), workbook.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.OK, back.exitCode(), back.err());

		for (CliRun run : List.of(imported, first, second, check, export, back)) {
			for (String secret : List.of(ASSESSED, CHECKED, WORKBOOK, BREACHED)) {
				assertTrue(!run.out().contains(secret) && !run.err().contains(secret), "a password was echoed"); //$NON-NLS-1$
			}
		}

		Path vault = config.resolve(FilePasswordVault.FILE_NAME);
		Path key = config.resolve(FileInstallationSecret.FILE_NAME);
		Path index = config.resolve(BreachedIndex.FILE_NAME);
		List<Path> expected = List.of(koro, kita, koro.resolveSibling("koro.sekisho.bak"), vault, key, index, workbook); //$NON-NLS-1$
		for (Path file : expected) {
			assertTrue(Files.isRegularFile(file), "the run wrote " + file); //$NON-NLS-1$
		}

		SecretScanner scanner = scanner();
		List<Path> roots = new ArrayList<>(List.of(dir, PrivateTempFiles.install()));
		List<SecretScanner.Hit> hits = new ArrayList<>(scanner.scanTrees(roots));
		hits.addAll(scanRecentTempFiles(scanner));
		assertTrue(scanner.filesScanned() >= expected.size(), "scanned " + scanner.filesScanned()); //$NON-NLS-1$
		assertEquals(List.of(), hits, "plaintext passwords in files"); //$NON-NLS-1$

		if (Files.getFileStore(dir).supportsFileAttributeView("posix")) { //$NON-NLS-1$
			assertEquals("rwx------", mode(config), config.toString()); //$NON-NLS-1$
			for (Path file : List.of(vault, key, index, koro, kita, koro.resolveSibling("koro.sekisho.bak"))) { //$NON-NLS-1$
				assertEquals("rw-------", mode(file), file.toString()); //$NON-NLS-1$
			}
		}
	}

	/** The scanner can fail: a password written into a file in any of its encodings is found with its place. */
	@Test
	void theScannerFindsAPasswordInEveryEncodingAndInsideAnEncryptedWorkbook() throws Exception {
		SecretScanner scanner = scanner();
		byte[] utf8 = CHECKED.getBytes(StandardCharsets.UTF_8);
		List<byte[]> forms = List.of(utf8, CHECKED.getBytes(StandardCharsets.UTF_16LE), CHECKED.getBytes(StandardCharsets.UTF_16BE),
				HexFormat.of().formatHex(utf8).getBytes(StandardCharsets.US_ASCII),
				java.util.Base64.getEncoder().encodeToString(utf8).getBytes(StandardCharsets.US_ASCII));
		for (byte[] form : forms) {
			Path file = dir.resolve("leak.bin"); //$NON-NLS-1$
			byte[] content = new byte[form.length + 37];
			System.arraycopy(form, 0, content, 37, form.length);
			Files.write(file, content);
			List<SecretScanner.Hit> hits = scanner.scanFile(file);
			assertTrue(hits.stream().anyMatch(h -> h.offset() == 37 && h.where().equals(file.toString())), hits.toString());
		}
		// a password inside a cell of a workbook encrypted with another password
		Path plain = dir.resolve("plain.xlsx"); //$NON-NLS-1$
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
				var out = Files.newOutputStream(plain)) {
			wb.createSheet("s").createRow(0).createCell(0).setCellValue("x " + ASSESSED); //$NON-NLS-1$ //$NON-NLS-2$
			wb.write(out);
		}
		Path encrypted = dir.resolve("enc.xlsx"); //$NON-NLS-1$
		try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem()) {
			org.apache.poi.poifs.crypt.EncryptionInfo info = new org.apache.poi.poifs.crypt.EncryptionInfo(org.apache.poi.poifs.crypt.EncryptionMode.agile);
			org.apache.poi.poifs.crypt.Encryptor encryptor = info.getEncryptor();
			encryptor.confirmPassword(WORKBOOK);
			try (var os = encryptor.getDataStream(fs)) {
				Files.copy(plain, os);
			}
			try (var out = Files.newOutputStream(encrypted)) {
				fs.writeFilesystem(out);
			}
		}
		List<SecretScanner.Hit> hits = scanner.scanFile(encrypted);
		assertTrue(hits.stream().anyMatch(h -> h.where().startsWith(encrypted + "(decrypted)!") && h.secretLabel().equals("assessed")), //$NON-NLS-1$ //$NON-NLS-2$
				hits.toString());
	}

	private static SecretScanner scanner() {
		return new SecretScanner().secret("assessed", ASSESSED).secret("checked", CHECKED) //$NON-NLS-1$ //$NON-NLS-2$
				.secret("breached", BREACHED).workbookPassword("workbook", WORKBOOK); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Files directly in the system temporary folder (and one level below) changed during this test. */
	private List<SecretScanner.Hit> scanRecentTempFiles(SecretScanner scanner) throws IOException {
		Path tmp = Path.of(System.getProperty("java.io.tmpdir")); //$NON-NLS-1$
		List<SecretScanner.Hit> hits = new ArrayList<>();
		List<Path> recent;
		try (Stream<Path> walk = Files.walk(tmp, 2)) {
			recent = walk.filter(p -> !p.startsWith(dir)).filter(p -> {
				try {
					return Files.isRegularFile(p) && Files.isReadable(p) && Files.size(p) < (32 << 20)
							&& Files.getLastModifiedTime(p).compareTo(FileTime.from(start)) >= 0;
				} catch (IOException e) {
					return false; // gone meanwhile, or another user's
				}
			}).toList();
		} catch (IOException | java.io.UncheckedIOException e) {
			return hits; // an unreadable folder of another user in the shared temporary folder
		}
		for (Path file : recent) {
			try {
				hits.addAll(scanner.scanFile(file));
			} catch (IOException e) {
				// deleted or unreadable meanwhile: nothing of ours
			}
		}
		return hits;
	}

	private Path facility(String name, String facilityName, String deviceName, String user) throws IOException {
		FacilityWorkbook workbook = Workbooks.create();
		workbook.getFacility().setName(facilityName);
		Device device = FacilityFactory.eINSTANCE.createDevice();
		device.setId(ModelIds.newId());
		device.setName(deviceName);
		workbook.getDevices().add(device);
		Account account = FacilityFactory.eINSTANCE.createAccount();
		account.setId(ModelIds.newId());
		account.setDevice(device);
		account.setUserName(user);
		workbook.getAccounts().add(account);
		Path file = dir.resolve(name);
		FacilityFiles.saveNew(workbook, file);
		return file;
	}

	private static String sha1(String password) throws NoSuchAlgorithmException {
		return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(password.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
	}

	private static String mode(Path path) throws IOException {
		return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
	}
}
