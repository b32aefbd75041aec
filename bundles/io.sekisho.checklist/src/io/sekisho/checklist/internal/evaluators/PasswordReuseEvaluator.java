package io.sekisho.checklist.internal.evaluators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.PasswordAssessment;

/**
 * ⑧: no password used twice. Accounts whose stored fingerprints are equal share a password (the fingerprint is a
 * keyed hash; the password itself is never in the model); the password checker's reuse and factory-default findings
 * count too, named with the product's vendor when the device catalog knows its published defaults; an account that
 * still carries a vendor's documented service account name (GE Healthcare's insite, for instance) is a reason too,
 * even with its password unknown. はい needs every account in scope assessed.
 */
public final class PasswordReuseEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		List<Account> accounts = Scope.accounts(context);
		List<Reason> against = new ArrayList<>();
		DeviceCatalog catalog = DeviceCatalog.fromPlatform();
		boolean allAssessed = !accounts.isEmpty();
		for (Account account : accounts) {
			serviceAccountReason(catalog, account).ifPresent(against::add);
			PasswordAssessment assessment = account.getPasswordAssessment();
			if (fingerprintKey(account) == null) {
				allAssessed = false;
				continue;
			}
			if (assessment.getFindingCodes().contains(PasswordFindings.FACTORY_DEFAULT)) {
				against.add(factoryDefaultReason(catalog, account));
			}
			if (assessment.getFindingCodes().contains(PasswordFindings.REUSED_ACROSS_FACILITIES)) {
				against.add(ReasonTexts.reason("reuse.acrossFacilities", account, Labels.of(account))); //$NON-NLS-1$
			}
		}
		// groups over the whole facility: a vendor's server that shares its password with another vendor's VPN
		// device is reuse on both vendor forms
		Map<String, List<Account>> byFingerprint = new LinkedHashMap<>();
		for (Account account : context.workbook().getAccounts()) {
			String key = fingerprintKey(account);
			if (key != null && (account.getDevice() == null || Scope.inUse(account.getDevice()))) {
				byFingerprint.computeIfAbsent(key, k -> new ArrayList<>()).add(account);
			}
		}
		int shared = 0;
		for (List<Account> sharing : byFingerprint.values()) {
			if (sharing.size() > 1 && sharing.stream().anyMatch(accounts::contains)) {
				against.add(shared++, ReasonTexts.reason("reuse.shared", sharing, sharing.size(), Labels.list(sharing.stream().map(Labels::of).toList()))); //$NON-NLS-1$
			}
		}
		if (against.isEmpty()) {
			// reuse the checker found with accounts the model does not hold (another facility's, for instance)
			for (Account account : accounts) {
				if (account.getPasswordAssessment() != null && account.getPasswordAssessment().getFindingCodes().contains(PasswordFindings.REUSED_IN_FACILITY)) {
					against.add(ReasonTexts.reason("reuse.inFacility", account, Labels.of(account))); //$NON-NLS-1$
				}
			}
		}
		if (!against.isEmpty()) {
			return List.of(Proposal.all(Answer.NO, against));
		}
		return allAssessed ? List.of(Proposal.all(Answer.YES, List.of(ReasonTexts.reason("reuse.none", accounts, accounts.size())))) //$NON-NLS-1$
				: List.of();
	}

	/** "… is still the factory default of YAMAHA RTX1210" when the catalog knows the device's published defaults. */
	private static Reason factoryDefaultReason(DeviceCatalog catalog, Account account) {
		var product = account.getDevice() == null ? java.util.Optional.<CatalogEntry>empty()
				: catalog.find(account.getDevice().getManufacturer(), account.getDevice().getModel())
						.filter(e -> e.accounts().stream().anyMatch(a -> a.password().isPresent()));
		if (product.isEmpty()) {
			return ReasonTexts.reason("reuse.factoryDefault", account, Labels.of(account)); //$NON-NLS-1$
		}
		return ReasonTexts.reason("reuse.factoryDefaultOf", List.of(account), //$NON-NLS-1$
				locale -> new Object[] { Labels.of(account), product.get().label(locale) });
	}

	/** A vendor's documented service account name still in use (active, not deleted): its password is published. */
	private static java.util.Optional<Reason> serviceAccountReason(DeviceCatalog catalog, Account account) {
		if (account.getStatus() != io.sekisho.model.facility.AccountStatus.ACTIVE) {
			return java.util.Optional.empty();
		}
		List<CatalogEntry> products = catalog.serviceAccountsNamed(account.getUserName());
		if (products.isEmpty()) {
			return java.util.Optional.empty();
		}
		return java.util.Optional.of(ReasonTexts.reason("reuse.serviceAccount", List.of(account), //$NON-NLS-1$
				locale -> new Object[] { Labels.of(account), products.get(0).label(locale) }));
	}

	/** @return scheme and fingerprint, or null for an account whose password was not assessed */
	private static String fingerprintKey(Account account) {
		PasswordAssessment assessment = account.getPasswordAssessment();
		if (assessment == null || assessment.getFingerprint() == null || assessment.getFingerprint().isEmpty()) {
			return null;
		}
		return assessment.getFingerprintScheme() + ':' + assessment.getFingerprint();
	}
}
