package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IContributor;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.spi.RegistryContributor;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.views.markers.MarkerItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.core.checks.FacilityChecks;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.ui.internal.markers.LiveProblems;
import io.sekisho.ui.internal.markers.ProblemMarkers;
import io.sekisho.ui.tests.checks.MarkedDeviceCheck;

/**
 * The Problems view follows the editor: after a command the checks run again (debounced, in the background) and
 * the markers change within a second, with the error and warning icons of the Problems view.
 */
class LiveProblemsTest {

	private static final String VENDOR = "com.example.vendor.brokencheck"; //$NON-NLS-1$

	private FacilityEditor editor;
	private final List<IExtension> added = new ArrayList<>();

	@BeforeEach
	void open() throws Exception {
		editor = UiTestSupport.openDemoCopy();
		assertNotNull(editor.liveProblems());
		assertTrue(UiTestSupport.waitUntil(() -> !markers(m -> true).isEmpty()), "the demo's problems are shown when it opens");
	}

	@AfterEach
	void close() {
		UiTestSupport.close(editor);
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		for (IExtension extension : added) {
			registry.removeExtension(extension, null);
		}
	}

	@Test
	void anInvalidAddressIsAnErrorWithinASecondAndGoesWithUndo() throws Exception {
		Device device = editor.workbook().getDevices().get(1);
		long start = System.nanoTime();
		execute(SetCommand.create(editor.getEditingDomain(), device, FacilityPackage.Literals.DEVICE__IP_ADDRESSES, List.of("10.10.0.999")));
		assertTrue(UiTestSupport.waitUntil(() -> !markers(message("10.10.0.999")).isEmpty()), "a marker for the address");
		long millis = (System.nanoTime() - start) / 1_000_000;
		System.out.println("LiveProblemsTest: marker after " + millis + " ms (checks debounced " + LiveProblems.DELAY_MS + " ms)"); //$NON-NLS-1$ //$NON-NLS-2$
		// the time is reported, not asserted (timings belong in benchmarks; this machine is shared): the marker came
		// from the background check of an unsaved change, not from a save
		IMarker marker = markers(message("10.10.0.999")).get(0);
		assertEquals(IMarker.SEVERITY_ERROR, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(device.getId(), marker.getAttribute(ProblemMarkers.ELEMENT_ATTRIBUTE, null), "the marker names the element by its id");
		assertTrue(editor.isDirty(), "checked before any save");

		assertSame(imageOf(IMarker.SEVERITY_ERROR), problemsViewImage(message("10.10.0.999")), "the Problems view shows the error icon");

		editor.getEditingDomain().getCommandStack().undo();
		assertTrue(UiTestSupport.waitUntil(() -> markers(message("10.10.0.999")).isEmpty()), "undo removes the marker");
	}

	@Test
	void theLocationColumnNamesTheElementAsTheEditorDoesNotItsPath() throws Exception {
		Device device = editor.workbook().getDevices().get(1);
		execute(SetCommand.create(editor.getEditingDomain(), device, FacilityPackage.Literals.DEVICE__IP_ADDRESSES, List.of("10.10.0.999")));
		assertTrue(UiTestSupport.waitUntil(() -> !markers(message("10.10.0.999")).isEmpty()), "a marker for the address");

		String location = markers(message("10.10.0.999")).get(0).getAttribute(IMarker.LOCATION, ""); //$NON-NLS-1$
		assertTrue(location.contains(device.getName()), location);
		// the demo's other problems (checklist answers, accounts, firmware, the network map): no element path with
		// feature names, edition ids or enum literals
		for (IMarker marker : markers(m -> m.getAttribute(ProblemMarkers.ELEMENT_ATTRIBUTE, null) != null)) {
			String where = marker.getAttribute(IMarker.LOCATION, ""); //$NON-NLS-1$
			assertTrue(!where.isBlank() && !where.startsWith("/") && !where.contains("mhlw-") && !where.contains("checklistAssessments"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"location of \"" + marker.getAttribute(IMarker.MESSAGE, "") + "\": " + where); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	@Test
	void aContributedCheckIsAWarningWithTheWarningIcon() throws Exception {
		Device device = FacilityFactory.eINSTANCE.createDevice();
		device.setName(MarkedDeviceCheck.NAME);
		execute(AddCommand.create(editor.getEditingDomain(), editor.workbook(), FacilityPackage.Literals.FACILITY_WORKBOOK__DEVICES, device));
		assertTrue(UiTestSupport.waitUntil(() -> !markers(message(MarkedDeviceCheck.MESSAGE)).isEmpty()), "the fragment's check is a marker");
		IMarker marker = markers(message(MarkedDeviceCheck.MESSAGE)).get(0);
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertEquals("io.sekisho.ui.tests.check", marker.getAttribute(ProblemMarkers.SOURCE_ATTRIBUTE, null));

		// the view shows at most 100 rows per severity and the demo has more warnings: any warning row has the icon
		Image warning = problemsViewImage(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_WARNING);
		assertSame(imageOf(IMarker.SEVERITY_WARNING), warning, "the Problems view shows the warning icon");
		assertNotEquals(imageOf(IMarker.SEVERITY_ERROR), warning);
	}

	@Test
	void aBrokenCheckIsAWarningNamingItsBundle() throws Exception {
		IExtensionRegistry registry = Platform.getExtensionRegistry();
		IContributor contributor = new RegistryContributor(VENDOR, VENDOR, null, null);
		String xml = "<plugin><extension point=\"io.sekisho.core.checks\"><check id=\"test.broken.check\" name=\"Broken vendor check\""
				+ " class=\"com.example.vendor.NoSuchCheck\"/></extension></plugin>";
		assertTrue(registry.addContribution(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), contributor, false, null, null, null),
				"-Declipse.registry.nulltoken=true");
		for (IExtension extension : registry.getExtensionPoint(FacilityChecks.EXTENSION_POINT).getExtensions()) {
			if (VENDOR.equals(extension.getContributor().getName())) {
				added.add(extension);
			}
		}
		assertEquals(1, added.size());
		// any edit checks again with the registry read anew
		execute(SetCommand.create(editor.getEditingDomain(), editor.workbook().getDevices().get(2), FacilityPackage.Literals.NAMED__NAME, "RENAMED-01"));
		assertTrue(UiTestSupport.waitUntil(() -> !markers(message(VENDOR)).isEmpty()), "the broken check is named in the Problems view");
		IMarker marker = markers(message(VENDOR)).get(0);
		assertEquals(IMarker.SEVERITY_WARNING, marker.getAttribute(IMarker.SEVERITY, -1));
		assertTrue(marker.getAttribute(IMarker.MESSAGE, "").contains("Broken vendor check"), marker.getAttribute(IMarker.MESSAGE, ""));
		// the other checks still run: the model's own warnings are there
		assertTrue(!markers(m -> "io.sekisho.model".equals(m.getAttribute(ProblemMarkers.SOURCE_ATTRIBUTE, null))).isEmpty());
	}

	private void execute(Command command) {
		assertTrue(command.canExecute());
		editor.getEditingDomain().getCommandStack().execute(command);
	}

	private static Predicate<IMarker> message(String part) {
		return m -> m.getAttribute(IMarker.MESSAGE, "").contains(part); //$NON-NLS-1$
	}

	private List<IMarker> markers(Predicate<IMarker> filter) {
		try {
			return Arrays.stream(editor.file().findMarkers(ProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO)).filter(filter).toList();
		} catch (CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	/** The image the Problems view draws for a severity: the IDE's image declared by Sekisho's workbench advisor. */
	private static Image imageOf(int severity) {
		String key = severity == IMarker.SEVERITY_ERROR ? "IMG_OBJS_ERROR_PATH" : "IMG_OBJS_WARNING_PATH"; //$NON-NLS-1$ //$NON-NLS-2$
		ImageDescriptor descriptor = PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(key);
		assertNotNull(descriptor, key + " is declared");
		Image image = JFaceResources.getResources().create(descriptor);
		JFaceResources.getResources().destroy(descriptor);
		return image;
	}

	/** Opens the Problems view and returns the icon of the first row whose marker is one {@code filter} accepts. */
	private static Image problemsViewImage(Predicate<IMarker> filter) throws Exception {
		IViewPart view = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW);
		Composite shell = view.getSite().getShell();
		List<TreeItem> found = new ArrayList<>();
		assertTrue(UiTestSupport.waitUntil(() -> {
			found.clear();
			for (Tree tree : trees(shell, new ArrayList<>())) {
				find(tree, tree.getItems(), filter).ifPresent(found::add);
			}
			return !found.isEmpty();
		}), "the Problems view lists the marker");
		return found.get(0).getImage();
	}

	/** The tables with columns (the Problems view's among them; its first column is the description). */
	private static List<Tree> trees(Control control, List<Tree> into) {
		if (control instanceof Tree tree && tree.getColumnCount() > 0 && tree.isVisible()) {
			into.add(tree);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				trees(child, into);
			}
		}
		return into;
	}

	/** Searches the rows, expanding the severity groups as a user's click would. */
	private static Optional<TreeItem> find(Tree tree, TreeItem[] items, Predicate<IMarker> filter) {
		for (TreeItem item : items) {
			if (item.getData() instanceof MarkerItem row && row.getMarker() != null && row.getMarker().exists() && filter.test(row.getMarker())) {
				return Optional.of(item);
			}
			if (item.getItemCount() > 0) {
				if (!item.getExpanded()) {
					Event event = new Event();
					event.item = item;
					tree.notifyListeners(SWT.Expand, event);
					item.setExpanded(true);
				}
				Optional<TreeItem> inside = find(tree, item.getItems(), filter);
				if (inside.isPresent()) {
					return inside;
				}
			}
		}
		return Optional.empty();
	}
}
