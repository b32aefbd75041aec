package io.sekisho.netmap.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.ModelIds;
import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.netmap.ui.canvas.ContainerFigure;
import io.sekisho.netmap.ui.canvas.DiagramCanvas;
import io.sekisho.netmap.ui.canvas.Figure;

/** The map as a page of the real facility editor: commands on its stack, dirty state, save, reopen, selection. */
class NetworkMapPageTest {

	private static final String EDITOR_ID = "io.sekisho.ui.facilityEditor"; //$NON-NLS-1$

	private static IFile newFacility(FacilityWorkbook workbook) throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("map-" + System.nanoTime()); //$NON-NLS-1$
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		IFile file = project.getFile("facility.sekisho"); //$NON-NLS-1$
		SekishoFiles.save(workbook, file.getLocation().toFile().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());
		return file;
	}

	private static FormEditor open(IFile file) throws Exception {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FormEditor editor = (FormEditor) IDE.openEditor(page, file, EDITOR_ID);
		editor.setActivePage(NetworkMapPage.ID);
		NetworkMapPage mapPage = (NetworkMapPage) editor.findPage(NetworkMapPage.ID);
		assertNotNull(mapPage, "the network map page is contributed to the facility editor");
		MapUi.waitUntil(() -> mapPage.view() != null && mapPage.view().initialViewShown() && mapPage.view().firstLayoutDone());
		return editor;
	}

	private static NetworkMapView viewOf(FormEditor editor) {
		return ((NetworkMapPage) editor.findPage(NetworkMapPage.ID)).view();
	}

	@Test
	void drawUndoRedoSaveAndReopenInTheFacilityEditor() throws Exception {
		FacilityWorkbook empty = Workbooks.create(ModelIds.newId(), new byte[32]);
		empty.getFacility().setName("テスト診療所"); //$NON-NLS-1$
		IFile file = newFacility(empty);
		FormEditor editor = open(file);
		NetworkMapView view = viewOf(editor);
		DiagramCanvas canvas = view.canvas();
		CommandStack stack = ((IEditingDomainProvider) editor).getEditingDomain().getCommandStack();
		FacilityWorkbook workbook = facilityOf(editor);
		canvas.setZoom(1);
		canvas.viewport().setOrigin(0, 0);

		MapUi.choose(view.palette(), Messages.Palette_zone);
		MapUi.click(canvas, 60, 60, 0);
		Zone zone = workbook.getZones().get(0);
		ContainerFigure zoneFigure = assertInstanceOf(ContainerFigure.class, canvas.scene().figureOf(zone));
		MapUi.choose(view.palette(), DeviceKind.VPN_GATEWAY.label());
		Point first = MapUi.screen(canvas, zoneFigure.bounds().x() + 100, zoneFigure.bounds().y() + 90);
		MapUi.click(canvas, first.x, first.y, 0);
		MapUi.choose(view.palette(), DeviceKind.SERVER.label());
		Point second = MapUi.screen(canvas, zoneFigure.bounds().x() + 330, zoneFigure.bounds().y() + 150);
		MapUi.click(canvas, second.x, second.y, 0);
		Device vpn = workbook.getDevices().get(0);
		Device server = workbook.getDevices().get(1);
		assertTrue(editor.isDirty());

		Figure vpnFigure = canvas.scene().figureOf(vpn);
		Point vpnCenter = MapUi.center(canvas, vpnFigure.bounds());
		MapUi.click(canvas, vpnCenter.x, vpnCenter.y, 0);
		IStructuredSelection selection = (IStructuredSelection) editor.getSite().getSelectionProvider().getSelection();
		assertEquals(List.of(vpn), selection.toList(), "the Properties view edits the selected device");
		Point handle = MapUi.screen(canvas, vpnFigure.bounds().right() + 14, vpnFigure.bounds().centerY());
		Point serverCenter = MapUi.center(canvas, canvas.scene().figureOf(server).bounds());
		MapUi.drag(canvas, handle.x, handle.y, serverCenter.x, serverCenter.y);
		Link link = workbook.getLinks().get(0);
		assertSame(vpn, link.getSource());

		stack.undo();
		MapUi.settle();
		assertNull(canvas.scene().figureOf(link));
		stack.redo();
		MapUi.settle();
		assertNotNull(canvas.scene().figureOf(link));
		Figure serverFigure = canvas.scene().figureOf(server);
		double serverX = serverFigure.bounds().x();

		// the view goes into the diagram with the save (FacilityPage.aboutToSave), and comes back on opening
		canvas.setZoom(0.8);
		canvas.viewport().setOrigin(-40, -30);
		editor.doSave(new NullProgressMonitor());
		MapUi.settle();
		assertFalse(editor.isDirty());
		MapUi.screenshot(editor.getSite().getShell(), "page-drawn"); //$NON-NLS-1$
		editor.getSite().getPage().closeEditor(editor, false);
		MapUi.settle();

		FormEditor reopened = open(file);
		try {
			FacilityWorkbook again = facilityOf(reopened);
			assertEquals(1, again.getZones().size());
			assertEquals(2, again.getDevices().size());
			assertEquals(1, again.getLinks().size());
			DiagramCanvas canvasAgain = viewOf(reopened).canvas();
			Device serverAgain = again.getDevices().stream().filter(d -> d.getId().equals(server.getId())).findFirst().orElseThrow();
			assertEquals(serverX, canvasAgain.scene().figureOf(serverAgain).bounds().x(), 0.5);
			assertNotNull(canvasAgain.scene().figureOf(again.getLinks().get(0)));
			assertFalse(reopened.isDirty(), "opening the map changes nothing");
			assertEquals(0.8, canvasAgain.viewport().zoom(), 1e-9);
			assertEquals(-40, canvasAgain.viewport().originX(), 0.5);
			assertEquals(-30, canvasAgain.viewport().originY(), 0.5);
			// the diagram root in the Outline reads as the map, not as a class name with an id
			org.eclipse.emf.edit.provider.ComposedAdapterFactory factory = new org.eclipse.emf.edit.provider.ComposedAdapterFactory(
					org.eclipse.emf.edit.provider.ComposedAdapterFactory.Descriptor.Registry.INSTANCE);
			try {
				Object diagram = ((IEditingDomainProvider) reopened).getEditingDomain().getResourceSet().getResources().get(0).getContents().get(1);
				org.eclipse.emf.edit.provider.IItemLabelProvider labels = (org.eclipse.emf.edit.provider.IItemLabelProvider) factory.adapt(diagram,
						org.eclipse.emf.edit.provider.IItemLabelProvider.class);
				assertEquals(Messages.Page_title, labels.getText(diagram));
			} finally {
				factory.dispose();
			}
		} finally {
			reopened.getSite().getPage().closeEditor(reopened, false);
			MapUi.settle();
		}
	}

	@Test
	void theDemoHospitalInJapanese() throws Exception {
		IFile file = newFacility(DemoFacility.build());
		FormEditor editor = open(file);
		try {
			NetworkMapView view = viewOf(editor);
			assertFalse(editor.isDirty());
			assertTrue(view.lastResults().stream().anyMatch(r -> !r.path().isEmpty()), "a path into the hospital is found");
			MapUi.waitUntil(() -> markerCount(file) > 0);
			editor.getSite().getPage().getWorkbenchWindow().getShell().setMaximized(true);
			MapUi.settle();
			view.canvas().fit();
			MapUi.screenshot(editor.getSite().getShell(), "page-demo"); //$NON-NLS-1$
		} finally {
			editor.getSite().getPage().closeEditor(editor, false);
			MapUi.settle();
		}
	}

	private static int markerCount(IFile file) {
		try {
			// the rules' results are the facility editor's markers, through the check io.sekisho.netmap.checks.rules
			return (int) java.util.Arrays.stream(file.findMarkers("io.sekisho.ui.problem", false, IResource.DEPTH_ZERO)) //$NON-NLS-1$
					.filter(m -> io.sekisho.netmap.analysis.NetmapProblems.SOURCE.equals(m.getAttribute("io.sekisho.source", null))) //$NON-NLS-1$
					.count();
		} catch (org.eclipse.core.runtime.CoreException e) {
			throw new IllegalStateException(e);
		}
	}

	private static FacilityWorkbook facilityOf(FormEditor editor) {
		return (FacilityWorkbook) ((IEditingDomainProvider) editor).getEditingDomain().getResourceSet().getResources().get(0)
				.getContents().get(0);
	}
}
