package io.sekisho.ui.internal.vendors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.commands.Command;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help > ベンダー拡張の追加…: the repository is checked and its features shown before the install button is enabled. */
class AddVendorBundleDialogTest {

	private static final String CONTENT = "<?xml version='1.0' encoding='UTF-8'?><repository><units size='1'>"
			+ "<unit id='jp.co.samplemedical.sekisho.feature.feature.group' version='1.0.0.202612011200'><properties size='4'>"
			+ "<property name='org.eclipse.equinox.p2.name' value='%featureName'/>"
			+ "<property name='org.eclipse.equinox.p2.type.group' value='true'/>"
			+ "<property name='df_LT.featureName' value='Sample Medical devices'/>"
			+ "<property name='ja.featureName' value='サンプルメディカル 機器拡張'/>"
			+ "</properties></unit></units></repository>";

	@TempDir
	Path dir;

	@Test
	void theCommandIsInTheWorkbenchWithAHandler() {
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		Command command = commands.getCommand("io.sekisho.ui.addVendorBundle");
		assertTrue(command.isDefined());
		assertTrue(command.isHandled());
	}

	@Test
	void aRepositoryIsReadAsTypedAndOnlyARepositoryEnablesInstall() throws Exception {
		Path repository = Files.createDirectories(dir.resolve("samplemedical-repository"));
		Files.write(repository.resolve("content.jar"), contentJar());
		Path notARepository = Files.createDirectories(dir.resolve("photos"));
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AddVendorBundleDialog dialog = new AddVendorBundleDialog(shell, null, dir.resolve("product"));
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			assertFalse(dialog.installEnabled(), "nothing chosen yet");
			dialog.locationField().setText(notARepository.toString());
			assertNotNull(dialog.getErrorMessage());
			assertTrue(dialog.getErrorMessage().contains(notARepository.toString()), dialog.getErrorMessage());
			assertFalse(dialog.installEnabled());

			dialog.locationField().setText(repository.toString());
			assertNull(dialog.getErrorMessage(), dialog.getErrorMessage());
			assertTrue(dialog.installEnabled());
			String expected = Locale.getDefault().getLanguage().equals("ja") ? "サンプルメディカル 機器拡張" : "Sample Medical devices";
			assertEquals(1, dialog.shownFeatures().length);
			assertTrue(dialog.shownFeatures()[0].startsWith(expected) && dialog.shownFeatures()[0].contains("1.0.0")
					&& !dialog.shownFeatures()[0].contains("202612011200"), dialog.shownFeatures()[0]);
			dialog.pressInstall();
			assertEquals(repository, dialog.repository().path());
		} finally {
			dialog.close();
		}
	}

	@Test
	void aProductWithoutTheDirectorSaysSoAndInstallsNothing() {
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AddVendorBundleDialog dialog = new AddVendorBundleDialog(shell, "no director here", null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			dialog.locationField().setText(dir.toString());
			assertEquals("no director here", dialog.getErrorMessage());
			assertFalse(dialog.installEnabled());
			assertArrayEquals(new String[0], dialog.shownFeatures());
		} finally {
			dialog.close();
		}
	}

	private static byte[] contentJar() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream out = new ZipOutputStream(bytes)) {
			out.putNextEntry(new ZipEntry("content.xml"));
			out.write(CONTENT.getBytes(StandardCharsets.UTF_8));
			out.closeEntry();
		}
		return bytes.toByteArray();
	}
}
