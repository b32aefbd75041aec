package io.sekisho.password.internal.cli;

import picocli.CommandLine.Command;

/** sekishoc passwords check|generate|assess|import-breached: one class per subcommand. */
@Command(name = "passwords", subcommands = { CheckPasswords.class, GeneratePasswords.class, AssessPasswords.class, ImportBreached.class })
public final class PasswordsCommand {
}
