package io.sekisho.firmware.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.StoreStatus;
import io.sekisho.firmware.vuln.VulnerabilityStore;

/**
 * Remembers the answers of a store for one matching run: the devices of a facility share a few products (ten floor
 * switches, twelve access points of one model), so each product is looked up once. Not thread-safe; closing it
 * does not close the store it wraps.
 */
final class CachedStore implements VulnerabilityStore {

	private final VulnerabilityStore store;
	private final Map<String, List<CveRecord>> candidates = new HashMap<>();
	private final Map<String, Optional<KevEntry>> kev = new HashMap<>();
	private final Map<String, List<JvnAdvisory>> jvn = new HashMap<>();
	private final Map<String, List<JvnAdvisory>> jvnByVendor = new HashMap<>();

	CachedStore(VulnerabilityStore store) {
		this.store = store;
	}

	@Override
	public List<CveRecord> candidates(String cpeVendor, String cpeProduct) {
		return candidates.computeIfAbsent(cpeVendor + ':' + cpeProduct, k -> store.candidates(cpeVendor, cpeProduct));
	}

	@Override
	public Optional<KevEntry> kev(String cveId) {
		return kev.computeIfAbsent(cveId, store::kev);
	}

	@Override
	public List<JvnAdvisory> jvnFor(String cveId) {
		return jvn.computeIfAbsent(cveId, store::jvnFor);
	}

	@Override
	public List<JvnAdvisory> jvnByVendor(String vendor) {
		return jvnByVendor.computeIfAbsent(vendor, store::jvnByVendor);
	}

	@Override
	public StoreStatus status() {
		return store.status();
	}

	@Override
	public void close() {
		// the wrapped store belongs to the caller
	}
}
