package io.sekisho.netmap.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GridIndexTest {

	@Test
	void findsItemsSpanningSeveralCellsOnce() {
		GridIndex<String> index = new GridIndex<>(100);
		index.put("wide", new Rect(50, 50, 400, 20));
		index.put("far", new Rect(1000, 1000, 10, 10));
		assertEquals(Set.of("wide"), index.query(new Rect(300, 40, 10, 40)));
		assertEquals(1, index.query(new Rect(0, 0, 500, 500)).size());
		assertEquals(List.of("wide"), index.at(449, 69));
		assertTrue(index.at(451, 69).isEmpty());
	}

	@Test
	void negativeCoordinatesAndMoving() {
		GridIndex<String> index = new GridIndex<>(64);
		index.put("a", new Rect(-300, -300, 20, 20));
		assertEquals(Set.of("a"), index.query(new Rect(-290, -290, 1, 1)));
		index.put("a", new Rect(500, 500, 20, 20));
		assertTrue(index.query(new Rect(-290, -290, 1, 1)).isEmpty());
		assertEquals(Set.of("a"), index.query(new Rect(510, 510, 1, 1)));
		assertTrue(index.remove("a"));
		assertFalse(index.remove("a"));
		assertEquals(0, index.size());
		assertTrue(index.query(new Rect(-10_000, -10_000, 20_000, 20_000)).isEmpty());
	}

	@Test
	void agreesWithABruteForceScanOnRandomData() {
		Random random = new Random(12);
		GridIndex<Integer> index = new GridIndex<>(128);
		List<Rect> rects = new ArrayList<>();
		for (int i = 0; i < 3000; i++) {
			Rect r = new Rect(random.nextInt(20_000) - 5000, random.nextInt(12_000) - 3000, 10 + random.nextInt(600),
					10 + random.nextInt(300));
			rects.add(r);
			index.put(i, r);
		}
		for (int i = 0; i < 500; i += 3) {
			rects.set(i, rects.get(i).translate(random.nextInt(400) - 200, random.nextInt(400) - 200));
			index.put(i, rects.get(i));
		}
		for (int q = 0; q < 200; q++) {
			Rect area = new Rect(random.nextInt(20_000) - 5000, random.nextInt(12_000) - 3000, random.nextInt(2000),
					random.nextInt(2000));
			Set<Integer> expected = new HashSet<>();
			for (int i = 0; i < rects.size(); i++) {
				if (rects.get(i).intersects(area)) {
					expected.add(i);
				}
			}
			assertEquals(expected, new HashSet<>(index.query(area)), "query " + area);
		}
		// a query bigger than everything walks the occupied cells and still finds every item
		assertEquals(3000, index.query(new Rect(-1e7, -1e7, 2e7, 2e7)).size());
	}
}
