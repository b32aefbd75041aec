package io.sekisho.firmware.vuln;

/**
 * A product an advisory names: vendor and product as JVN writes them (often Japanese), its CPE
 * ({@code cpe:/o:yamaha:rtx1210} in CPE 2.2 form or CPE 2.3) where given, and the affected versions as text.
 */
public record JvnProduct(String vendor, String product, String cpe, String versionText) {
}
