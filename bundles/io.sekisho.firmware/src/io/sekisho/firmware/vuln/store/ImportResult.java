package io.sekisho.firmware.vuln.store;

import java.util.List;

import io.sekisho.firmware.vuln.StoreStatus;

/**
 * The outcome of an import that completed: per file what it did, and the store's status afterwards.
 *
 * @param rebuilt whether the store was rebuilt from its kept feed files first (new store format)
 */
public record ImportResult(List<FileResult> files, StoreStatus status, boolean rebuilt) {
	public ImportResult {
		files = List.copyOf(files);
	}
}
