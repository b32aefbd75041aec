package io.sekisho.model.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.AtomicFileWriter;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.testing.faults.ChildJvm;
import io.sekisho.testing.faults.ChildJvm.Outcome;
import io.sekisho.testing.faults.Fault;

/**
 * Facility save ({@link FacilityFiles#save}) failed at every step in a child JVM: the stream failing at the first
 * byte, in the middle and near the end, the disk full, fsync failing, the process killed with SIGKILL between write
 * and rename. After each, the previous file is byte for byte what it was and loads; the error names the file; no
 * temporary file is left behind (after the kill one may be, and it must be owner-only: it holds fingerprints).
 */
class FacilitySaveFaultTest {

	private static final String NEW_NAME = "保存に失敗するはずの名前";

	@TempDir
	Path dir;

	/** In the child: load, rename the facility, save. */
	static void loadChangeSave(String[] args) throws Exception {
		SekishoResource resource = FacilityFiles.load(Path.of(args[0]));
		resource.workbook().getFacility().setName(NEW_NAME);
		FacilityFiles.save(resource);
	}

	@Test
	void everyFaultLeavesThePreviousFileIntactLoadableAndTheErrorNamesTheFile() throws Exception {
		Path file = dir.resolve("clinic.sekisho"); //$NON-NLS-1$
		FacilityWorkbook clinic = Fixtures.smallClinic();
		for (int i = 0; i < 300; i++) {
			Fixtures.device(clinic, "端末-" + i, io.sekisho.model.facility.DeviceCategory.CLIENT_PC, clinic.getZones().get(0)); //$NON-NLS-1$
		}
		FacilityFiles.saveNew(clinic, file);
		byte[] previous = Files.readAllBytes(file);
		String previousName = clinic.getFacility().getName();
		String temporaries = ".clinic.sekisho.*.tmp"; //$NON-NLS-1$

		for (Fault fault : Fault.everyStep(previous.length)) {
			Outcome outcome = ChildJvm.run(fault, temporaries, FacilitySaveFaultTest.class, "loadChangeSave", file.toString()); //$NON-NLS-1$
			assertTrue(outcome.faultFired(), fault + ": the fault fired\n" + outcome); //$NON-NLS-1$
			if (fault.kills()) {
				assertTrue(outcome.killed(), fault + ": killed\n" + outcome); //$NON-NLS-1$
			} else {
				assertEquals(1, outcome.exitCode(), fault + ": the save failed\n" + outcome); //$NON-NLS-1$
				assertTrue(outcome.errors().contains(file.toString()), fault + ": the error names the file\n" + outcome.errors()); //$NON-NLS-1$
			}
			assertArrayEquals(previous, Files.readAllBytes(file), fault + ": the previous file is intact"); //$NON-NLS-1$
			assertEquals(previousName, FacilityFiles.load(file).workbook().getFacility().getName(), fault + ": and loads"); //$NON-NLS-1$
			for (Path left : leftovers(file)) {
				assertTrue(fault.kills(), fault + ": no temporary file is left: " + left); //$NON-NLS-1$
				assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(left)), //$NON-NLS-1$
						fault + ": the temporary file the kill left is owner-only"); //$NON-NLS-1$
				Files.delete(left);
			}
		}

		Outcome control = ChildJvm.run(Fault.NONE, temporaries, FacilitySaveFaultTest.class, "loadChangeSave", file.toString()); //$NON-NLS-1$
		assertEquals(0, control.exitCode(), "without a fault the child saves\n" + control); //$NON-NLS-1$
		assertEquals(NEW_NAME, FacilityFiles.load(file).workbook().getFacility().getName());
		assertArrayEquals(previous, Files.readAllBytes(AtomicFileWriter.backupOf(file)), "the .bak is the previous file"); //$NON-NLS-1$
		assertEquals(List.of(), leftovers(file));
	}

	/** Files beside the facility file other than itself and its .bak. */
	private static List<Path> leftovers(Path file) throws Exception {
		try (Stream<Path> files = Files.list(file.getParent())) {
			return files.filter(p -> !p.equals(file) && !p.equals(AtomicFileWriter.backupOf(file))).sorted().toList();
		}
	}
}
