package io.sekisho.netmap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class GeometryTest {

	@Test
	void distanceToSegmentClampsToTheEnds() {
		assertEquals(5, Geometry.distanceToSegment(3, 5, 0, 0, 10, 0), 1e-9);
		assertEquals(5, Geometry.distanceToSegment(-3, 4, 0, 0, 10, 0), 1e-9);
		assertEquals(Math.hypot(3, 4), Geometry.distanceToSegment(13, 4, 0, 0, 10, 0), 1e-9);
		assertEquals(0, Geometry.distanceToSegment(2, 2, 2, 2, 2, 2), 1e-9);
	}

	@Test
	void anchorLiesOnTheOutline() {
		Rect box = new Rect(0, 0, 100, 40);
		assertArrayEquals(new double[] { 100, 20 }, Geometry.anchor(box, 500, 20), 1e-9);
		assertArrayEquals(new double[] { 50, 0 }, Geometry.anchor(box, 50, -300), 1e-9);
		double[] diagonal = Geometry.anchor(box, 1000, 1000);
		assertEquals(40, diagonal[1], 1e-9);
		assertTrue(diagonal[0] > 50 && diagonal[0] < 100);
	}

	@Test
	void polylineBoundsMidpointAndHit() {
		double[] points = Geometry.flatten(List.of(new double[] { 0, 0 }, new double[] { 100, 0 }, new double[] { 100, 100 }));
		assertEquals(new Rect(0, 0, 100, 100), Geometry.bounds(points));
		assertArrayEquals(new double[] { 100, 0 }, Geometry.midpoint(points), 1e-9);
		assertEquals(2, Geometry.distanceToPolyline(98, 50, points), 1e-9);
	}

	@Test
	void rectNormalisesAndCombines() {
		Rect r = new Rect(10, 10, -5, -5);
		assertEquals(new Rect(5, 5, 5, 5), r);
		assertEquals(new Rect(0, 0, 30, 30), Rect.spanning(30, 0, 0, 30));
		assertTrue(new Rect(0, 0, 10, 10).intersects(new Rect(10, 10, 5, 5)));
		assertEquals(new Rect(0, 0, 20, 20), new Rect(0, 0, 10, 10).union(new Rect(15, 15, 5, 5)));
		assertEquals(20, Geometry.snap(17, 10), 1e-9);
	}

	@Test
	void handlesResizeButNotBelowTheMinimum() {
		Rect r = new Rect(100, 100, 200, 100);
		assertEquals(new Rect(90, 100, 210, 100), Handles.resize(r, 7, -10, 50));
		assertEquals(new Rect(100, 100, 250, 130), Handles.resize(r, 4, 50, 30));
		Rect tiny = Handles.resize(r, 0, 500, 500);
		assertEquals(Handles.MIN_WIDTH, tiny.width(), 1e-9);
		assertEquals(Handles.MIN_HEIGHT, tiny.height(), 1e-9);
		assertEquals(300, tiny.right(), 1e-9);
		assertEquals(2, Handles.at(r, 299, 101, 4));
		assertEquals(-1, Handles.at(r, 200, 150, 4));
	}

	@Test
	void viewportRoundTripsZoomsAroundThePointerAndFits() {
		Viewport v = new Viewport();
		v.setOrigin(100, 50);
		v.zoomAt(2, 400, 300);
		assertEquals(100 + 400, v.toModelX(400), 1e-9);
		double mx = v.toModelX(400);
		v.zoomAt(0.5, 400, 300);
		assertEquals(mx, v.toModelX(400), 1e-9);
		assertEquals(123, v.toModelX(v.toScreenX(123)), 1e-9);
		v.fit(new Rect(0, 0, 4000, 1000), 800, 600, 0);
		assertEquals(0.2, v.zoom(), 1e-9);
		assertEquals(0, v.toScreenX(0), 1e-9);
		assertEquals(800, v.toScreenX(4000), 1e-9);
		v.zoomAt(1000, 0, 0);
		assertEquals(Viewport.MAX_ZOOM, v.zoom(), 1e-9);
	}

	@Test
	void alignAndDistribute() {
		List<Rect> rects = List.of(new Rect(10, 0, 50, 20), new Rect(100, 40, 30, 30), new Rect(300, 80, 60, 10));
		List<Rect> left = Alignment.align(rects, Alignment.Mode.LEFT);
		assertTrue(left.stream().allMatch(r -> r.x() == 10));
		List<Rect> middle = Alignment.align(rects, Alignment.Mode.MIDDLE);
		assertTrue(middle.stream().allMatch(r -> r.centerY() == 10));
		List<Rect> spread = Alignment.align(List.of(new Rect(0, 0, 10, 10), new Rect(20, 0, 10, 10), new Rect(200, 0, 10, 10)),
				Alignment.Mode.DISTRIBUTE_HORIZONTALLY);
		assertEquals(105, spread.get(1).centerX(), 1e-9);
		assertEquals(5, spread.get(0).centerX(), 1e-9);
		assertEquals(205, spread.get(2).centerX(), 1e-9);
	}
}
