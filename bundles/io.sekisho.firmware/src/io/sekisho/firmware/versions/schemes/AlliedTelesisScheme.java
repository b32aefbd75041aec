package io.sekisho.firmware.versions.schemes;

/**
 * Allied Telesis AlliedWare Plus: {@code 5.5.3-0.1}, printed as the release file name {@code x530-5.5.3-0.1.rel};
 * the model prefix and {@code .rel} are dropped, the patch level after the hyphen compares as numbers.
 */
public final class AlliedTelesisScheme extends PatternScheme {

	public AlliedTelesisScheme() {
		super("(?:^|[\\s-])(?<v>\\d+\\.\\d+\\.\\d+(?:-\\d+\\.\\d+)?)(?=$|\\.rel|[,\\s])"); //$NON-NLS-1$
	}
}
