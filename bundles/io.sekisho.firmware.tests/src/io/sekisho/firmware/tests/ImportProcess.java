package io.sekisho.firmware.tests;

import java.nio.file.Path;
import java.util.List;

import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.StoreImporter;

/**
 * An importer in a process of its own, for the test that kills it mid-write: {@code ImportProcess STORE FEED}.
 * Prints "progress N" as records are written, so the test knows the new database is being written.
 */
public final class ImportProcess {
	private ImportProcess() {
	}

	public static void main(String[] args) throws Exception {
		new StoreImporter(Path.of(args[0])).importFiles(List.of(Path.of(args[1])), new ImportListener() {
			@Override
			public void progress(Path file, long records, long bytes) {
				System.out.println("progress " + records);
				System.out.flush();
			}
		});
		System.out.println("done");
	}
}
