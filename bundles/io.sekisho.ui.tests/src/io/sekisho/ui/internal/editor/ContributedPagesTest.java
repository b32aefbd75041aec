package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.forms.editor.IFormPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.internal.markers.ProblemMarkers;
import io.sekisho.ui.tests.pages.ExternalConnectionsTestPage;

/**
 * Pages from the extension point io.sekisho.ui.editorPages: the built-in ones in their order, a page contributed
 * by this test fragment (fragment.xml) that behaves like a built-in one, and broken contributions that are logged
 * with their bundle and skipped.
 */
class ContributedPagesTest {

	private static final String VENDOR = "com.example.vendor.broken"; //$NON-NLS-1$

	private FacilityEditor editor;
	private final List<IExtension> added = new ArrayList<>();

	@AfterEach
	void cleanUp() {
		if (editor != null) {
			UiTestSupport.close(editor);
		}
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		for (IExtension extension : added) {
			registry.removeExtension(extension, null);
		}
	}

	@Test
	void builtInPagesComeFromTheExtensionPointInTheirOrderAndKeepTheirLabels() throws Exception {
		editor = UiTestSupport.openDemoCopy();
		// Sekisho's own pages and this fragment's; other modules' pages (network map, firmware register) come in too
		List<String> ids = editor.facilityPages().stream().map(FacilityPage::getId)
				.filter(id -> id.startsWith("io.sekisho.ui.page.") || id.equals(ExternalConnectionsTestPage.ID)).toList();
		assertEquals(List.of(BuiltInPages.OVERVIEW, BuiltInPages.DEVICES, BuiltInPages.ACCOUNTS, BuiltInPages.CHECKLIST,
				BuiltInPages.CONTACTS_FINDINGS, ExternalConnectionsTestPage.ID), ids);
		List<String> titles = editor.facilityPages().stream().map(FacilityPage::getTitle).toList();
		boolean japanese = "ja".equals(java.util.Locale.getDefault().getLanguage());
		assertEquals(japanese ? List.of("概要", "機器", "アカウント", "チェックリスト", "連絡体制・指摘事項")
				: List.of("Overview", "Devices", "Accounts", "Checklist", "Contacts and findings"), titles.subList(0, 5));
	}

	@Test
	void aContributedPageSelectsIntoPropertiesEditsThroughTheStackAndUndoes() throws Exception {
		editor = UiTestSupport.openDemoCopy();
		assertTrue(editor.showPage(ExternalConnectionsTestPage.ID));
		UiTestSupport.settle();
		ExternalConnectionsTestPage page = (ExternalConnectionsTestPage) editor.getActivePageInstance();
		ExternalConnection connection = editor.workbook().getExternalConnections().get(0);
		assertEquals(editor.workbook().getExternalConnections().size(), page.table().viewer().getTable().getItemCount());

		// selection: the editor's selection provider, and so the workbench selection the Properties view follows
		page.table().viewer().setSelection(new StructuredSelection(connection), true);
		UiTestSupport.settle();
		assertEquals(connection, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement());
		assertEquals(connection, ((IStructuredSelection) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getSelectionService()
				.getSelection()).getFirstElement());
		assertNotNull(new io.sekisho.ui.emf.ItemPropertySourceProvider(editor.adapterFactory()).getPropertySource(connection));

		// an edit in the contributed page's table is a command on the editor's stack: dirty, undoable
		String before = connection.getName();
		page.table().viewer().editElement(connection, 0);
		Text cell = activeTextEditor(page.table().viewer().getTable());
		cell.setText("VPN-renamed");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.settle();
		assertEquals("VPN-renamed", connection.getName());
		assertTrue(editor.isDirty());
		assertTrue(editor.getEditingDomain().getCommandStack().canUndo());
		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		undo.run();
		UiTestSupport.settle();
		assertEquals(before, connection.getName());
		assertFalse(editor.isDirty());
	}

	@Test
	void goToElementFromAMarkerLandsOnTheContributedPageThatShowsIt() throws Exception {
		editor = UiTestSupport.openDemoCopy();
		ExternalConnection connection = editor.workbook().getExternalConnections().get(1);
		IMarker marker = editor.file().createMarker(ProblemMarkers.MARKER_TYPE);
		marker.setAttribute(ProblemMarkers.ELEMENT_ATTRIBUTE, EcoreUtil.getURI(connection).fragment());
		editor.showPage(BuiltInPages.DEVICES);
		editor.gotoMarker(marker);
		UiTestSupport.settle();
		IFormPage active = editor.getActivePageInstance();
		assertEquals(ExternalConnectionsTestPage.ID, active.getId());
		assertEquals(connection, ((ExternalConnectionsTestPage) active).table().viewer().getStructuredSelection().getFirstElement());
		assertEquals(connection, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement());
		marker.delete();
	}

	@Test
	void brokenContributionsAreLoggedWithTheirBundleAndTheEditorOpensWithoutThem() throws Exception {
		contribute("""
				<plugin>
				   <extension point="io.sekisho.ui.editorPages">
				      <page id="test.broken.missing" label="Missing" order="150" class="io.sekisho.nowhere.NoSuchPage"/>
				      <page id="test.broken.throws" label="Throws" order="250" class="io.sekisho.ui/io.sekisho.ui.tests.pages.ThrowingTestPage"/>
				      <page id="test.broken.notapage" label="Not a page" order="350" class="io.sekisho.ui/java.lang.Object"/>
				   </extension>
				</plugin>
				""");
		List<IStatus> logged = new ArrayList<>();
		ILogListener listener = (status, plugin) -> logged.add(status);
		Platform.addLogListener(listener);
		try {
			editor = UiTestSupport.openDemoCopy();
		} finally {
			Platform.removeLogListener(listener);
		}
		// Sekisho's own pages and this fragment's; other modules' pages (network map, firmware register) come in too
		List<String> ids = editor.facilityPages().stream().map(FacilityPage::getId)
				.filter(id -> id.startsWith("io.sekisho.ui.page.") || id.equals(ExternalConnectionsTestPage.ID)).toList();
		assertEquals(List.of(BuiltInPages.OVERVIEW, BuiltInPages.DEVICES, BuiltInPages.ACCOUNTS, BuiltInPages.CHECKLIST,
				BuiltInPages.CONTACTS_FINDINGS, ExternalConnectionsTestPage.ID), ids, "the broken pages are left out");
		for (String id : List.of("test.broken.missing", "test.broken.throws", "test.broken.notapage")) {
			assertTrue(logged.stream().anyMatch(s -> s.getSeverity() == IStatus.ERROR && s.getMessage().contains(id)
					&& s.getMessage().contains(VENDOR)), id + " is logged with its bundle " + VENDOR + ": " + logged);
		}
		// the editor works: a page still shows its content
		assertTrue(editor.showPage(BuiltInPages.DEVICES));
		UiTestSupport.settle();
		assertTrue(((DevicesPage) editor.findPage(BuiltInPages.DEVICES)).table().viewer().getTable().getItemCount() > 0);
	}

	private void contribute(String pluginXml) {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		// a vendor's bundle as the registry knows it; the class of the throwing page is loaded from this test fragment
		IContributor contributor = new RegistryContributor(VENDOR, VENDOR, null, null);
		int before = registry.getExtensionPoint(PageContributions.EXTENSION_POINT).getExtensions().length;
		assertTrue(registry.addContribution(new ByteArrayInputStream(pluginXml.getBytes(StandardCharsets.UTF_8)), contributor, false,
				null, null, null), "the registry takes the contribution (-Declipse.registry.nulltoken=true)");
		for (IExtension extension : registry.getExtensionPoint(PageContributions.EXTENSION_POINT).getExtensions()) {
			if (extension.getConfigurationElements().length > 0
					&& extension.getConfigurationElements()[0].getAttribute("id").startsWith("test.broken.")) {
				added.add(extension);
			}
		}
		assertEquals(before + 1, registry.getExtensionPoint(PageContributions.EXTENSION_POINT).getExtensions().length);
	}

	private static Text activeTextEditor(org.eclipse.swt.widgets.Composite table) {
		for (Control child : table.getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no cell editor is active");
	}
}
