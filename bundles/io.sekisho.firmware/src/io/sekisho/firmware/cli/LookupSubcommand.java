package io.sekisho.firmware.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.firmware.match.Applicability;
import io.sekisho.firmware.match.CveMatch;
import io.sekisho.firmware.match.DeviceProducts;
import io.sekisho.firmware.match.FirmwareQuery;
import io.sekisho.firmware.match.MatchResult;
import io.sekisho.firmware.match.Matcher;
import io.sekisho.firmware.match.Product;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.versions.VersionTokens;
import io.sekisho.firmware.vuln.CpeNames;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * sekishoc firmware lookup [--store DIR] (--cpe CPE23 [--hardware CPE23] | --vendor V [--product P] [--model M]
 * --version TEXT): one tab-separated line per CVE, {@code CVE-ID STATUS SEVERITY KEV-DUE|- FIXED-IN|-}, STATUS
 * AFFECTED, POSSIBLE or AWAITING. A version no scheme can read is reported (exit 1): nothing can be ruled out.
 */
@Command(name = "lookup")
public final class LookupSubcommand implements SekishocCommand {

	private static final String NONE = "-"; //$NON-NLS-1$

	@Mixin
	private StoreOption storeOption = new StoreOption();

	@Option(names = "--cpe", paramLabel = "CPE23")
	private String cpe;

	@Option(names = "--hardware", paramLabel = "CPE23")
	private String hardwareCpe;

	@Option(names = "--vendor", paramLabel = "V")
	private String vendor;

	@Option(names = "--product", paramLabel = "P")
	private String product;

	@Option(names = "--model", paramLabel = "M")
	private String model;

	@Option(names = "--version", paramLabel = "TEXT")
	private String version;

	@Override
	public int run(CommandIO io) throws CommandException {
		FirmwareQuery query = query();
		try (VulnerabilityStore store = Stores.open(storeOption.explicit(), io.err())) {
			MatchResult result = new Matcher(store, VersionSchemes.fromPlatform()).match(query);
			if (!result.versionReadable()) {
				throw new CommandException(NLS.bind(MatchMessages.Lookup_unreadableVersion, query.versionText(), result.scheme()), ExitCode.PROBLEMS);
			}
			for (CveMatch m : result.matches()) {
				io.out().println(String.join("\t", m.id(), status(m.applicability()), m.severity(), //$NON-NLS-1$
						m.kev().map(k -> k.dueDate() == null ? NONE : k.dueDate().toString()).orElse(NONE), m.fixedIn() == null ? NONE : m.fixedIn()));
			}
		}
		return ExitCode.OK;
	}

	/** UNREADABLE (a bound the scheme cannot read) is printed as POSSIBLE: the record may apply. */
	static String status(Applicability applicability) {
		return applicability == Applicability.UNREADABLE ? Applicability.POSSIBLE.name() : applicability.name();
	}

	private FirmwareQuery query() throws CommandException {
		if (cpe != null) {
			if (vendor != null || version != null) {
				throw new CommandException(MatchMessages.Lookup_cpeOrVendor, ExitCode.USAGE);
			}
			Cpe firmware = parse(cpe);
			if (firmware.getVersion() == null || firmware.getVersion().isEmpty() || "*".equals(firmware.getVersion()) || NONE.equals(firmware.getVersion())) { //$NON-NLS-1$
				throw new CommandException(NLS.bind(MatchMessages.Lookup_cpeWithoutVersion, cpe), ExitCode.USAGE);
			}
			List<Product> hardware = new ArrayList<>();
			if (hardwareCpe != null) {
				Cpe h = parse(hardwareCpe);
				hardware.add(new Product(h.getVendor(), h.getProduct()));
			}
			String text = unescape(firmware.getVersion());
			String update = firmware.getUpdate();
			if (update != null && !update.isEmpty() && !"*".equals(update) && !NONE.equals(update)) { //$NON-NLS-1$
				text = text + "-" + unescape(update); //$NON-NLS-1$
			}
			return new FirmwareQuery(List.of(new Product(firmware.getVendor(), firmware.getProduct())), text, hardware);
		}
		if (vendor == null) {
			throw new CommandException(MatchMessages.Lookup_cpeOrVendor, ExitCode.USAGE);
		}
		if (version == null) {
			throw new CommandException(MatchMessages.Lookup_missingVersion, ExitCode.USAGE);
		}
		Optional<DeviceProducts.Products> products = DeviceProducts.of(vendor, model, product, null, null);
		if (products.isPresent()) {
			return products.get().query(version);
		}
		if (product == null) {
			throw new CommandException(NLS.bind(MatchMessages.Lookup_unknownVendor, vendor), ExitCode.PROBLEMS);
		}
		// a vendor Sekisho has no alias for: take the names as CPE spells them
		return new FirmwareQuery(List.of(new Product(CpeNames.normalize(vendor), CpeNames.normalize(product))), version,
				model == null ? List.of() : List.of(new Product(CpeNames.normalize(vendor), CpeNames.normalize(model))));
	}

	/** A CPE 2.3 formatted string: {@code cpe:2.3:} and eleven more components, part a, o or h, vendor and product named. */
	private record Cpe(String part, String vendor, String product, String version, String update) {
		String getVendor() {
			return vendor;
		}

		String getProduct() {
			return product;
		}

		String getVersion() {
			return version;
		}

		String getUpdate() {
			return update;
		}
	}

	private static Cpe parse(String text) throws CommandException {
		if (text.length() > 1000 || !text.startsWith("cpe:2.3:") || CpeNames.part(text, 12) == null || CpeNames.part(text, 13) != null) { //$NON-NLS-1$
			throw new CommandException(NLS.bind(MatchMessages.Lookup_badCpe, text, "cpe:2.3:part:vendor:product:version:update:edition:language:sw_edition:target_sw:target_hw:other"), //$NON-NLS-1$
					ExitCode.USAGE);
		}
		String part = CpeNames.part(text, 2);
		String vendor = CpeNames.part(text, 3);
		String product = CpeNames.part(text, 4);
		if (!List.of("a", "o", "h").contains(part) || vendor.isEmpty() || product.isEmpty() || "*".equals(vendor) || "*".equals(product)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			throw new CommandException(NLS.bind(MatchMessages.Lookup_badCpe, text, "part a|o|h, vendor:product"), ExitCode.USAGE); //$NON-NLS-1$
		}
		return new Cpe(part, VersionTokens.unescapeCpe(vendor), VersionTokens.unescapeCpe(product), CpeNames.part(text, 5), CpeNames.part(text, 6));
	}

	private static String unescape(String s) {
		return VersionTokens.unescapeCpe(s);
	}
}
