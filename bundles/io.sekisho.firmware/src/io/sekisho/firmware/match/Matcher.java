package io.sekisho.firmware.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.sekisho.firmware.versions.Version;
import io.sekisho.firmware.versions.VersionScheme;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.versions.VersionTokens;
import io.sekisho.firmware.vuln.CnaAffected;
import io.sekisho.firmware.vuln.CnaVersionRange;
import io.sekisho.firmware.vuln.Configuration;
import io.sekisho.firmware.vuln.CpeMatch;
import io.sekisho.firmware.vuln.CpeNames;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.JvnProduct;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.Node;
import io.sekisho.firmware.vuln.VulnerabilityStore;

/**
 * Matches installed firmware against vulnerability data with NVD's applicability rules: a CVE applies when any one
 * of its configurations does; a configuration's nodes combine with AND or OR, a node's CPE matches with its
 * operator, {@code negate} inverts; {@code vulnerable:false} entries are the hardware the firmware must run on;
 * version bounds are including or excluding, a CPE with a concrete version (and update field) names exactly that
 * release. Values are three-valued: a hardware entry the device cannot confirm makes a configuration POSSIBLE, a
 * version that cannot be read makes it UNREADABLE, never "not affected". Records awaiting analysis match through the
 * CNA's affected data. Stateless apart from the store; thread-safe when the store is.
 */
public final class Matcher {

	/** Three-valued results of a CPE match, node or configuration; in the order OR prefers them. */
	enum Truth {
		TRUE, HARDWARE_UNKNOWN, VERSION_UNKNOWN, FALSE;

		Truth not() {
			return this == TRUE ? FALSE : this == FALSE ? TRUE : this;
		}

		static Truth or(Truth a, Truth b) {
			return a.ordinal() <= b.ordinal() ? a : b;
		}

		static Truth and(Truth a, Truth b) {
			// FALSE wins, then what is unknown about the version, then about the hardware
			if (a == FALSE || b == FALSE) {
				return FALSE;
			}
			if (a == VERSION_UNKNOWN || b == VERSION_UNKNOWN) {
				return VERSION_UNKNOWN;
			}
			if (a == HARDWARE_UNKNOWN || b == HARDWARE_UNKNOWN) {
				return HARDWARE_UNKNOWN;
			}
			return TRUE;
		}
	}

	private static final String AND = "AND"; //$NON-NLS-1$
	private static final String ANY = "*"; //$NON-NLS-1$
	private static final String NA = "-"; //$NON-NLS-1$

	private final VulnerabilityStore store;
	private final VersionSchemes schemes;
	/** CPE names and versions as read once (the records of a product repeat them; the store keeps the records). */
	private final Parsed parsed;
	/** Results of a {@link #cached()} run: the devices of a facility repeat product and version. */
	private final Map<FirmwareQuery, MatchResult> results;

	public Matcher(VulnerabilityStore store, VersionSchemes schemes) {
		this(store, schemes, null, new Parsed(schemes));
	}

	private Matcher(VulnerabilityStore store, VersionSchemes schemes, Map<FirmwareQuery, MatchResult> results, Parsed parsed) {
		this.store = store;
		this.schemes = schemes;
		this.results = results;
		this.parsed = parsed;
	}

	/**
	 * @return a matcher for one run over many devices that looks each product up once (the answers are kept until
	 *         the returned matcher is dropped)
	 */
	public Matcher cached() {
		return results != null ? this : new Matcher(new CachedStore(store), schemes, new java.util.HashMap<>(), parsed);
	}

	/** @return the vulnerabilities of the firmware, AFFECTED known-exploited first, then by severity and id */
	public MatchResult match(FirmwareQuery query) {
		if (results != null) {
			return results.computeIfAbsent(query, this::matchOnce);
		}
		return matchOnce(query);
	}

	private MatchResult matchOnce(FirmwareQuery query) {
		Product primary = query.primary();
		VersionScheme scheme = schemes.forProduct(primary.vendor(), primary.product());
		Optional<Version> installed = scheme.parse(query.versionText());
		Map<String, CveMatch> found = new LinkedHashMap<>();
		HardwareAnswers hardware = new HardwareAnswers();
		for (Product product : query.firmware()) {
			for (CveRecord cve : store.candidates(product.vendor(), product.product())) {
				if (found.containsKey(cve.cveId()) && found.get(cve.cveId()).applicability() == Applicability.AFFECTED) {
					continue;
				}
				Optional<CveMatch> match = cve.awaitingAnalysis() ? matchCna(cve, query, installed) : matchNvd(cve, query, installed, scheme, hardware);
				match.ifPresent(m -> found.merge(m.id(), m, Matcher::better));
			}
		}
		withKevAndJvn(found);
		matchJvnOnly(query, installed, found);
		List<CveMatch> matches = sorted(found.values());
		return new MatchResult(query, installed, schemes.idFor(primary.vendor(), primary.product()), matches);
	}

	/** Puts the KEV entries and JVN advisories of the NVD and CNA hits in, asked for all hits at once. */
	private void withKevAndJvn(Map<String, CveMatch> found) {
		if (found.isEmpty()) {
			return;
		}
		Map<String, KevEntry> kev = store.kev(found.keySet());
		Map<String, List<JvnAdvisory>> jvn = store.jvnFor(found.keySet());
		for (Map.Entry<String, CveMatch> e : found.entrySet()) {
			CveMatch m = e.getValue();
			e.setValue(new CveMatch(m.id(), m.cve(), m.applicability(), m.fixedIn(), m.basis(), Optional.ofNullable(kev.get(m.id())),
					jvn.getOrDefault(m.id(), List.of())));
		}
	}

	/** AFFECTED first, known exploited first, then by score (highest first) and id; keys computed once per match. */
	private static List<CveMatch> sorted(java.util.Collection<CveMatch> matches) {
		record Keyed(CveMatch match, int applicability, boolean notExploited, double score) {
		}
		List<Keyed> keyed = new ArrayList<>(matches.size());
		for (CveMatch m : matches) {
			keyed.add(new Keyed(m, m.applicability().ordinal(), !m.knownExploited(), -m.score().orElse(0.0)));
		}
		keyed.sort(Comparator.comparingInt(Keyed::applicability).thenComparing(Keyed::notExploited).thenComparingDouble(Keyed::score)
				.thenComparing(k -> k.match().id()));
		List<CveMatch> result = new ArrayList<>(keyed.size());
		keyed.forEach(k -> result.add(k.match()));
		return result;
	}

	private static CveMatch better(CveMatch a, CveMatch b) {
		return a.applicability().ordinal() <= b.applicability().ordinal() ? a : b;
	}

	// ---- NVD configurations

	/** What one configuration found: its truth and the fixed version told by the firmware entry that matched. */
	private record Outcome(Truth truth, String fixedIn) {
	}

	private Optional<CveMatch> matchNvd(CveRecord cve, FirmwareQuery query, Optional<Version> installed, VersionScheme primaryScheme,
			HardwareAnswers hardware) {
		Truth best = Truth.FALSE;
		String fixedIn = null;
		Compiled[] leaves = parsed.leaves(cve);
		int[] at = { 0 };
		for (Configuration configuration : cve.configurations()) {
			Outcome outcome = evaluate(configuration, query, installed, leaves, at, hardware);
			if (outcome.truth().ordinal() < best.ordinal()) {
				best = outcome.truth();
				fixedIn = outcome.fixedIn();
			} else if (outcome.truth() == best && fixedIn == null) {
				fixedIn = outcome.fixedIn();
			}
		}
		Applicability applicability = switch (best) {
		case TRUE -> Applicability.AFFECTED;
		case HARDWARE_UNKNOWN -> Applicability.POSSIBLE;
		case VERSION_UNKNOWN -> Applicability.UNREADABLE;
		case FALSE -> null;
		};
		if (applicability == null) {
			return Optional.empty();
		}
		if (fixedIn != null && stillAffected(cve, query, fixedIn, primaryScheme, leaves, hardware)) {
			fixedIn = null; // the range ends there, but the record lists that release (or a hotfix of it) as vulnerable too
		}
		return Optional.of(new CveMatch(cve.cveId(), cve, applicability, fixedIn, CveMatch.BASIS_NVD, Optional.empty(), List.of()));
	}

	/** @return whether the version a range's end names is itself affected by another statement of the record */
	private boolean stillAffected(CveRecord cve, FirmwareQuery query, String fixedIn, VersionScheme primaryScheme, Compiled[] leaves,
			HardwareAnswers hardware) {
		Optional<Version> fixed = parsed.bound(primaryScheme, fixedIn);
		if (fixed.isEmpty()) {
			return true;
		}
		int[] at = { 0 };
		boolean affected = false;
		for (Configuration configuration : cve.configurations()) {
			affected |= evaluate(configuration, query, fixed, leaves, at, hardware).truth() == Truth.TRUE; // every one: the cursor walks all leaves
		}
		return affected;
	}

	/** {@code leaves}: the record's cpeMatches as read once, in the order of the walk; {@code at}: the walk's place. */
	private Outcome evaluate(Configuration configuration, FirmwareQuery query, Optional<Version> installed, Compiled[] leaves, int[] at,
			HardwareAnswers hardware) {
		boolean and = AND.equalsIgnoreCase(configuration.operator());
		Truth result = null;
		String fixedIn = null;
		for (Node node : configuration.nodes()) {
			Outcome outcome = evaluate(node, query, installed, leaves, at, hardware);
			result = result == null ? outcome.truth() : and ? Truth.and(result, outcome.truth()) : Truth.or(result, outcome.truth());
			if (outcome.fixedIn() != null && fixedIn == null) {
				fixedIn = outcome.fixedIn();
			}
		}
		Truth truth = result == null ? Truth.FALSE : result;
		return new Outcome(configuration.negate() ? truth.not() : truth, fixedIn);
	}

	private Outcome evaluate(Node node, FirmwareQuery query, Optional<Version> installed, Compiled[] leaves, int[] at, HardwareAnswers hardware) {
		boolean and = AND.equalsIgnoreCase(node.operator());
		Truth result = null;
		String fixedIn = null;
		for (CpeMatch match : node.matches()) {
			Truth truth = evaluate(leaves[at[0]++], query, installed, hardware);
			if (truth == Truth.TRUE && fixedIn == null && match.vulnerable()) {
				fixedIn = match.versionEndExcluding();
			}
			result = result == null ? truth : and ? Truth.and(result, truth) : Truth.or(result, truth);
		}
		Truth truth = result == null ? Truth.FALSE : result;
		return new Outcome(node.negate() ? truth.not() : truth, node.negate() ? null : fixedIn);
	}

	/** {@code hardware}: the answers for the hardware names met so far in this lookup (a few dozen names, met again and again). */
	private Truth evaluate(Compiled compiled, FirmwareQuery query, Optional<Version> installed, HardwareAnswers hardware) {
		CpeMatch match = compiled.match();
		Cpe cpe = compiled.cpe();
		String vendor = cpe.vendor();
		String product = cpe.product();
		if (cpe.hardware()) {
			int named = hardware.get(cpe.id());
			if (named == 0) {
				named = !query.hardware().isEmpty() && HardwareNames.matches(query.hardware(), vendor, product) ? 1 : 2;
				hardware.put(cpe.id(), named);
			}
			if (named == 1) {
				return Truth.TRUE;
			}
			// a platform entry the device cannot confirm: unknown hardware, or named differently (NVD is inconsistent)
			return match.vulnerable() ? Truth.FALSE : Truth.HARDWARE_UNKNOWN;
		}
		if (!isFirmware(query, vendor, product)) {
			return Truth.FALSE;
		}
		return compiled.matches(installed);
	}

	private static boolean isFirmware(FirmwareQuery query, String vendor, String product) {
		for (Product p : query.firmware()) {
			if (p.vendor().equals(vendor) && p.product().equals(product)) {
				return true;
			}
		}
		return false;
	}

	static Truth versionMatches(CpeMatch match, Optional<Version> installed, VersionScheme scheme) {
		return versionMatches(match, Cpe.of(match.criteria(), null), installed, scheme, new Parsed(null));
	}

	private static Truth versionMatches(CpeMatch match, Cpe cpe, Optional<Version> installed, VersionScheme scheme, Parsed parsed) {
		String version = cpe.version();
		String update = cpe.update();
		boolean anyVersion = version == null || version.equals(ANY) || version.equals(NA);
		boolean bounded = match.versionStartIncluding() != null || match.versionStartExcluding() != null || match.versionEndIncluding() != null
				|| match.versionEndExcluding() != null;
		if (anyVersion && !bounded) {
			return Truth.TRUE; // every version of the product
		}
		if (installed.isEmpty()) {
			return Truth.VERSION_UNKNOWN;
		}
		Version v = installed.get();
		if (!anyVersion) {
			return exact(v, version, update, scheme, parsed);
		}
		Truth truth = Truth.TRUE;
		truth = Truth.and(truth, bound(v, match.versionStartIncluding(), scheme, c -> c >= 0, parsed));
		truth = Truth.and(truth, bound(v, match.versionStartExcluding(), scheme, c -> c > 0, parsed));
		truth = Truth.and(truth, bound(v, match.versionEndIncluding(), scheme, c -> c <= 0, parsed));
		truth = Truth.and(truth, bound(v, match.versionEndExcluding(), scheme, c -> c < 0, parsed));
		return truth;
	}

	private static Truth exact(Version installed, String version, String update, VersionScheme scheme, Parsed parsed) {
		boolean anyUpdate = update == null || update.equals(ANY);
		Optional<Version> named = anyUpdate || update.equals(NA) ? parsed.version(scheme, version) : parsed.cpeVersion(scheme, version, update);
		if (named.isEmpty()) {
			return Truth.VERSION_UNKNOWN;
		}
		if (installed.equals(named.get())) {
			return Truth.TRUE;
		}
		if (anyUpdate && scheme.updateFieldHoldsReleases() && extends_(installed, named.get())) {
			return Truth.TRUE; // pan-os:10.2.9:* covers 10.2.9-h4
		}
		return Truth.FALSE;
	}

	/** @return whether {@code longer} is {@code base} followed by a word (a hotfix or release suffix) */
	private static boolean extends_(Version longer, Version base) {
		List<Object> a = longer.tokens();
		List<Object> b = base.tokens();
		return a.size() > b.size() && a.subList(0, b.size()).equals(b) && a.get(b.size()) instanceof String;
	}

	private interface Comparison {
		boolean holds(int compareResult);
	}

	private static Truth bound(Version installed, String bound, VersionScheme scheme, Comparison comparison) {
		return bound(installed, bound, scheme, comparison, null);
	}

	private static Truth bound(Version installed, String bound, VersionScheme scheme, Comparison comparison, Parsed parsed) {
		if (bound == null) {
			return Truth.TRUE;
		}
		Optional<Version> b = parsed == null ? scheme.parse(VersionTokens.unescapeCpe(bound)) : parsed.bound(scheme, bound);
		if (b.isEmpty()) {
			return Truth.VERSION_UNKNOWN;
		}
		return comparison.holds(installed.compareTo(b.get())) ? Truth.TRUE : Truth.FALSE;
	}

	// ---- records awaiting analysis: the CNA's affected data

	private Optional<CveMatch> matchCna(CveRecord cve, FirmwareQuery query, Optional<Version> installed) {
		VersionScheme scheme = schemes.forProduct(query.primary().vendor(), query.primary().product());
		boolean named = false;
		Truth best = Truth.FALSE;
		String fixedIn = null;
		for (CnaAffected affected : cve.cnaAffected()) {
			named = true;
			for (CnaVersionRange range : affected.versions()) {
				Truth truth = cnaRange(range, installed, scheme);
				if (truth.ordinal() < best.ordinal()) {
					best = truth;
					fixedIn = truth == Truth.TRUE ? range.lessThan() : null;
				}
			}
			if (affected.versions().isEmpty()) {
				best = Truth.or(best, Truth.VERSION_UNKNOWN);
			}
		}
		if (!named || best == Truth.FALSE) {
			return Optional.empty(); // the CNA names other versions only
		}
		return Optional.of(new CveMatch(cve.cveId(), cve, Applicability.AWAITING, fixedIn, CveMatch.BASIS_CNA, Optional.empty(), List.of()));
	}

	private static Truth cnaRange(CnaVersionRange range, Optional<Version> installed, VersionScheme scheme) {
		boolean affected = range.status() == null || "affected".equalsIgnoreCase(range.status()); //$NON-NLS-1$
		if (!affected) {
			return Truth.FALSE;
		}
		if (installed.isEmpty()) {
			return Truth.VERSION_UNKNOWN;
		}
		Version v = installed.get();
		String start = range.version();
		boolean openStart = start == null || start.isBlank() || start.equals("0") || start.equals(ANY); //$NON-NLS-1$
		if (range.lessThan() != null || range.lessThanOrEqual() != null) {
			Truth truth = openStart ? Truth.TRUE : bound(v, start, scheme, c -> c >= 0);
			truth = Truth.and(truth, bound(v, range.lessThan(), scheme, c -> c < 0));
			return Truth.and(truth, bound(v, range.lessThanOrEqual(), scheme, c -> c <= 0));
		}
		if (openStart) {
			return Truth.VERSION_UNKNOWN;
		}
		if (!start.strip().contains(" ") && !start.contains(",")) { //$NON-NLS-1$ //$NON-NLS-2$
			Optional<Version> exact = scheme.parse(start);
			return exact.isEmpty() ? Truth.VERSION_UNKNOWN : v.equals(exact.get()) ? Truth.TRUE : Truth.FALSE;
		}
		// free text ("All versions from Ver1.1 through Ver1.3, ..."): read the ranges it states
		return CnaVersionText.read(start, scheme).map(ranges -> ranges.stream().anyMatch(r -> r.contains(v)) ? Truth.TRUE : Truth.FALSE)
				.orElse(Truth.VERSION_UNKNOWN);
	}

	// ---- JVN-only advisories of Japanese vendors (lower confidence)

	private void matchJvnOnly(FirmwareQuery query, Optional<Version> installed, Map<String, CveMatch> found) {
		VersionScheme scheme = schemes.forProduct(query.primary().vendor(), query.primary().product());
		List<String> names = new ArrayList<>();
		query.firmware().forEach(p -> names.add(HardwareNames.squeeze(p.product())));
		query.hardware().forEach(p -> names.add(HardwareNames.squeeze(p.product())));
		for (String vendor : query.firmware().stream().map(Product::vendor).distinct().toList()) {
			for (JvnAdvisory advisory : store.jvnByVendor(vendor)) {
				if (found.containsKey(advisory.jvnId())) {
					continue;
				}
				Truth best = Truth.FALSE;
				for (JvnProduct product : advisory.products()) {
					if (!namesDevice(product, names)) {
						continue;
					}
					Truth truth = installed.isEmpty() ? Truth.VERSION_UNKNOWN
							: CnaVersionText.read(product.versionText(), scheme)
									.map(ranges -> ranges.stream().anyMatch(r -> r.contains(installed.get())) ? Truth.TRUE : Truth.FALSE)
									.orElse(Truth.VERSION_UNKNOWN);
					best = Truth.or(best, truth);
				}
				if (best != Truth.FALSE) {
					found.put(advisory.jvnId(), new CveMatch(advisory.jvnId(), null, Applicability.AWAITING, null, CveMatch.BASIS_JVN, Optional.empty(),
							List.of(advisory)));
				}
			}
		}
	}

	private static boolean namesDevice(JvnProduct product, List<String> names) {
		String cpe = product.cpe();
		if (cpe != null) {
			String name = cpe.startsWith("cpe:/") ? CpeNames.part(cpe, 3) : CpeNames.part(cpe, 4); //$NON-NLS-1$
			if (name != null && names.contains(HardwareNames.squeeze(name))) {
				return true;
			}
		}
		String text = product.product() == null ? "" : HardwareNames.squeeze(product.product()); //$NON-NLS-1$
		return names.stream().anyMatch(n -> n.length() >= 4 && text.contains(n.replace("firmware", ""))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** The parts of a cpeMatch's criteria the matcher compares, read once per distinct criteria. */
	/** Per lookup, whether the device's hardware is the one a hardware name means: 0 not asked yet, 1 yes, 2 no; by {@link Cpe#id}. */
	private static final class HardwareAnswers {
		private byte[] answers = new byte[64];

		int get(int id) {
			return id < answers.length ? answers[id] : 0;
		}

		void put(int id, int answer) {
			if (id >= answers.length) {
				answers = java.util.Arrays.copyOf(answers, Math.max(id + 1, answers.length * 2));
			}
			answers[id] = (byte) answer;
		}
	}

	/** @param id a small number per distinct criteria text, for per-lookup tables */
	record Cpe(int id, boolean hardware, String vendor, String product, String version, String update, VersionScheme scheme) {
		static Cpe of(String criteria, VersionSchemes schemes) {
			return of(0, criteria, schemes);
		}

		/** @param schemes where the scheme of a firmware name comes from, or null for none */
		static Cpe of(int id, String criteria, VersionSchemes schemes) {
			boolean hardware = "h".equals(CpeNames.part(criteria, 2)); //$NON-NLS-1$
			String vendor = lower(CpeNames.part(criteria, 3));
			String product = lower(CpeNames.part(criteria, 4));
			return new Cpe(id, hardware, vendor, product, VersionTokens.unescapeCpe(CpeNames.part(criteria, 5)),
					VersionTokens.unescapeCpe(CpeNames.part(criteria, 6)), hardware || schemes == null ? null : schemes.forProduct(vendor, product));
		}
	}

	/**
	 * One firmware cpeMatch as read once: its CPE name and its bounds (or exact version) in its product's scheme, so
	 * that matching a version is a few comparisons.
	 */
	record Compiled(CpeMatch match, Cpe cpe, boolean every, Optional<Version> exact, boolean anyUpdate, Optional<Version> startIncluding,
			Optional<Version> startExcluding, Optional<Version> endIncluding, Optional<Version> endExcluding) {

		static Compiled of(CpeMatch match, Cpe cpe, Parsed parsed) {
			VersionScheme scheme = cpe.scheme();
			String version = cpe.version();
			boolean anyVersion = version == null || version.equals(ANY) || version.equals(NA);
			boolean bounded = match.versionStartIncluding() != null || match.versionStartExcluding() != null || match.versionEndIncluding() != null
					|| match.versionEndExcluding() != null;
			String update = cpe.update();
			boolean anyUpdate = update == null || update.equals(ANY);
			Optional<Version> exact = null;
			if (!anyVersion && scheme != null) {
				exact = anyUpdate || update.equals(NA) ? parsed.version(scheme, version) : parsed.cpeVersion(scheme, version, update);
			}
			return new Compiled(match, cpe, anyVersion && !bounded, anyVersion ? null : exact, anyUpdate, bound(scheme, match.versionStartIncluding(), parsed),
					bound(scheme, match.versionStartExcluding(), parsed), bound(scheme, match.versionEndIncluding(), parsed),
					bound(scheme, match.versionEndExcluding(), parsed));
		}

		/** null: no bound; empty: a bound the scheme cannot read. */
		private static Optional<Version> bound(VersionScheme scheme, String text, Parsed parsed) {
			return text == null || scheme == null ? null : parsed.bound(scheme, text);
		}

		/** The same answer as {@link Matcher#versionMatches}, from what was read once. */
		Truth matches(Optional<Version> installed) {
			if (every) {
				return Truth.TRUE; // every version of the product
			}
			if (installed.isEmpty()) {
				return Truth.VERSION_UNKNOWN;
			}
			Version v = installed.get();
			if (exact != null) {
				if (exact.isEmpty()) {
					return Truth.VERSION_UNKNOWN;
				}
				if (v.equals(exact.get())) {
					return Truth.TRUE;
				}
				return anyUpdate && cpe.scheme().updateFieldHoldsReleases() && extends_(v, exact.get()) ? Truth.TRUE : Truth.FALSE;
			}
			Truth truth = Truth.TRUE;
			truth = Truth.and(truth, compare(v, startIncluding, 1));
			truth = Truth.and(truth, compare(v, startExcluding, 2));
			truth = Truth.and(truth, compare(v, endIncluding, 3));
			return Truth.and(truth, compare(v, endExcluding, 4));
		}

		private static Truth compare(Version v, Optional<Version> bound, int kind) {
			if (bound == null) {
				return Truth.TRUE;
			}
			if (bound.isEmpty()) {
				return Truth.VERSION_UNKNOWN;
			}
			int c = v.compareTo(bound.get());
			boolean holds = switch (kind) {
			case 1 -> c >= 0;
			case 2 -> c > 0;
			case 3 -> c <= 0;
			default -> c < 0;
			};
			return holds ? Truth.TRUE : Truth.FALSE;
		}
	}

	/**
	 * What the matcher read from the records' text: CPE names, and versions per scheme. Bounded (cleared when full);
	 * thread-safe. The records of one product repeat the same names and bounds, so a register of thousands of devices
	 * reads each once.
	 */
	static final class Parsed {
		private static final int MAX = 50_000;
		private final VersionSchemes schemes;
		private final Map<String, Cpe> cpes = new java.util.concurrent.ConcurrentHashMap<>();
		private final java.util.concurrent.atomic.AtomicInteger ids = new java.util.concurrent.atomic.AtomicInteger();

		Parsed(VersionSchemes schemes) {
			this.schemes = schemes;
		}
		private final Map<VersionScheme, Map<String, Optional<Version>>> versions = new java.util.concurrent.ConcurrentHashMap<>();

		private final Map<CpeMatch, Compiled> compiled = new java.util.concurrent.ConcurrentHashMap<>();

		/** The records' cpeMatches as read, by record (identity: the store hands out the same records while it caches them). */
		private final Map<CveRecord, Compiled[]> leaves = java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

		Compiled[] leaves(CveRecord cve) {
			Compiled[] known = leaves.get(cve);
			if (known == null) {
				List<Compiled> all = new ArrayList<>();
				for (Configuration configuration : cve.configurations()) {
					for (Node node : configuration.nodes()) {
						for (CpeMatch match : node.matches()) {
							all.add(compiled(match));
						}
					}
				}
				known = all.toArray(new Compiled[0]);
				if (leaves.size() > MAX) {
					leaves.clear();
				}
				leaves.put(cve, known);
			}
			return known;
		}

		Compiled compiled(CpeMatch match) {
			Compiled c = compiled.get(match);
			if (c == null) {
				if (compiled.size() > MAX) {
					compiled.clear();
				}
				c = Compiled.of(match, cpe(match.criteria()), this);
				compiled.put(match, c);
			}
			return c;
		}

		Cpe cpe(String criteria) {
			Cpe cpe = cpes.get(criteria);
			if (cpe == null) {
				synchronized (cpes) {
					cpe = cpes.get(criteria);
					if (cpe == null) {
						if (cpes.size() > MAX) {
							cpes.clear();
							compiled.clear();
							leaves.clear();
						}
						cpe = Cpe.of(ids.incrementAndGet(), criteria, schemes); // never reused, even after a clear
						cpes.put(criteria, cpe);
					}
				}
			}
			return cpe;
		}

		/** A bound or fixed version as NVD writes it (CPE-escaped). */
		Optional<Version> bound(VersionScheme scheme, String text) {
			return cached(scheme, text, () -> scheme.parse(VersionTokens.unescapeCpe(text)));
		}

		Optional<Version> version(VersionScheme scheme, String text) {
			return cached(scheme, '\u0001' + text, () -> scheme.parse(text));
		}

		Optional<Version> cpeVersion(VersionScheme scheme, String version, String update) {
			return cached(scheme, '\u0002' + version + '\u0000' + update, () -> scheme.parseCpe(version, update));
		}

		private Optional<Version> cached(VersionScheme scheme, String key, java.util.function.Supplier<Optional<Version>> parse) {
			Map<String, Optional<Version>> ofScheme = versions.computeIfAbsent(scheme, k -> new java.util.concurrent.ConcurrentHashMap<>());
			Optional<Version> version = ofScheme.get(key);
			if (version == null) {
				if (ofScheme.size() > MAX) {
					ofScheme.clear();
				}
				version = parse.get();
				ofScheme.put(key, version);
			}
			return version;
		}
	}

	private static String lower(String s) {
		return s == null ? "" : s.toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}
}
