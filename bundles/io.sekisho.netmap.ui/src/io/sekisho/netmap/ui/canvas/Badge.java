package io.sekisho.netmap.ui.canvas;

/** A small marker in a figure's top right corner: a problem count or sign with its tooltip. */
public record Badge(Severity severity, String text, String tooltip) {

	/** How serious what the badge shows is; decides its colour. */
	public enum Severity {
		INFO, WARNING, ERROR
	}
}
