package io.sekisho.firmware.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * The heap in use at its highest during a piece of work: a GC first, the pools' peaks reset, then after the work
 * the sum of the heap pools' peak usage (an upper bound of the real peak, since pools peak at different moments).
 * {@link #baseline()} is what was in use after the GC (the facility model and the JMH harness), so the peak minus
 * the baseline is what the measured work itself needed at most, garbage included.
 */
final class PeakHeap {

	private static double baseline;

	private PeakHeap() {
	}

	static double baseline() {
		return baseline;
	}

	static void reset() {
		System.gc();
		baseline = used() / (1024.0 * 1024.0);
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long used() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				bytes += pool.getUsage().getUsed();
			}
		}
		return bytes;
	}

	static double megabytes() {
		long bytes = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				bytes += pool.getPeakUsage().getUsed();
			}
		}
		return bytes / (1024.0 * 1024.0);
	}
}
