package io.sekisho.netmap.tests.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.persistence.AtomicFileWriter;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;
import io.sekisho.testing.faults.ChildJvm;
import io.sekisho.testing.faults.ChildJvm.Outcome;
import io.sekisho.testing.faults.Fault;

/**
 * The draw.io import as {@code sekishoc netmap import} does it (plan, one command, save the facility) in a child JVM
 * that fails at every step of the save: stream error at the first byte, in the middle, near the end; disk full;
 * fsync failing; SIGKILL between write and rename. The facility file stays byte for byte what it was and loads
 * with the devices it had; the error names the file; the diagram is never written.
 */
class DiagramImportFaultTest {

	@TempDir
	Path dir;

	/** In the child: the diagram args[1] imported into the facility file args[0], which is saved. */
	static void importDiagram(String[] args) throws Exception {
		SekishoResource resource = FacilityFiles.load(Path.of(args[0]));
		DrawioImport plan = DrawioImport.plan(resource.workbook(), DrawioReader.read(Path.of(args[1])));
		if (plan.isEmpty()) {
			throw new IllegalStateException("the diagram adds nothing"); //$NON-NLS-1$
		}
		AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), new BasicCommandStack(),
				resource.getResourceSet());
		domain.getCommandStack().execute(plan.command(domain, resource));
		resource.save(null);
	}

	@Test
	void aFailedSaveAfterADiagramImportLeavesTheFacilityFileAsItWas() throws Exception {
		Path facility = dir.resolve("demo.sekisho"); //$NON-NLS-1$
		FacilityFiles.saveNew(DemoFacility.build(), facility);
		int devices = FacilityFiles.load(facility).workbook().getDevices().size();
		Path diagram = dir.resolve("network_enterprise_1.xml"); //$NON-NLS-1$
		try (InputStream in = FrameworkUtil.getBundle(DiagramImportFaultTest.class).findEntries("fuzz/drawio", "network_enterprise_1.xml", false) //$NON-NLS-1$ //$NON-NLS-2$
				.nextElement().openStream()) {
			Files.copy(in, diagram);
		}
		byte[] previous = Files.readAllBytes(facility);
		byte[] drawing = Files.readAllBytes(diagram);
		Set<Path> expected = Set.of(facility, diagram, AtomicFileWriter.backupOf(facility));
		for (Fault fault : Fault.everyStep(previous.length)) {
			Outcome outcome = ChildJvm.run(fault, ".demo.sekisho.*.tmp", DiagramImportFaultTest.class, "importDiagram", facility.toString(), //$NON-NLS-1$ //$NON-NLS-2$
					diagram.toString());
			assertTrue(outcome.faultFired(), fault + ": the fault fired\n" + outcome); //$NON-NLS-1$
			if (fault.kills()) {
				assertTrue(outcome.killed(), fault + ": killed\n" + outcome); //$NON-NLS-1$
			} else {
				assertEquals(1, outcome.exitCode(), fault + ": the save failed\n" + outcome); //$NON-NLS-1$
				assertTrue(outcome.errors().contains(facility.toString()), fault + ": the error names the file\n" + outcome.errors()); //$NON-NLS-1$
			}
			assertArrayEquals(previous, Files.readAllBytes(facility), fault + ": the facility file is intact"); //$NON-NLS-1$
			assertEquals(devices, FacilityFiles.load(facility).workbook().getDevices().size(), fault + ": and loads as it was"); //$NON-NLS-1$
			assertArrayEquals(drawing, Files.readAllBytes(diagram), fault + ": the diagram is only read"); //$NON-NLS-1$
			List<Path> others;
			try (Stream<Path> files = Files.list(dir)) {
				others = files.filter(p -> !expected.contains(p)).toList();
			}
			for (Path left : others) {
				assertTrue(fault.kills(), fault + ": no temporary file is left: " + left); //$NON-NLS-1$
				Files.delete(left);
			}
		}
		Outcome control = ChildJvm.run(Fault.NONE, "-", DiagramImportFaultTest.class, "importDiagram", facility.toString(), diagram.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, control.exitCode(), control.toString());
		assertFalse(java.util.Arrays.equals(previous, Files.readAllBytes(facility)), "without a fault the import is saved"); //$NON-NLS-1$
		assertTrue(FacilityFiles.load(facility).workbook().getDevices().size() > devices, "with the diagram's devices"); //$NON-NLS-1$
	}
}
