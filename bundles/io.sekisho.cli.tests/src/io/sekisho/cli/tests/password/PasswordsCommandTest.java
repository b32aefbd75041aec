package io.sekisho.cli.tests.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.ExitCode;
import io.sekisho.cli.tests.JsonValues;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.core.ConfigFolder;
import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Person;
import io.sekisho.model.persistence.SekishoFiles;

class PasswordsCommandTest {

	private static final List<String> NOTICE = List.of("Administrator", "12345678", "pa$$w0rd", "i234567&9", "qwerty", "7410", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			"KoroHospital", "KoroTaro"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final List<String> REASONS = List.of("factory-default", "sequence", "leaked-password", "sequence", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			"keyboard-pattern", "keyboard-pattern", "context-word", "context-word"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

	@TempDir
	Path dir;
	private String previousConfig;

	@BeforeEach
	void isolateConfigFolder() {
		previousConfig = System.getProperty(ConfigFolder.PROPERTY);
		System.setProperty(ConfigFolder.PROPERTY, dir.resolve("config").toString()); //$NON-NLS-1$
	}

	@AfterEach
	void restoreConfigFolder() {
		if (previousConfig == null) {
			System.clearProperty(ConfigFolder.PROPERTY);
		} else {
			System.setProperty(ConfigFolder.PROPERTY, previousConfig);
		}
	}

	/** 厚労記念病院 with its representative, as the integrator enters it */
	private Path demoFacility() throws IOException {
		FacilityWorkbook workbook = Workbooks.create();
		Facility facility = workbook.getFacility();
		facility.setName("厚労記念病院"); //$NON-NLS-1$
		facility.setNameKana("こうろうきねんびょういん"); //$NON-NLS-1$
		facility.setNameRomaji("Koro Kinen Byoin"); //$NON-NLS-1$
		Person representative = FacilityFactory.eINSTANCE.createPerson();
		representative.setNameKanji("厚労 太郎"); //$NON-NLS-1$
		representative.setNameKana("こうろう たろう"); //$NON-NLS-1$
		representative.setNameRomaji("Koro Taro"); //$NON-NLS-1$
		facility.setRepresentative(representative);
		Path file = dir.resolve("koro.sekisho"); //$NON-NLS-1$
		SekishoFiles.save(workbook, file);
		return file;
	}

	@Test
	void noticeExamplesAreRejectedWithTheirReasonAndNeverEchoed() throws IOException {
		String facility = demoFacility().toString();
		CliRun run = CliRun.withInput(String.join("\n", NOTICE) + "\n", "passwords", "check", "--facility", facility); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertEquals(NOTICE.size(), lines.size(), run.out());
		for (int i = 0; i < NOTICE.size(); i++) {
			String[] fields = lines.get(i).split(" "); //$NON-NLS-1$
			assertEquals(String.valueOf(i + 1), fields[0]);
			assertEquals("REJECT", fields[1], lines.get(i)); //$NON-NLS-1$
			assertTrue(List.of(fields[3].split(",")).contains(REASONS.get(i)), NOTICE.get(i) + ": " + lines.get(i)); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (String password : NOTICE) {
			assertFalse(run.out().contains(password) || run.err().contains(password), password);
		}
	}

	@Test
	void noticeExamplesAgainstTheDemoFacilityOfSekishocDemo() {
		Path demo = dir.resolve("demo.sekisho"); //$NON-NLS-1$
		CliRun written = CliRun.of("demo", "--out", demo.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.OK, written.exitCode(), written.err());
		CliRun run = CliRun.withInput(String.join("\n", NOTICE), "passwords", "check", "--facility", demo.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<String> lines = run.out().lines().toList();
		assertEquals(NOTICE.size(), lines.size(), run.out() + run.err());
		for (int i = 0; i < NOTICE.size(); i++) {
			assertTrue(lines.get(i).startsWith((i + 1) + " REJECT "), lines.get(i)); //$NON-NLS-1$
			assertTrue(List.of(lines.get(i).split(" ")[3].split(",")).contains(REASONS.get(i)), NOTICE.get(i) + ": " + lines.get(i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Test
	void generatedPasswordsPassTheCheckWithTheFacility() throws IOException {
		String facility = demoFacility().toString();
		CliRun generated = CliRun.of("passwords", "generate", "--count", "20", "--facility", facility); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(ExitCode.OK, generated.exitCode(), generated.err());
		List<String> passwords = generated.out().lines().toList();
		assertEquals(20, passwords.size());
		passwords.forEach(p -> assertEquals(16, p.length(), p));
		CliRun check = CliRun.withInput(generated.out(), "passwords", "check", "--facility", facility, "--json"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.OK, check.exitCode(), check.out() + check.err());
		assertEquals(20, check.out().lines().map(l -> JsonValues.object(JsonValues.parse(l)).get("verdict")).filter("ACCEPT"::equals).count(), check.out()); //$NON-NLS-1$ //$NON-NLS-2$
		CliRun phrase = CliRun.of("passwords", "generate", "--passphrase", "--words", "6"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(ExitCode.OK, phrase.exitCode(), phrase.err());
		assertTrue(phrase.out().strip().length() >= 6 * 5 + 10, phrase.out());
	}

	@Test
	void jsonGivesCodesAndBothLanguages() {
		CliRun run = CliRun.withInput("qwerty\r\n", "passwords", "check", "--json", "--profile", "nist-800-63b-4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		assertEquals(ExitCode.PROBLEMS, run.exitCode());
		assertEquals(1, run.out().lines().count(), "one object per line: " + run.out());
		Map<String, Object> verdict = JsonValues.object(JsonValues.parse(run.out().strip()));
		assertEquals(1L, verdict.get("line")); //$NON-NLS-1$
		assertEquals("REJECT", verdict.get("verdict")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("nist-800-63b-4", verdict.get("profile")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(6L, verdict.get("length"), "CR of CRLF is not part of the password"); //$NON-NLS-1$
		assertTrue(verdict.get("guessesLog10") instanceof Double, verdict.toString()); //$NON-NLS-1$
		Map<String, Object> keyboard = JsonValues.array(verdict.get("findings")).stream().map(JsonValues::object) //$NON-NLS-1$
				.filter(f -> "keyboard-pattern".equals(f.get("code"))).findFirst().orElseThrow(() -> new AssertionError(verdict.toString())); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(((String) keyboard.get("ja")).startsWith("隣り合うキー"), keyboard.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(!((String) keyboard.get("en")).isBlank(), keyboard.toString()); //$NON-NLS-1$
		assertFalse(JsonValues.strings(verdict).contains("qwerty"), "the password itself is never a value: " + verdict); //$NON-NLS-1$
		Map<String, Object> advice = JsonValues.object(verdict.get("advice")); //$NON-NLS-1$
		Map<String, Object> en = JsonValues.object(advice.get("en")); //$NON-NLS-1$
		Map<String, Object> ja = JsonValues.object(advice.get("ja")); //$NON-NLS-1$
		assertTrue(JsonValues.array(en.get("suggestions")).stream().anyMatch(x -> ((String) x).contains("Add another word or two")), "zxcvbn4j's feedback: " + en); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(JsonValues.array(ja.get("suggestions")).stream().anyMatch(x -> ((String) x).contains("1〜2の単語を追加してください")), "zxcvbn4j's Japanese feedback: " + ja); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void samePasswordOnTwoLinesOfOneFacilityIsReuse() throws IOException {
		String facility = demoFacility().toString();
		CliRun run = CliRun.withInput("Vq7#mZ2!kR9w$Lp4\nN4f;Wc8%tJu3^Ge6\nVq7#mZ2!kR9w$Lp4\n", "passwords", "check", "--facility", facility); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(List.of("1 ACCEPT 4", "2 ACCEPT 4", "3 REJECT 4 reused-in-facility"), run.out().lines().toList()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		CliRun alone = CliRun.withInput("Vq7#mZ2!kR9w$Lp4\nVq7#mZ2!kR9w$Lp4\n", "passwords", "check"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ExitCode.OK, alone.exitCode(), "without a facility there is no salt and no reuse check"); //$NON-NLS-1$
	}

	@Test
	void importedBreachDataIsUsedByCheck() throws Exception {
		TreeMap<String, Integer> hashes = new TreeMap<>();
		for (String p : List.of("Vq7#mZ2!kR9w$Lp4", "filler one", "filler two")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			hashes.put(HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(p.getBytes(StandardCharsets.UTF_8))), 5); //$NON-NLS-1$
		}
		StringBuilder text = new StringBuilder();
		hashes.forEach((h, c) -> text.append(h).append(':').append(c).append('\n'));
		Path input = dir.resolve("pwned.txt"); //$NON-NLS-1$
		Files.writeString(input, text);
		CliRun imported = CliRun.of("passwords", "import-breached", input.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.OK, imported.exitCode(), imported.err());
		assertTrue(imported.out().startsWith("3 "), imported.out()); //$NON-NLS-1$
		assertTrue(imported.err().contains("100%"), "progress: " + imported.err()); //$NON-NLS-1$ //$NON-NLS-2$
		if (Files.getFileStore(dir).supportsFileAttributeView("posix")) { //$NON-NLS-1$
			assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("config"))), //$NON-NLS-1$ //$NON-NLS-2$
					"the configuration folder (vault and key live there too) is created owner-only"); //$NON-NLS-1$
		}
		CliRun check = CliRun.withInput("Vq7#mZ2!kR9w$Lp4\nN4f;Wc8%tJu3^Ge6\n", "passwords", "check"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of("1 REJECT 4 breached-password", "2 ACCEPT 4"), check.out().lines().toList()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void truncatedBreachDataNamesFileAndLine() throws IOException {
		Path input = dir.resolve("cut.txt"); //$NON-NLS-1$
		Files.writeString(input, "000000005AD76BD555C1D6D771DE417A4B87E4B4:10\n00000000A8DAE4228F821FB418F59826079B"); //$NON-NLS-1$
		CliRun run = CliRun.of("passwords", "import-breached", input.toString(), "--index", dir.resolve("x.idx").toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.PROBLEMS, run.exitCode());
		assertTrue(run.err().contains(input.toString()) && run.err().contains("2"), run.err()); //$NON-NLS-1$
		assertFalse(Files.exists(dir.resolve("x.idx"))); //$NON-NLS-1$
	}

	private static Path facilityWithAccounts(Path file, String name, String... deviceAndUser) throws IOException {
		FacilityWorkbook workbook = Workbooks.create();
		workbook.getFacility().setName(name);
		for (int i = 0; i < deviceAndUser.length; i += 2) {
			io.sekisho.model.facility.Device device = FacilityFactory.eINSTANCE.createDevice();
			device.setId(io.sekisho.model.ModelIds.newId());
			device.setName(deviceAndUser[i]);
			workbook.getDevices().add(device);
			io.sekisho.model.facility.Account account = FacilityFactory.eINSTANCE.createAccount();
			account.setId(io.sekisho.model.ModelIds.newId());
			account.setDevice(device);
			account.setUserName(deviceAndUser[i + 1]);
			workbook.getAccounts().add(account);
		}
		SekishoFiles.save(workbook, file);
		return file;
	}

	@Test
	void assessWritesAssessmentsAndFindsReuseWithinAndAcrossFacilities() throws IOException {
		Path koro = facilityWithAccounts(dir.resolve("koro.sekisho"), "厚労記念病院", "FortiGate", "admin", "EHR server", "Administrator"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		CliRun first = CliRun.withInput("FortiGate / admin\tVq7#mZ2!kR9w$Lp4\nAdministrator\tVq7#mZ2!kR9w$Lp4\n", //$NON-NLS-1$
				"passwords", "assess", koro.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of("1 ACCEPT 4 FortiGate / admin", "2 REJECT 4 reused-in-facility EHR server / Administrator"), //$NON-NLS-1$ //$NON-NLS-2$
				first.out().lines().toList(), first.err());
		String saved = Files.readString(koro);
		assertFalse(saved.contains("Vq7#"), "no password in the file"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(saved.contains("reused-in-facility") && saved.contains("argon2id$v=19$m=65536,t=3,p=1"), saved); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(Files.readString(dir.resolve("config").resolve("password-vault.tsv")).contains("Vq7#")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		Path other = facilityWithAccounts(dir.resolve("kita.sekisho"), "北町クリニック", "VPN", "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		CliRun second = CliRun.withInput("admin\tVq7#mZ2!kR9w$Lp4\n", "passwords", "assess", other.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(List.of("1 REJECT 4 reused-across-facilities VPN / admin"), second.out().lines().toList(), second.err()); //$NON-NLS-1$
		CliRun check = CliRun.withInput("Vq7#mZ2!kR9w$Lp4\n", "passwords", "check", "--facility", other.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(check.out().contains("reused-across-facilities"), "check consults the vault too: " + check.out()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void assessSavesNothingWhenALineNamesNoAccount() throws IOException {
		Path koro = facilityWithAccounts(dir.resolve("koro.sekisho"), "厚労記念病院", "FortiGate", "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		String before = Files.readString(koro);
		CliRun run = CliRun.withInput("admin\tVq7#mZ2!kR9w$Lp4\nnobody\tsecret\nno tab here\n", "passwords", "assess", koro.toString(), "--no-vault"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.PROBLEMS, run.exitCode());
		assertTrue(run.err().contains("line 2") && run.err().contains("line 3"), run.err()); //$NON-NLS-1$ //$NON-NLS-2$
		assertFalse(run.err().contains("nobody"), "the line is named, never its field: " + run.err()); //$NON-NLS-1$
		assertFalse(run.err().contains("secret") || run.out().contains("secret")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(before, Files.readString(koro));
		assertFalse(Files.exists(dir.resolve("config").resolve("password-vault.tsv")), "--no-vault"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void usageErrors() throws IOException {
		CliRun argument = CliRun.of("passwords", "check", "hunter2"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ExitCode.USAGE, argument.exitCode());
		assertTrue(argument.err().contains("standard input"), argument.err()); //$NON-NLS-1$
		CliRun profile = CliRun.of("passwords", "check", "--profile", "nist"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.USAGE, profile.exitCode());
		assertTrue(profile.err().contains("mhlw-r7"), profile.err()); //$NON-NLS-1$
		assertEquals(ExitCode.USAGE, CliRun.of("passwords", "generate", "--length", "8").exitCode()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.USAGE, CliRun.of("passwords").exitCode()); //$NON-NLS-1$
		Path broken = dir.resolve("broken.sekisho"); //$NON-NLS-1$
		Files.writeString(broken, "<not xml"); //$NON-NLS-1$
		CliRun facility = CliRun.of("passwords", "check", "--facility", broken.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(ExitCode.PROBLEMS, facility.exitCode());
		assertTrue(facility.err().contains(broken.toString()), facility.err());
	}

	@Test
	void swappedColumnsNeverEchoThePassword() throws IOException {
		Path koro = facilityWithAccounts(dir.resolve("koro.sekisho"), "厚労記念病院", "FortiGate", "admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		CliRun run = CliRun.withInput("MySecretPw-991\tadmin\n", "passwords", "assess", koro.toString(), "--no-vault"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.PROBLEMS, run.exitCode());
		assertTrue(run.err().contains("line 1"), run.err()); //$NON-NLS-1$
		assertFalse(run.err().contains("MySecretPw") || run.out().contains("MySecretPw"), run.err()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
