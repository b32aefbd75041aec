package io.sekisho.catalog;

import java.util.Optional;

import io.sekisho.model.facility.AccountKind;

/**
 * A documented default account of a product. The password is public by definition (a manual or a disclosure
 * printed it); it is kept only to recognise it, never shown.
 *
 * @param userName the account name, or empty when only a password is published
 * @param password the factory password, empty when only the user name is documented; an empty string is an
 *                 empty factory password
 * @param kind what the account is for
 * @param service whether the name itself is a vendor's service account, worth a finding even with an unknown
 *                password
 * @param source where it is published, in the words of the catalog file
 */
public record DefaultAccount(Optional<String> userName, Optional<String> password, AccountKind kind, boolean service,
		String source) {
}
