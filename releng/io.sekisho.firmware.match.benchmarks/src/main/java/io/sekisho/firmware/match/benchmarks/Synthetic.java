package io.sekisho.firmware.match.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.sekisho.firmware.vuln.Configuration;
import io.sekisho.firmware.vuln.CpeMatch;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.InMemoryVulnerabilityStore;
import io.sekisho.firmware.vuln.Node;
import io.sekisho.firmware.vuln.VulnerabilityStores;

/**
 * A large store made from the shapes of the shipped snapshot's real records: each real record is copied with new
 * ids; 5% of the copies stay on their real products (FortiOS gets about a thousand records), the rest move to one of
 * 2,000 made-up vendors' products, with version bounds shifted so that ranges differ.
 */
final class Synthetic {

	private Synthetic() {
	}

	/** A store of made-up records; {@link Result#records()} gives them for a feed file. */
	record Result(java.util.Collection<CveRecord> records) {
	}

	static Result store(int records) throws IOException {
		InMemoryVulnerabilityStore real = VulnerabilityStores.openShippedSnapshot();
		List<CveRecord> fortios = real.candidates("fortinet", "fortios");
		List<CveRecord> all = new ArrayList<>();
		for (String vendorProduct : List.of("fortinet:fortios", "yamaha:rtx1210_firmware", "cisco:ios_xe", "ivanti:connect_secure", "nec_corporation:univerge_ix-r/ix-v")) {
			String[] vp = vendorProduct.split(":");
			all.addAll(real.candidates(vp[0], vp[1]));
		}
		java.util.Map<String, CveRecord> store = new java.util.LinkedHashMap<>();
		all.forEach(r -> store.put(r.cveId(), r));
		for (int i = 0; store.size() < records; i++) {
			boolean stay = i % 20 == 0; // a FortiOS copy
			CveRecord t = stay ? fortios.get((i / 20) % fortios.size()) : all.get(i % all.size());
			CveRecord copy = copy(t, String.format("CVE-2090-%07d", i), stay ? null : "vendor_" + (i % 2_000), i);
			store.put(copy.cveId(), copy);
		}
		return new Result(store.values());
	}

	private static CveRecord copy(CveRecord t, String id, String vendor, int i) {
		List<Configuration> configurations = new ArrayList<>();
		for (Configuration c : t.configurations()) {
			List<Node> nodes = new ArrayList<>();
			for (Node n : c.nodes()) {
				List<CpeMatch> matches = new ArrayList<>();
				for (CpeMatch m : n.matches()) {
					String criteria = vendor == null ? m.criteria() : m.criteria().replaceFirst("^(cpe:2\\.3:[aho]):[^:]+:([^:]+):", "$1:" + vendor + ":$2_" + (i % 7) + ":");
					matches.add(new CpeMatch(m.vulnerable(), criteria, shift(m.versionStartIncluding(), i), m.versionStartExcluding(), shift(m.versionEndIncluding(), i),
							shift(m.versionEndExcluding(), i)));
				}
				nodes.add(new Node(n.operator(), n.negate(), matches));
			}
			configurations.add(new Configuration(c.operator(), c.negate(), nodes));
		}
		return new CveRecord(id, t.published(), t.lastModified(), t.vulnStatus(), t.descriptionEn(), t.scores(), configurations, t.cnaAffected(), t.cweIds(),
				t.references());
	}

	/** Moves the last number of a bound by up to 9, so copies have ranges of their own. */
	private static String shift(String bound, int i) {
		if (bound == null || !bound.matches(".*\\d$")) {
			return bound;
		}
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)$").matcher(bound);
		m.find();
		return bound.substring(0, m.start()) + (Integer.parseInt(m.group(1)) + i % 10);
	}
}
