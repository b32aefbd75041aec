/**
 * The vulnerability data of the firmware register: NVD CVE records, CISA KEV entries and JVN iPedia advisories,
 * as immutable records, and {@link io.sekisho.firmware.vuln.VulnerabilityStore}, the query interface the matcher
 * uses.
 */
package io.sekisho.firmware.vuln;
