package io.sekisho.vendors;

/** Installing or removing vendor bundles failed; the message, in the user's language, names the file or the cause. */
public final class VendorInstallException extends Exception {

	private static final long serialVersionUID = 1L;

	public VendorInstallException(String message) {
		super(message);
	}

	public VendorInstallException(String message, Throwable cause) {
		super(message, cause);
	}
}
