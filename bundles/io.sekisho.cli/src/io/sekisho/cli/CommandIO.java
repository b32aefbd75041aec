package io.sekisho.cli;

import java.io.InputStream;
import java.io.PrintStream;

/** The standard streams of one command run. */
public record CommandIO(InputStream in, PrintStream out, PrintStream err) {
}
