package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.notation.BendPoint;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.notation.NotationFactory;

/** The diagram is a second root of the .sekisho file: old files load without it, saves keep it. */
class NotationPersistenceTest {

	@TempDir
	Path dir;

	@Test
	void fileWithoutDiagramLoadsAndHasNone() throws Exception {
		Path file = dir.resolve("old.sekisho");
		SekishoFiles.save(DemoFacility.build(), file);
		assertFalse(Files.readString(file, StandardCharsets.UTF_8).contains("netmap"));

		SekishoResource loaded = SekishoFiles.load(file);
		assertEquals(1, loaded.getContents().size());
		assertTrue(Diagrams.find(loaded).isEmpty());
	}

	@Test
	void saveKeepsDiagramBesideWorkbook() throws Exception {
		Path file = dir.resolve("map.sekisho");
		FacilityWorkbook workbook = DemoFacility.build();
		SekishoResource resource = SekishoFiles.save(workbook, file);
		Diagram diagram = Diagrams.findOrAdd(workbook);
		Device device = workbook.getDevices().get(0);
		NodeFigure node = NotationFactory.eINSTANCE.createNodeFigure();
		node.setElementId(device.getId());
		node.setX(120);
		node.setY(-40);
		node.setWidth(96);
		node.setHeight(64);
		node.setPinned(true);
		diagram.getNodes().add(node);
		EdgeFigure edge = NotationFactory.eINSTANCE.createEdgeFigure();
		edge.setElementId(workbook.getLinks().get(0).getId());
		BendPoint bend = NotationFactory.eINSTANCE.createBendPoint();
		bend.setX(7);
		bend.setY(9);
		edge.getBendPoints().add(bend);
		diagram.getEdges().add(edge);
		diagram.getViewport().setZoom(0.5);
		resource.save(null);

		SekishoResource loaded = SekishoFiles.load(file);
		assertEquals(2, loaded.getContents().size());
		assertSame(loaded.workbook(), loaded.getContents().get(0));
		assertEquals(workbook.getDevices().size(), loaded.workbook().getDevices().size());
		Diagram reloaded = Diagrams.find(loaded).orElseThrow();
		assertEquals(workbook.getId(), reloaded.getWorkbookId());
		assertEquals(0.5, reloaded.getViewport().getZoom());
		NodeFigure n = reloaded.getNodes().get(0);
		assertEquals(device.getId(), n.getElementId());
		assertEquals(120, n.getX());
		assertEquals(-40, n.getY());
		assertTrue(n.isPinned());
		assertEquals(9, reloaded.getEdges().get(0).getBendPoints().get(0).getY());
		// the figure refers by id string: no EMF reference into the facility
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("elementId=\"" + device.getId() + "\""));

		// and a second save of the loaded file keeps it again
		loaded.save(null);
		assertEquals(2, SekishoFiles.load(file).getContents().size());
	}
}
