package io.sekisho.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

import io.sekisho.testing.messages.MessageBundles;

/**
 * The one message-completeness test: every Sekisho bundle of the product (this fragment's runtime is the whole rich
 * client with the headless feature) has each messages*.properties / plugin*.properties text in English and Japanese
 * with the same keys, no empty text and the same placeholders ({@link MessageBundles}). The Japanese language packs
 * of Eclipse's own bundles (io.sekisho.nl.ja.*, fragments of org.eclipse.* hosts) translate files that are not ours
 * and are left to io.sekisho.nl.ja.tests.
 */
class AllMessagesTest {

	/** Bundles that must be among the checked ones, so that a runtime missing a module cannot pass unnoticed. */
	private static final Set<String> EXPECTED = Set.of("io.sekisho.model", "io.sekisho.model.edit", "io.sekisho.core", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"io.sekisho.catalog", "io.sekisho.password", "io.sekisho.cli", "io.sekisho.checklist", "io.sekisho.workbook", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			"io.sekisho.firmware", "io.sekisho.netmap", "io.sekisho.ui", "io.sekisho.netmap.ui", "io.sekisho.firmware.ui"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	/** Differences that are meant so, each with its reason (found by this test when it was written). */
	private static final Set<String> INTENDED = Set.of(
			// the English label shows the fiscal year as FY2026 ({0}), the Japanese one as 令和8年度 ({1})
			"io.sekisho.core/io/sekisho/core/internal/messages.properties: FiscalYear_reiwaLabel has placeholders [{0}] in English, [{1}] in Japanese", //$NON-NLS-1$
			"io.sekisho.workbook/io/sekisho/workbook/internal/sheets/sheets.properties: checklist.target has placeholders [{0}] in English, [{1}] in Japanese", //$NON-NLS-1$
			// an assessment's label: 令和8年度版 ({0}, the Reiwa year) in Japanese, FY2026 edition ({2}) in English
			"io.sekisho.model.edit/plugin.properties: _UI_ChecklistAssessment_reiwaLabel has placeholders [{1}, {2}] in English, [{0}, {1}] in Japanese", //$NON-NLS-1$
			// the Japanese message leaves out the Java class name of the error (no English words on a Japanese screen)
			"io.sekisho.cli/io/sekisho/cli/internal/messages.properties: Sekishoc_fatalError has placeholders [{0}, {1}] in English, [{0}] in Japanese", //$NON-NLS-1$
			// empty on purpose in both languages: a column without a heading, no device type shows an empty cell
			"io.sekisho.workbook/io/sekisho/workbook/internal/sheets/sheets.properties: column. is empty in English", //$NON-NLS-1$
			"io.sekisho.workbook/io/sekisho/workbook/internal/sheets/sheets.properties: enum.NetworkDeviceType.NONE is empty in English", //$NON-NLS-1$
			// a switch, not a text: only the Japanese sheet shows the JVN title (FirmwareSheetContributor asks texts.has)
			"io.sekisho.firmware/io/sekisho/firmware/sheet/firmwaresheet.properties: showJvnTitle only in Japanese"); //$NON-NLS-1$

	@Test
	void everySekishoBundleHasEveryTextInBothLanguages() {
		Bundle[] all = FrameworkUtil.getBundle(AllMessagesTest.class).getBundleContext().getBundles();
		List<Bundle> ours = Arrays.stream(all).filter(AllMessagesTest::isOurs).toList();
		Set<String> names = new TreeSet<>(ours.stream().map(Bundle::getSymbolicName).toList());
		assertTrue(names.containsAll(EXPECTED), "the product's bundles are all in this runtime: " + names); //$NON-NLS-1$
		MessageBundles.assertComplete(INTENDED, ours.toArray(Bundle[]::new));
	}

	private static boolean isOurs(Bundle bundle) {
		String name = bundle.getSymbolicName();
		if (name == null || !name.startsWith("io.sekisho.") || name.endsWith(".tests")) { //$NON-NLS-1$ //$NON-NLS-2$
			return false;
		}
		String host = bundle.getHeaders("").get(Constants.FRAGMENT_HOST); //$NON-NLS-1$
		return host == null || host.startsWith("io.sekisho."); //$NON-NLS-1$
	}
}
