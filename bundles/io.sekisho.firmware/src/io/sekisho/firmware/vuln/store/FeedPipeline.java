package io.sekisho.firmware.vuln.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.FeedSink;
import io.sekisho.firmware.vuln.feed.FeedSummary;
import io.sekisho.firmware.vuln.store.StoreWriter.Prepared;
import io.sekisho.firmware.vuln.store.StoreWriter.PreparedCve;
import io.sekisho.firmware.vuln.store.StoreWriter.PreparedJvn;
import io.sekisho.firmware.vuln.store.StoreWriter.PreparedKev;

/**
 * Reads the feed files of one import on several threads and hands their records to the one writer in file order.
 * Reading (gunzip, JSON, building and encoding records) is nearly all of an import's time and the files are
 * independent, so while the writer takes the records of the file at the head, the next files are read ahead into a
 * buffer of bounded weight. The writer sees exactly the sequence a one-by-one import would give, so added, updated
 * and skipped counts and the stored records do not depend on the thread count.
 */
final class FeedPipeline implements AutoCloseable {
	/** Most items queued for the head file (it is written as it is read; the bound only slows a fast reader). */
	private static final int HEAD_QUEUE = 1024;
	private static final int MAX_THREADS = 4;

	/** One feed file to read: a new file, or a kept one replayed under the name it was imported with. */
	record Source(Path file, String name, boolean kept) {
	}

	/** The records read are announced every so many records. */
	record Progress(long records, long bytes) {
	}

	private record End(FeedSummary summary) {
	}

	private record Failure(IOException error) {
	}

	/** What the writer does with each item of a file. */
	interface Consumer {
		void record(Prepared item) throws IOException;

		void progress(long records, long bytes) throws IOException;
	}

	/** The items of one file, in the order read. */
	final class Slot {
		private final Source source;
		private final ArrayDeque<Object> items = new ArrayDeque<>();
		private final ArrayDeque<Integer> weights = new ArrayDeque<>();

		private Slot(Source source) {
			this.source = source;
		}

		Source source() {
			return source;
		}

		/**
		 * Hands every item of this file to the consumer, in order, until the file was read to its end.
		 *
		 * @return what the reader found in the file
		 * @throws IOException what reading the file failed with, or what the consumer threw
		 */
		FeedSummary drain(Consumer consumer) throws IOException {
			while (true) {
				Object item = take(this);
				if (item instanceof Prepared prepared) {
					consumer.record(prepared);
				} else if (item instanceof Progress p) {
					consumer.progress(p.records(), p.bytes());
				} else if (item instanceof End end) {
					return end.summary();
				} else if (item instanceof Failure failure) {
					throw failure.error();
				}
			}
		}
	}

	private final FeedReader reader;
	private final List<Slot> slots = new ArrayList<>();
	private final long budget;
	private final ExecutorService readers;
	private int head;
	private long buffered;
	private boolean closed;

	/**
	 * Starts reading.
	 *
	 * @param threads readers at most (one per file is the most that helps)
	 * @param budget weight of the records read ahead for files after the head, in bytes
	 */
	FeedPipeline(FeedReader reader, List<Source> sources, int threads, long budget) {
		this.reader = reader;
		this.budget = budget;
		for (Source source : sources) {
			slots.add(new Slot(source));
		}
		int count = Math.max(1, Math.min(Math.min(threads, MAX_THREADS), sources.size()));
		readers = Executors.newFixedThreadPool(count, new ReaderThreads());
		for (Slot slot : slots) {
			readers.execute(() -> read(slot));
		}
		readers.shutdown(); // no more tasks; the threads end when the files are read
	}

	/** As many readers as processors, and a budget of a fifth of the heap (at most 96 MB). */
	static FeedPipeline start(FeedReader reader, List<Source> sources) {
		long budget = Math.min(96L << 20, Runtime.getRuntime().maxMemory() / 5);
		return new FeedPipeline(reader, sources, Runtime.getRuntime().availableProcessors(), budget);
	}

	/** The files in the order given; drain each in turn. */
	List<Slot> slots() {
		return slots;
	}

	// ---- the readers' side

	private void read(Slot slot) {
		FeedSink sink = new FeedSink() {
			@Override
			public void cve(CveRecord record) throws IOException {
				PreparedCve item = PreparedCve.of(record);
				put(slot, item, item.weight());
			}

			@Override
			public void kev(KevEntry entry) throws IOException {
				PreparedKev item = PreparedKev.of(entry);
				put(slot, item, item.weight());
			}

			@Override
			public void jvn(JvnAdvisory advisory) throws IOException {
				PreparedJvn item = PreparedJvn.of(advisory);
				put(slot, item, item.weight());
			}
		};
		Object last;
		try {
			Source source = slot.source();
			FeedSummary summary;
			if (source.kept()) {
				try (InputStream in = Files.newInputStream(source.file())) {
					summary = reader.read(source.name(), in, sink,
							(records, bytes) -> put(slot, new Progress(records, bytes), 0));
				}
			} else {
				summary = reader.read(source.file(), sink,
						(records, bytes) -> put(slot, new Progress(records, bytes), 0));
			}
			last = new End(summary);
		} catch (IOException e) {
			last = new Failure(e);
		} catch (RuntimeException | Error e) {
			last = new Failure(new IOException(e.toString(), e));
		}
		synchronized (this) {
			slot.items.add(last); // always taken: the writer waits for it
			slot.weights.add(Integer.valueOf(0));
			notifyAll();
		}
	}

	private synchronized void put(Slot slot, Object item, int weight) throws InterruptedIOException {
		while (!closed && !room(slot, weight)) {
			try {
				wait();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException();
			}
		}
		if (closed) {
			throw new InterruptedIOException();
		}
		slot.items.add(item);
		slot.weights.add(Integer.valueOf(weight));
		buffered += weight;
		notifyAll();
	}

	/** The head file's reader only waits for a short queue; the others for the budget. */
	private boolean room(Slot slot, int weight) {
		if (slot == slots.get(head)) {
			return slot.items.size() < HEAD_QUEUE;
		}
		return buffered + weight <= budget;
	}

	// ---- the writer's side

	private synchronized Object take(Slot slot) throws InterruptedIOException {
		int index = slots.indexOf(slot);
		if (index != head) {
			head = index;
			notifyAll(); // its reader now only waits for the head queue
		}
		while (slot.items.isEmpty()) {
			try {
				wait();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new InterruptedIOException();
			}
		}
		Object item = slot.items.poll();
		buffered -= slot.weights.poll().intValue();
		notifyAll();
		return item;
	}

	/** Stops the readers that are still reading (after a failure or a cancel) and waits for them. */
	@Override
	public void close() {
		synchronized (this) {
			closed = true;
			for (Slot slot : slots) {
				slot.items.clear();
				slot.weights.clear();
			}
			buffered = 0;
			notifyAll();
		}
		readers.shutdownNow();
		try {
			readers.awaitTermination(30, TimeUnit.SECONDS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	private static final class ReaderThreads implements ThreadFactory {
		private static final AtomicInteger NUMBER = new AtomicInteger();

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "vulnerability-feed-reader-" + NUMBER.incrementAndGet()); //$NON-NLS-1$
			thread.setDaemon(true);
			return thread;
		}
	}
}
