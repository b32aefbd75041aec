package io.sekisho.firmware.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
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

/**
 * sekishoc firmware lookup [--store DIR] (--cpe CPE23 [--hardware CPE23] | --vendor V [--product P] [--model M]
 * --version TEXT): one tab-separated line per CVE, {@code CVE-ID STATUS SEVERITY KEV-DUE|- FIXED-IN|-}, STATUS
 * AFFECTED, POSSIBLE or AWAITING. A version no scheme can read is reported (exit 1): nothing can be ruled out.
 */
public final class LookupSubcommand implements Command {

	private static final String NONE = "-"; //$NON-NLS-1$

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		Options o = Options.parse(args, List.of("--store", "--cpe", "--hardware", "--vendor", "--product", "--model", "--version"), List.of()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
		if (!o.positional().isEmpty()) {
			throw new CommandException(NLS.bind(MatchMessages.Cli_unexpectedArgument, o.positional().get(0)), ExitCode.USAGE);
		}
		FirmwareQuery query = query(o);
		try (VulnerabilityStore store = Stores.open(o.value("--store").map(Path::of))) { //$NON-NLS-1$
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

	private static FirmwareQuery query(Options o) throws CommandException {
		Optional<String> cpe = o.value("--cpe"); //$NON-NLS-1$
		if (cpe.isPresent()) {
			if (o.value("--vendor").isPresent() || o.value("--version").isPresent()) { //$NON-NLS-1$ //$NON-NLS-2$
				throw new CommandException(MatchMessages.Lookup_cpeOrVendor, ExitCode.USAGE);
			}
			Cpe firmware = parse(cpe.get());
			if (firmware.getVersion() == null || firmware.getVersion().isEmpty() || "*".equals(firmware.getVersion()) || NONE.equals(firmware.getVersion())) { //$NON-NLS-1$
				throw new CommandException(NLS.bind(MatchMessages.Lookup_cpeWithoutVersion, cpe.get()), ExitCode.USAGE);
			}
			List<Product> hardware = new ArrayList<>();
			if (o.value("--hardware").isPresent()) { //$NON-NLS-1$
				Cpe h = parse(o.value("--hardware").get()); //$NON-NLS-1$
				hardware.add(new Product(h.getVendor(), h.getProduct()));
			}
			String version = unescape(firmware.getVersion());
			String update = firmware.getUpdate();
			if (update != null && !update.isEmpty() && !"*".equals(update) && !NONE.equals(update)) { //$NON-NLS-1$
				version = version + "-" + unescape(update); //$NON-NLS-1$
			}
			return new FirmwareQuery(List.of(new Product(firmware.getVendor(), firmware.getProduct())), version, hardware);
		}
		String vendor = o.value("--vendor").orElseThrow(() -> new CommandException(MatchMessages.Lookup_cpeOrVendor, ExitCode.USAGE)); //$NON-NLS-1$
		String version = o.value("--version").orElseThrow(() -> new CommandException(MatchMessages.Lookup_missingVersion, ExitCode.USAGE)); //$NON-NLS-1$
		String product = o.value("--product").orElse(null); //$NON-NLS-1$
		String model = o.value("--model").orElse(null); //$NON-NLS-1$
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
