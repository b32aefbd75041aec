package io.sekisho.firmware.vuln.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.store.StoreWriter.Prepared;
import io.sekisho.firmware.vuln.store.StoreWriter.PreparedCve;

/** The reading pipeline hands over every record of every file in file order, whatever the threads and budget. */
class FeedPipelineTest {
	@TempDir
	Path temp;

	/** A feed of {@code count} minimal records numbered from {@code first}. */
	private Path feed(String name, int first, int count) throws IOException {
		StringBuilder json = new StringBuilder("{\"vulnerabilities\":[");
		for (int i = 0; i < count; i++) {
			json.append(i == 0 ? "" : ",").append("{\"cve\":{\"id\":\"CVE-2020-").append(first + i)
					.append("\",\"lastModified\":\"2026-01-01T00:00:00.000\",\"descriptions\":[{\"lang\":\"en\",")
					.append("\"value\":\"").append("x".repeat(200)).append("\"}]}}");
		}
		Path file = temp.resolve(name);
		Files.writeString(file, json.append("]}"), StandardCharsets.UTF_8);
		return file;
	}

	private static List<Long> drain(FeedPipeline.Slot slot) throws IOException {
		List<Long> numbers = new ArrayList<>();
		slot.drain(new FeedPipeline.Consumer() {
			@Override
			public void record(Prepared item) {
				numbers.add(Long.valueOf(((PreparedCve) item).number()));
			}

			@Override
			public void progress(long records, long bytes) {
				assertTrue(records <= numbers.size(), "progress follows what was handed over");
			}
		});
		return numbers;
	}

	private static List<Long> expected(int first, int count) {
		List<Long> numbers = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			numbers.add(Long.valueOf(2020 * 100_000_000L + first + i));
		}
		return numbers;
	}

	@Test
	void filesComeInOrderWithAnyThreadsAndBudget() throws IOException {
		List<FeedPipeline.Source> sources = List.of(
				new FeedPipeline.Source(feed("a.json", 10_000, 4000), "a.json", false),
				new FeedPipeline.Source(feed("b.json", 20_000, 30), "b.json", false),
				new FeedPipeline.Source(feed("c.json", 30_000, 2500), "c.json", false),
				new FeedPipeline.Source(feed("d.json", 40_000, 1), "d.json", false));
		// budget 1 byte: a reader ahead of the head can buffer nothing and must wait for its turn
		for (long budget : new long[] { 1, 64 << 10, 96L << 20 }) {
			for (int threads : new int[] { 1, 2, 4 }) {
				try (FeedPipeline pipeline = new FeedPipeline(new FeedReader(), sources, threads, budget)) {
					List<FeedPipeline.Slot> slots = pipeline.slots();
					assertEquals(expected(10_000, 4000), drain(slots.get(0)), threads + " threads, " + budget);
					assertEquals(expected(20_000, 30), drain(slots.get(1)));
					assertEquals(expected(30_000, 2500), drain(slots.get(2)));
					assertEquals(expected(40_000, 1), drain(slots.get(3)));
				}
			}
		}
	}

	@Test
	void aFailureShowsAtItsFileAndClosingStopsTheOthers() throws IOException {
		Path bad = temp.resolve("bad.json");
		Files.writeString(bad, "{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-2020-1\"}},{\"cve\":[}");
		List<FeedPipeline.Source> sources = List.of(
				new FeedPipeline.Source(feed("a.json", 10_000, 500), "a.json", false),
				new FeedPipeline.Source(bad, "bad.json", false),
				new FeedPipeline.Source(feed("c.json", 30_000, 20_000), "c.json", false));
		try (FeedPipeline pipeline = new FeedPipeline(new FeedReader(), sources, 3, 1 << 20)) {
			assertEquals(expected(10_000, 500), drain(pipeline.slots().get(0)));
			FeedException e = assertThrows(FeedException.class, () -> drain(pipeline.slots().get(1)));
			assertTrue(e.getMessage().contains("bad.json"), e.getMessage());
		} // closing with c.json still being read must not hang
	}
}
