package io.sekisho.firmware.versions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import io.sekisho.firmware.versions.schemes.AlliedTelesisScheme;
import io.sekisho.firmware.versions.schemes.BuffaloScheme;
import io.sekisho.firmware.versions.schemes.CiscoIosScheme;
import io.sekisho.firmware.versions.schemes.CiscoIosXeScheme;
import io.sekisho.firmware.versions.schemes.FortiOsScheme;
import io.sekisho.firmware.versions.schemes.GenericScheme;
import io.sekisho.firmware.versions.schemes.IvantiScheme;
import io.sekisho.firmware.versions.schemes.JuniperScheme;
import io.sekisho.firmware.versions.schemes.NecIxScheme;
import io.sekisho.firmware.versions.schemes.PanOsScheme;
import io.sekisho.firmware.versions.schemes.SonicOsScheme;
import io.sekisho.firmware.versions.schemes.YamahaScheme;

/**
 * The version schemes and the CPE products each one reads. {@link #fromPlatform()} collects them from the extension
 * point {@code io.sekisho.firmware.versions} (Sekisho's own schemes come the same way as a vendor's);
 * {@link #builtIn()} has Sekisho's own without a platform. The first scheme whose product pattern matches wins, in
 * the order of their priority; products without a scheme get the generic one.
 */
public final class VersionSchemes {

	/** One scheme with the CPE {@code vendor:product} patterns it reads ({@code *} matches any run of characters). */
	public record Entry(String id, VersionScheme scheme, List<String> products, int priority) {

		boolean covers(String vendorProduct) {
			for (String product : products) {
				if (glob(product).matcher(vendorProduct).matches()) {
					return true;
				}
			}
			return false;
		}
	}

	private static final VersionScheme GENERIC = new GenericScheme();
	private final List<Entry> entries;
	private final List<String> problems;

	public VersionSchemes(List<Entry> entries) {
		this(entries, List.of());
	}

	VersionSchemes(List<Entry> entries, List<String> problems) {
		this.problems = List.copyOf(problems);
		List<Entry> sorted = new ArrayList<>(entries);
		sorted.sort((a, b) -> Integer.compare(b.priority(), a.priority()));
		this.entries = List.copyOf(sorted);
	}

	/** @return Sekisho's own schemes, the same as its plugin.xml contributes */
	public static VersionSchemes builtIn() {
		return new VersionSchemes(builtInEntries());
	}

	/** @return the schemes contributed through the extension point; the built-in ones when there is no registry */
	public static VersionSchemes fromPlatform() {
		return VersionSchemeRegistry.read(new ArrayList<>()).orElseGet(VersionSchemes::builtIn);
	}

	/** @return contributions that were skipped (bundle, id, reason); empty when all is well */
	public List<String> problems() {
		return problems;
	}

	static List<Entry> builtInEntries() {
		return List.of( //
				new Entry("fortios", new FortiOsScheme(), List.of("fortinet:fortios", "fortinet:fortiproxy", "fortinet:fortios_*"), 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				new Entry("yamaha", new YamahaScheme(), List.of("yamaha:*_firmware", "ntt-west:*_firmware", "ntt-east:*_firmware", "ntt:*_firmware"), 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				new Entry("cisco-ios", new CiscoIosScheme(), List.of("cisco:ios"), 0), //$NON-NLS-1$ //$NON-NLS-2$
				new Entry("cisco-ios-xe", new CiscoIosXeScheme(), List.of("cisco:ios_xe", "rockwellautomation:allen-bradley_stratix_*_firmware"), 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Entry("pan-os", new PanOsScheme(), List.of("paloaltonetworks:pan-os"), 0), //$NON-NLS-1$ //$NON-NLS-2$
				new Entry("sonicos", new SonicOsScheme(), List.of("sonicwall:sonicos", "sonicwall:*_firmware"), 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Entry("nec-ix", new NecIxScheme(), List.of("nec:*ix*", "nec_corporation:*ix*"), 0), //$NON-NLS-1$ //$NON-NLS-2$
				new Entry("allied-telesis", new AlliedTelesisScheme(), List.of("alliedtelesis:*", "allied_telesis:*"), 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Entry("buffalo", new BuffaloScheme(), List.of("buffalo:*", "buffalo_inc:*"), 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				new Entry("ivanti", new IvantiScheme(), List.of("ivanti:connect_secure", "ivanti:policy_secure", "pulsesecure:*", "ivanti:pulse_*"), 0), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				new Entry("juniper", new JuniperScheme(), List.of("juniper:junos", "juniper:junos_os_evolved"), 0)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** @return the scheme for a CPE vendor and product; the generic one when none claims it */
	public VersionScheme forProduct(String vendor, String product) {
		return entryFor(vendor, product).map(Entry::scheme).orElse(GENERIC);
	}

	/** @return the id of the scheme for the product, "generic" when none claims it */
	public String idFor(String vendor, String product) {
		return entryFor(vendor, product).map(Entry::id).orElse("generic"); //$NON-NLS-1$
	}

	private Optional<Entry> entryFor(String vendor, String product) {
		String key = (vendor + ":" + product).toLowerCase(Locale.ROOT); //$NON-NLS-1$
		Optional<Entry> known = chosen.get(key);
		if (known == null) {
			// the globs are regular expressions: the matcher asks for the same few products for every cpeMatch
			known = entries.stream().filter(e -> e.covers(key)).findFirst();
			if (chosen.size() > 10_000) {
				chosen.clear();
			}
			chosen.put(key, known);
		}
		return known;
	}

	/** The entry chosen per {@code vendor:product} (the entries never change after construction). */
	private final java.util.concurrent.ConcurrentMap<String, Optional<Entry>> chosen = new java.util.concurrent.ConcurrentHashMap<>();

	/** @return the entries, highest priority first */
	public List<Entry> entries() {
		return entries;
	}

	private static final java.util.concurrent.ConcurrentMap<String, Pattern> GLOBS = new java.util.concurrent.ConcurrentHashMap<>();

	static Pattern glob(String glob) {
		return GLOBS.computeIfAbsent(glob, VersionSchemes::compileGlob);
	}

	private static Pattern compileGlob(String glob) {
		StringBuilder regex = new StringBuilder();
		for (String part : glob.toLowerCase(Locale.ROOT).split("\\*", -1)) { //$NON-NLS-1$
			if (!regex.isEmpty()) {
				regex.append(".*"); //$NON-NLS-1$
			}
			regex.append(Pattern.quote(part));
		}
		return Pattern.compile(regex.toString());
	}
}
